/**
 * COPY text format for `Sql.copyFrom`: one line per row, a tab between fields, `\N` for null, and a
 * backslash before backslash, tab, newline and carriage return inside a value.
 */

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field: text escaped, null as `\N`; integers and ISO dates go as they print. */
export function copyField(value: string | number | bigint | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value;
}

/** Rough size of one streamed chunk: large enough to keep the socket busy, small enough to stay flat. */
const CHUNK_CHARS = 1 << 16;

/** `count` rows, row `i` being `line(i)` (ending in a newline), streamed as chunks of whole lines. */
export function* copyLines(count: number, line: (i: number) => string): Generator<string> {
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += line(i);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
