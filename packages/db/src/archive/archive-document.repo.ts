import { createHash } from 'node:crypto';
import {
  ARCHIVE_FILE_TYPES,
  ARCHIVE_STAGES,
  type ArchiveFileType,
  type ArchiveStage,
  checkArchiveFile,
  DEFAULT_ARCHIVE_MAX_BYTES,
  DomainError,
  type LocalDate,
  type RetentionAnchor,
  type RetentionClass,
  retentionEnd,
} from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Database, Sql } from '../sql-client';

/**
 * The credit archive's documents (信贷档案): content-addressed versions in `archive_blob` (SHA-256,
 * verified on every read), per customer and stage, with retention classes and paper-file locations
 * (docs/domain/credit-archive.md, docs/adr/0004-archive-storage.md). Every function takes the caller's
 * branch path; a document or customer outside it is not_found. Every write, view and download appends
 * its audit entry in the same transaction.
 */

export interface ArchiveVersion {
  readonly version: number;
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly uploadedBy: string;
  readonly uploadedOn: LocalDate;
  readonly uploadedAt: string;
  /** False once the document is destroyed (the record stays, the content is gone). */
  readonly contentAvailable: boolean;
}

export interface ArchiveCheckout {
  readonly id: string;
  readonly documentId: string;
  readonly borrower: string;
  readonly purpose: string;
  readonly checkedOutOn: LocalDate;
  readonly dueOn: LocalDate;
  readonly recordedBy: string;
  readonly returnedOn: LocalDate | null;
  readonly returnedTo: string | null;
  /** Still out after its due date, as of the business date. */
  readonly overdue: boolean;
}

export interface ArchiveDocument {
  readonly id: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly loanId: string | null;
  readonly loanNo: string | null;
  readonly branchId: string;
  readonly stage: ArchiveStage;
  readonly title: string;
  readonly retentionClass: string;
  readonly retentionClassName: string;
  /** First day the document may be destroyed; null while its loan runs, or never (permanent). */
  readonly retentionEndsOn: LocalDate | null;
  readonly paperLocation: string | null;
  readonly source: 'upload' | 'inspection_report';
  readonly inspectionReportId: string | null;
  readonly status: 'active' | 'destroyed';
  readonly destroyedOn: LocalDate | null;
  readonly destroyedBy: string | null;
  readonly destructionApprovedBy: string | null;
  readonly destructionApprovalId: string | null;
  readonly createdBy: string;
  readonly createdOn: LocalDate;
  readonly latestVersion: ArchiveVersion;
  /** The open check-out of the paper file, if it is out. */
  readonly checkout: ArchiveCheckout | null;
}

export interface ArchiveDocumentDetail extends ArchiveDocument {
  /** Newest first. */
  readonly versions: ArchiveVersion[];
  /** Every check-out, newest first. */
  readonly checkouts: ArchiveCheckout[];
}

const idText = z.string().regex(/^[1-9]\d{0,17}$/, 'must be a positive whole number');
export const archiveBranchPath = z.string().regex(/^\/(?:[A-Za-z0-9_-]{1,32}\/)*$/, 'must be a branch path');
const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const actor = text(100);
const requestId = z.string().max(200).nullable().optional();

interface DocumentRow {
  id: string;
  customer_id: string;
  customer_name: string;
  loan_id: string | null;
  loan_no: string | null;
  branch_id: string;
  stage: ArchiveStage;
  title: string;
  retention_class: string;
  retention_name: string;
  retention_years: number | null;
  retention_anchor: RetentionAnchor;
  loan_ended_on: LocalDate | null;
  paper_location: string | null;
  source: 'upload' | 'inspection_report';
  inspection_report_id: string | null;
  status: 'active' | 'destroyed';
  destroyed_on: LocalDate | null;
  destroyed_by: string | null;
  destruction_approved_by: string | null;
  destruction_approval_id: string | null;
  created_by: string;
  created_on: LocalDate;
  v_version: number;
  v_sha256: string;
  v_file_name: string;
  v_media_type: string;
  v_size_bytes: number;
  v_uploaded_by: string;
  v_uploaded_on: LocalDate;
  v_uploaded_at: Date | string;
  v_available: boolean;
}

const iso = (v: Date | string): string => (v instanceof Date ? v : new Date(v)).toISOString();

/** When the document's loan ended (settled or written off); for a customer document, the last loan's end. */
export const LOAN_ENDED_SQL = `(
  case when d.loan_id is not null then
    (select case when l.status = 'active' then null
                 else to_char(coalesce((select max(e.business_date) from loan_event e where e.loan_id = l.id
                                          and e.event_type = 'status' and e.new_value in ('settled', 'written_off')),
                                       l.accrued_through), 'YYYY-MM-DD') end
       from loan l where l.id = d.loan_id)
  else
    (select case when count(*) = 0 then to_char(d.created_on, 'YYYY-MM-DD')
                 when bool_or(l.status = 'active') then null
                 else to_char(max(coalesce((select max(e.business_date) from loan_event e where e.loan_id = l.id
                                             and e.event_type = 'status' and e.new_value in ('settled', 'written_off')),
                                           l.accrued_through)), 'YYYY-MM-DD') end
       from loan l where l.customer_id = d.customer_id)
  end)`;

/** The document columns with its latest version; `from archive_document d` joined as needed. */
export const DOCUMENT_SELECT = `
  select d.id::text as id, d.customer_id::text as customer_id, c.name as customer_name, d.loan_id::text as loan_id,
         l.loan_no, d.branch_id, d.stage, d.title, d.retention_class, r.name as retention_name,
         r.years as retention_years, r.anchor as retention_anchor, ${LOAN_ENDED_SQL} as loan_ended_on,
         d.paper_location, d.source, d.inspection_report_id::text as inspection_report_id, d.status,
         to_char(d.destroyed_on, 'YYYY-MM-DD') as destroyed_on, d.destroyed_by, d.destruction_approved_by,
         d.destruction_approval_id::text as destruction_approval_id, d.created_by,
         to_char(d.created_on, 'YYYY-MM-DD') as created_on,
         v.version as v_version, v.sha256 as v_sha256, v.file_name as v_file_name, v.media_type as v_media_type,
         v.size_bytes as v_size_bytes, v.uploaded_by as v_uploaded_by,
         to_char(v.uploaded_on, 'YYYY-MM-DD') as v_uploaded_on, v.uploaded_at as v_uploaded_at,
         (bl.content is not null) as v_available
    from archive_document d
    join customer c on c.id = d.customer_id
    join branch b on b.id = d.branch_id
    join archive_retention_class r on r.code = d.retention_class
    left join loan l on l.id = d.loan_id
    join lateral (select * from archive_version x where x.document_id = d.id order by x.version desc limit 1) v on true
    join archive_blob bl on bl.sha256 = v.sha256`;

const retentionOf = (r: DocumentRow): RetentionClass => ({
  code: r.retention_class,
  years: r.retention_years,
  anchor: r.retention_anchor,
});

/** The retention facts of a document row (core decides the end date). */
export const retentionFactsOf = (r: { created_on: LocalDate; loan_ended_on: LocalDate | null }) => ({
  filedOn: r.created_on,
  loanEndedOn: r.loan_ended_on,
});

function toDocument(r: DocumentRow, checkout: ArchiveCheckout | null): ArchiveDocument {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    loanId: r.loan_id,
    loanNo: r.loan_no,
    branchId: r.branch_id,
    stage: r.stage,
    title: r.title,
    retentionClass: r.retention_class,
    retentionClassName: r.retention_name,
    retentionEndsOn: retentionEnd(retentionOf(r), retentionFactsOf(r)),
    paperLocation: r.paper_location,
    source: r.source,
    inspectionReportId: r.inspection_report_id,
    status: r.status,
    destroyedOn: r.destroyed_on,
    destroyedBy: r.destroyed_by,
    destructionApprovedBy: r.destruction_approved_by,
    destructionApprovalId: r.destruction_approval_id,
    createdBy: r.created_by,
    createdOn: r.created_on,
    latestVersion: {
      version: r.v_version,
      sha256: r.v_sha256,
      fileName: r.v_file_name,
      mediaType: r.v_media_type,
      sizeBytes: r.v_size_bytes,
      uploadedBy: r.v_uploaded_by,
      uploadedOn: r.v_uploaded_on,
      uploadedAt: iso(r.v_uploaded_at),
      contentAvailable: r.v_available,
    },
    checkout,
  };
}

interface CheckoutRow {
  id: string;
  document_id: string;
  borrower: string;
  purpose: string;
  checked_out_on: LocalDate;
  due_on: LocalDate;
  recorded_by: string;
  returned_on: LocalDate | null;
  returned_to: string | null;
  overdue: boolean;
}

export const CHECKOUT_SELECT = (bd: string) => `
  select k.id::text as id, k.document_id::text as document_id, k.borrower, k.purpose,
         to_char(k.checked_out_on, 'YYYY-MM-DD') as checked_out_on, to_char(k.due_on, 'YYYY-MM-DD') as due_on,
         k.recorded_by, to_char(k.returned_on, 'YYYY-MM-DD') as returned_on, k.returned_to,
         (k.returned_on is null and k.due_on < ${bd}::date) as overdue
    from archive_checkout k`;

export const toCheckout = (r: CheckoutRow): ArchiveCheckout => ({
  id: r.id,
  documentId: r.document_id,
  borrower: r.borrower,
  purpose: r.purpose,
  checkedOutOn: r.checked_out_on,
  dueOn: r.due_on,
  recordedBy: r.recorded_by,
  returnedOn: r.returned_on,
  returnedTo: r.returned_to,
  overdue: r.overdue,
});

async function withCheckouts(sql: Sql, rows: DocumentRow[]): Promise<ArchiveDocument[]> {
  if (rows.length === 0) return [];
  const bd = await getBusinessDate(sql);
  const open = await sql.query<CheckoutRow>(
    `${CHECKOUT_SELECT('$2')} where k.document_id = any($1::bigint[]) and k.returned_on is null`,
    [rows.map((r) => r.id), bd],
  );
  const byDoc = new Map(open.map((k) => [k.document_id, toCheckout(k)]));
  return rows.map((r) => toDocument(r, byDoc.get(r.id) ?? null));
}

/** A document in scope (row-locked when `lock`), or null. */
export async function findArchiveDocumentRow(
  sql: Sql,
  id: string,
  branchPath: string,
  lock = false,
): Promise<ArchiveDocument | null> {
  if (!/^[1-9]\d{0,17}$/.test(id)) return null;
  if (lock) {
    const locked = await sql.query<{ id: string }>(
      'select id::text as id from archive_document where id = $1 for update',
      [id],
    );
    if (!locked[0]) return null;
  }
  const rows = await sql.query<DocumentRow>(
    `${DOCUMENT_SELECT} where d.id = $1 and starts_with(b.path, $2)`,
    [id, branchPath],
  );
  return (await withCheckouts(sql, rows))[0] ?? null;
}

interface CustomerInScope {
  id: string;
  name: string;
  customer_no: string;
  branch_id: string;
}

async function customerInScope(sql: Sql, customerId: string, branchPath: string): Promise<CustomerInScope> {
  const rows = await sql.query<CustomerInScope>(
    `select c.id::text as id, c.name, c.customer_no, c.branch_id from customer c join branch b on b.id = c.branch_id
      where c.id = $1 and starts_with(b.path, $2)`,
    [customerId, branchPath],
  );
  if (!rows[0]) throw new DomainError('not_found', `id: no customer ${customerId}`, 'id');
  return rows[0];
}

/** The bytes as a Buffer whatever the driver returned (pg: Buffer, PGlite: Uint8Array). */
const asBuffer = (v: Uint8Array): Buffer => Buffer.from(v.buffer, v.byteOffset, v.byteLength);

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Stores content once by its digest (a destroyed blob gets its content back when uploaded again). */
async function putBlob(tx: Sql, content: Uint8Array): Promise<string> {
  const sha = sha256Hex(content);
  await tx.query(
    `insert into archive_blob (sha256, size_bytes, content) values ($1, $2, $3)
     on conflict (sha256) do update set content = excluded.content, destroyed_at = null
       where archive_blob.content is null`,
    [sha, content.byteLength, asBuffer(content)],
  );
  return sha;
}

export interface ArchiveFile {
  readonly fileName: string;
  /** The Content-Type the client declared; checked against the bytes. */
  readonly mediaType: string;
  readonly content: Uint8Array;
}

const fileNameSchema = text(200).refine(
  (n) => !/[\\/\p{Cc}]/u.test(n),
  'must be a file name without / \\ or control characters',
);

const uploadSchema = z.strictObject({
  customerId: idText,
  loanId: idText.optional(),
  stage: z.enum(ARCHIVE_STAGES),
  title: text(200),
  retentionClass: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be a retention class code')
    .optional(),
  paperLocation: text(200).optional(),
  inspectionReportId: idText.optional(),
  fileName: fileNameSchema,
  actor,
  branchPath: archiveBranchPath,
  maxBytes: z.number().int().min(1).optional(),
  requestId,
});
export type UploadArchiveDocumentInput = Omit<z.input<typeof uploadSchema>, 'fileName'> & {
  readonly file: ArchiveFile;
};

/**
 * Files a new document for a customer in scope with its first version. Refused, with nothing written:
 * bad_input naming the field (stage, title, loanId of another customer, unknown retentionClass,
 * fileName), payload_too_large / unsupported_media_type naming `file` (over the limit, a type not
 * accepted, or bytes that are not what the declared type says), not_found outside the scope.
 */
export async function uploadArchiveDocument(
  db: Database,
  input: UploadArchiveDocumentInput,
): Promise<ArchiveDocument> {
  const { file, ...rest } = input;
  const r = parseOrBadInput(uploadSchema, { ...rest, fileName: file.fileName });
  const type = checkArchiveFile(
    file.content,
    file.mediaType,
    r.fileName,
    r.maxBytes ?? DEFAULT_ARCHIVE_MAX_BYTES,
  );
  return db.transaction(async (tx) => {
    const customer = await customerInScope(tx, r.customerId, r.branchPath);
    if (r.inspectionReportId) {
      const [report] = await tx.query(
        `select 1 from inspection_report r join inspection_task t on t.id = r.task_id
          where r.id = $1 and t.customer_id = $2`,
        [r.inspectionReportId, customer.id],
      );
      if (!report) {
        throw new DomainError(
          'bad_input',
          `inspectionReportId: no inspection report ${r.inspectionReportId} of customer ${customer.id}`,
          'inspectionReportId',
        );
      }
    }
    const doc = await insertDocument(tx, {
      customer,
      loanId: r.loanId ?? null,
      stage: r.stage,
      title: r.title,
      retentionClass: r.retentionClass ?? null,
      paperLocation: r.paperLocation ?? null,
      source: 'upload',
      inspectionReportId: r.inspectionReportId ?? null,
      actor: r.actor,
      file: { ...file, fileName: r.fileName, mediaType: typeMedia(type) },
    });
    await appendAudit(tx, {
      actor: r.actor,
      action: 'archive.document_upload',
      objectType: 'archive_document',
      objectId: doc.id,
      branchId: customer.branch_id,
      after: auditOf(doc),
      requestId: r.requestId ?? null,
    });
    return doc;
  });
}

/** The canonical media type of the recognised type (the declared one agreed with it). */
const typeMedia = (type: ArchiveFileType): string => ARCHIVE_FILE_TYPES[type].mediaType;

const auditOf = (d: ArchiveDocument) => ({
  customerId: d.customerId,
  loanId: d.loanId,
  stage: d.stage,
  title: d.title,
  retentionClass: d.retentionClass,
  paperLocation: d.paperLocation,
  inspectionReportId: d.inspectionReportId,
  version: d.latestVersion.version,
  sha256: d.latestVersion.sha256,
  fileName: d.latestVersion.fileName,
  mediaType: d.latestVersion.mediaType,
  sizeBytes: d.latestVersion.sizeBytes,
});

interface NewDocument {
  readonly customer: CustomerInScope;
  readonly loanId: string | null;
  readonly stage: ArchiveStage;
  readonly title: string;
  readonly retentionClass: string | null;
  readonly paperLocation: string | null;
  readonly source: 'upload' | 'inspection_report';
  readonly inspectionReportId: string | null;
  readonly actor: string;
  readonly file: ArchiveFile;
}

/** Inserts a document and its version 1 inside `tx` (no audit entry: the caller appends it last). */
export async function insertDocument(tx: Sql, n: NewDocument): Promise<ArchiveDocument> {
  if (n.loanId !== null) {
    const loan = await tx.query('select 1 from loan where id = $1 and customer_id = $2', [
      n.loanId,
      n.customer.id,
    ]);
    if (!loan[0]) {
      throw new DomainError(
        'bad_input',
        `loanId: loan ${n.loanId} is not a loan of customer ${n.customer.id}`,
        'loanId',
      );
    }
  }
  if (n.inspectionReportId !== null) {
    const rep = await tx.query(
      `select 1 from inspection_report r join inspection_task t on t.id = r.task_id
        where r.id = $1 and t.customer_id = $2`,
      [n.inspectionReportId, n.customer.id],
    );
    if (!rep[0]) {
      throw new DomainError(
        'bad_input',
        `inspectionReportId: report ${n.inspectionReportId} is not about customer ${n.customer.id}`,
        'inspectionReportId',
      );
    }
  }
  const [cls] = await tx.query<{ code: string }>(
    `select coalesce($2::text, s.retention_class) as code from archive_stage_setting s where s.stage = $1`,
    [n.stage, n.retentionClass],
  );
  const known = cls
    ? await tx.query('select 1 from archive_retention_class where code = $1', [cls.code])
    : [];
  if (!cls || !known[0]) {
    throw new DomainError(
      'bad_input',
      `retentionClass: unknown retention class ${n.retentionClass}`,
      'retentionClass',
    );
  }
  const businessDate = await getBusinessDate(tx);
  const [doc] = await tx.query<{ id: string }>(
    `insert into archive_document (customer_id, loan_id, branch_id, stage, title, retention_class, paper_location,
                                   source, inspection_report_id, created_by, created_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id::text as id`,
    [
      n.customer.id,
      n.loanId,
      n.customer.branch_id,
      n.stage,
      n.title,
      cls.code,
      n.paperLocation,
      n.source,
      n.inspectionReportId,
      n.actor,
      businessDate,
    ],
  );
  await insertVersion(tx, doc!.id, 1, n.file, n.actor, businessDate);
  return (await findArchiveDocumentRow(tx, doc!.id, '/'))!;
}

async function insertVersion(
  tx: Sql,
  documentId: string,
  version: number,
  file: ArchiveFile,
  uploadedBy: string,
  businessDate: LocalDate,
): Promise<void> {
  const sha = await putBlob(tx, file.content);
  await tx.query(
    `insert into archive_version (document_id, version, sha256, file_name, media_type, size_bytes, uploaded_by, uploaded_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      documentId,
      version,
      sha,
      file.fileName,
      file.mediaType,
      file.content.byteLength,
      uploadedBy,
      businessDate,
    ],
  );
}

const versionSchema = z.strictObject({
  documentId: idText,
  fileName: fileNameSchema,
  actor,
  branchPath: archiveBranchPath,
  maxBytes: z.number().int().min(1).optional(),
  requestId,
});
export type AddArchiveVersionInput = Omit<z.input<typeof versionSchema>, 'fileName'> & {
  readonly file: ArchiveFile;
};

/**
 * A new version of a document (n + 1; older versions stay). Refused like an upload, and conflict
 * when the document is destroyed.
 */
export async function addArchiveVersion(
  db: Database,
  input: AddArchiveVersionInput,
): Promise<ArchiveDocument> {
  const { file, ...rest } = input;
  const r = parseOrBadInput(versionSchema, { ...rest, fileName: file.fileName });
  const type = checkArchiveFile(
    file.content,
    file.mediaType,
    r.fileName,
    r.maxBytes ?? DEFAULT_ARCHIVE_MAX_BYTES,
  );
  return db.transaction(async (tx) => {
    const before = await findArchiveDocumentRow(tx, r.documentId, r.branchPath, true);
    if (!before) throw new DomainError('not_found', `id: no archive document ${r.documentId}`, 'id');
    if (before.status !== 'active') {
      throw new DomainError('conflict', `id: archive document ${before.id} is destroyed`, 'id');
    }
    if (before.source === 'inspection_report') {
      throw new DomainError(
        'rule_violation',
        `id: archive document ${before.id} is a signed inspection report; it is not replaced by hand`,
        'id',
      );
    }
    const businessDate = await getBusinessDate(tx);
    const version = before.latestVersion.version + 1;
    await insertVersion(
      tx,
      before.id,
      version,
      { ...file, fileName: r.fileName, mediaType: typeMedia(type) },
      r.actor,
      businessDate,
    );
    const after = (await findArchiveDocumentRow(tx, before.id, '/'))!;
    await appendAudit(tx, {
      actor: r.actor,
      action: 'archive.version_upload',
      objectType: 'archive_document',
      objectId: after.id,
      branchId: after.branchId,
      before: { version: before.latestVersion.version, sha256: before.latestVersion.sha256 },
      after: auditOf(after),
      requestId: r.requestId ?? null,
    });
    return after;
  });
}

const readSchema = z.strictObject({
  actor,
  branchPath: archiveBranchPath,
  requestId,
});
type ReadContext = z.input<typeof readSchema>;

/**
 * A customer's archive (documents with their latest version, by stage then id), audited as
 * `archive.customer_viewed`. not_found outside the scope.
 */
export async function listCustomerArchive(
  db: Database,
  customerId: string,
  ctx: ReadContext,
): Promise<{
  customerId: string;
  customerNo: string;
  customerName: string;
  branchId: string;
  documents: ArchiveDocument[];
}> {
  const c = parseOrBadInput(readSchema, ctx);
  if (!/^[1-9]\d{0,17}$/.test(customerId))
    throw new DomainError('not_found', `id: no customer ${customerId}`, 'id');
  return db.transaction(async (tx) => {
    const customer = await customerInScope(tx, customerId, c.branchPath);
    const rows = await tx.query<DocumentRow>(
      `${DOCUMENT_SELECT} where d.customer_id = $1 order by d.stage, d.id`,
      [customer.id],
    );
    const order = new Map(ARCHIVE_STAGES.map((s, i) => [s, i]));
    const documents = (await withCheckouts(tx, rows)).sort(
      (a, b) => order.get(a.stage)! - order.get(b.stage)! || Number(a.id) - Number(b.id),
    );
    await appendAudit(tx, {
      actor: c.actor,
      action: 'archive.customer_viewed',
      objectType: 'customer',
      objectId: customer.id,
      branchId: customer.branch_id,
      after: { documents: documents.length },
      requestId: c.requestId ?? null,
    });
    return {
      customerId: customer.id,
      customerNo: customer.customer_no,
      customerName: customer.name,
      branchId: customer.branch_id,
      documents,
    };
  });
}

/** One document with every version and check-out, audited as `archive.document_viewed`. */
export async function viewArchiveDocument(
  db: Database,
  documentId: string,
  ctx: ReadContext,
): Promise<ArchiveDocumentDetail> {
  const c = parseOrBadInput(readSchema, ctx);
  return db.transaction(async (tx) => {
    const doc = await findArchiveDocumentRow(tx, documentId, c.branchPath);
    if (!doc) throw new DomainError('not_found', `id: no archive document ${documentId}`, 'id');
    const versions = await tx.query<{
      version: number;
      sha256: string;
      file_name: string;
      media_type: string;
      size_bytes: number;
      uploaded_by: string;
      uploaded_on: LocalDate;
      uploaded_at: Date | string;
      available: boolean;
    }>(
      `select v.version, v.sha256, v.file_name, v.media_type, v.size_bytes, v.uploaded_by,
              to_char(v.uploaded_on, 'YYYY-MM-DD') as uploaded_on, v.uploaded_at, (b.content is not null) as available
         from archive_version v join archive_blob b on b.sha256 = v.sha256
        where v.document_id = $1 order by v.version desc`,
      [doc.id],
    );
    const bd = await getBusinessDate(tx);
    const checkouts = await tx.query<CheckoutRow>(
      `${CHECKOUT_SELECT('$2')} where k.document_id = $1 order by k.id desc`,
      [doc.id, bd],
    );
    await appendAudit(tx, {
      actor: c.actor,
      action: 'archive.document_viewed',
      objectType: 'archive_document',
      objectId: doc.id,
      branchId: doc.branchId,
      after: { customerId: doc.customerId, stage: doc.stage, version: doc.latestVersion.version },
      requestId: c.requestId ?? null,
    });
    return {
      ...doc,
      versions: versions.map((v) => ({
        version: v.version,
        sha256: v.sha256,
        fileName: v.file_name,
        mediaType: v.media_type,
        sizeBytes: v.size_bytes,
        uploadedBy: v.uploaded_by,
        uploadedOn: v.uploaded_on,
        uploadedAt: iso(v.uploaded_at),
        contentAvailable: v.available,
      })),
      checkouts: checkouts.map(toCheckout),
    };
  });
}

export interface ArchiveContent {
  readonly documentId: string;
  readonly version: number;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sha256: string;
  readonly content: Buffer;
}

/**
 * The content of a version (the latest when `version` is omitted), its SHA-256 checked against the
 * address, audited as `archive.document_downloaded`. not_found outside the scope or for an unknown
 * version; conflict when destroyed; internal_error when the stored bytes fail their checksum (nothing
 * is served).
 */
export async function downloadArchiveDocument(
  db: Database,
  documentId: string,
  version: number | undefined,
  ctx: ReadContext,
): Promise<ArchiveContent> {
  const c = parseOrBadInput(readSchema, ctx);
  return db.transaction(async (tx) => {
    const doc = await findArchiveDocumentRow(tx, documentId, c.branchPath);
    if (!doc) throw new DomainError('not_found', `id: no archive document ${documentId}`, 'id');
    const n = version ?? doc.latestVersion.version;
    const rows = await tx.query<{
      sha256: string;
      file_name: string;
      media_type: string;
      content: Uint8Array | null;
    }>(
      `select v.sha256, v.file_name, v.media_type, b.content from archive_version v
         join archive_blob b on b.sha256 = v.sha256 where v.document_id = $1 and v.version = $2`,
      [doc.id, n],
    );
    const row = rows[0];
    if (!row)
      throw new DomainError('not_found', `version: document ${doc.id} has no version ${n}`, 'version');
    if (row.content === null) {
      throw new DomainError(
        'conflict',
        `id: archive document ${doc.id} was destroyed on ${doc.destroyedOn}`,
        'id',
      );
    }
    const content = asBuffer(row.content);
    if (sha256Hex(content) !== row.sha256) {
      throw new DomainError(
        'internal_error',
        `archive content ${row.sha256} of document ${doc.id} fails its checksum; not served`,
      );
    }
    await appendAudit(tx, {
      actor: c.actor,
      action: 'archive.document_downloaded',
      objectType: 'archive_document',
      objectId: doc.id,
      branchId: doc.branchId,
      after: { version: n, sha256: row.sha256, fileName: row.file_name },
      requestId: c.requestId ?? null,
    });
    return {
      documentId: doc.id,
      version: n,
      fileName: row.file_name,
      mediaType: row.media_type,
      sha256: row.sha256,
      content,
    };
  });
}
