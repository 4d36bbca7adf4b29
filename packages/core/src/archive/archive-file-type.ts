import { DomainError } from '../errors/domain-error';

/**
 * The file types the credit archive accepts, recognised by their first bytes (magic numbers), never by
 * the declared type alone: scans (PDF), photos (JPEG, PNG), statements (XLSX) and letters (DOCX).
 */
export const ARCHIVE_FILE_TYPES = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
} as const;
export type ArchiveFileType = keyof typeof ARCHIVE_FILE_TYPES;
export const ARCHIVE_MEDIA_TYPES = Object.values(ARCHIVE_FILE_TYPES).map((t) => t.mediaType);

/** The default largest file: 10 MiB (configurable, DAIHOU_ARCHIVE_MAX_BYTES). */
export const DEFAULT_ARCHIVE_MAX_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Whether the ASCII text occurs in the bytes (a ZIP's entry names are stored uncompressed). */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The accepted type the content is, by its bytes, or null. */
export function sniffFileType(bytes: Uint8Array): ArchiveFileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML: a ZIP with [Content_Types].xml and the word/ or xl/ part.
    if (!containsAscii(bytes, '[Content_Types].xml')) return null;
    if (containsAscii(bytes, 'word/')) return 'docx';
    if (containsAscii(bytes, 'xl/')) return 'xlsx';
  }
  return null;
}

const unsupported = (message: string) =>
  new DomainError('unsupported_media_type', `file: ${message}`, 'file');

/**
 * Checks an upload: not empty, at most `maxBytes`, of an accepted type by its bytes, and the declared
 * media type and the file name's extension agreeing with it. Refusals name the field `file`
 * (`payload_too_large`, `unsupported_media_type`) or `fileName` (bad_input).
 */
export function checkArchiveFile(
  bytes: Uint8Array,
  declaredMediaType: string,
  fileName: string,
  maxBytes: number = DEFAULT_ARCHIVE_MAX_BYTES,
): ArchiveFileType {
  if (bytes.length === 0) throw new DomainError('bad_input', 'file: is empty', 'file');
  if (bytes.length > maxBytes) {
    throw new DomainError(
      'payload_too_large',
      `file: is ${bytes.length} bytes, more than the limit of ${maxBytes} bytes`,
      'file',
    );
  }
  const declared = declaredMediaType.split(';')[0]!.trim().toLowerCase();
  const accepted = (ARCHIVE_MEDIA_TYPES as readonly string[]).includes(declared);
  if (!accepted) {
    throw unsupported(
      `type ${declared || '(none)'} is not accepted (PDF, JPEG, PNG, XLSX or DOCX: ${ARCHIVE_MEDIA_TYPES.join(', ')})`,
    );
  }
  const type = sniffFileType(bytes);
  if (type === null) throw unsupported(`the content is not a PDF, JPEG, PNG, XLSX or DOCX file`);
  if (ARCHIVE_FILE_TYPES[type].mediaType !== declared) {
    throw unsupported(`the content is ${type}, not the declared ${declared}`);
  }
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase();
  if (!ext || !(ARCHIVE_FILE_TYPES[type].extensions as readonly string[]).includes(ext)) {
    throw new DomainError(
      'bad_input',
      `fileName: a ${type} file must end in .${ARCHIVE_FILE_TYPES[type].extensions.join(' or .')}`,
      'fileName',
    );
  }
  return type;
}
