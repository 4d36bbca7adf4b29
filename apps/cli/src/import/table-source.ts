import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { Transform } from 'node:stream';
import { badInput, DomainError, fromEpochDay } from '@daihou/core';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { normalizeHeader } from './import-template';

/** One row of a table file: its number as a person sees it (1 = the first line/row) and its cells. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export type TableFormat = 'csv' | 'xlsx';

/** The format a file name announces, or null when the import does not read it. */
export function tableFormatOf(path: string): TableFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : null;
}

/** Streams the rows of a .csv (UTF-8, with or without BOM) or of the first sheet of an .xlsx. */
export function readTableFile(path: string, dateColumns: ReadonlySet<string>): AsyncIterable<TableRow> {
  const format = tableFormatOf(path);
  if (format === 'csv') return readCsvTable(path);
  if (format === 'xlsx') return readXlsxTable(path, dateColumns);
  throw badInput('file', `"${path}" is neither .csv nor .xlsx`);
}

/**
 * Refuses bytes that are not UTF-8 instead of letting them become replacement characters: a register
 * saved by Excel as "CSV" on a Chinese Windows is GBK, and its headers would only look missing.
 */
function utf8Guard(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const notUtf8 = () =>
    badInput('file', '不是 UTF-8 编码的 CSV（请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”） / not UTF-8');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        decoder.decode(chunk, { stream: true });
        done(null, chunk);
      } catch {
        done(notUtf8());
      }
    },
    flush(done) {
      try {
        decoder.decode();
        done();
      } catch {
        done(notUtf8());
      }
    },
  });
}

export async function* readCsvTable(path: string): AsyncGenerator<TableRow> {
  const file = createReadStream(path);
  const guard = utf8Guard();
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  file.on('error', (err) => parser.destroy(err));
  guard.on('error', (err) => parser.destroy(err));
  file.pipe(guard).pipe(parser);
  let line = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      // info.lines is the line the record ends on; a record spanning lines is shown where it starts.
      line = info.lines;
      yield { row: line, cells: record };
    }
  } catch (err) {
    if (err instanceof CsvError)
      throw badInput('file', `CSV 格式错误（第 ${line + 1} 行附近）: ${err.message}`);
    throw err;
  } finally {
    file.destroy();
  }
}

interface SheetModel {
  readonly model?: { readonly sheets?: readonly { readonly name?: string }[] };
}

export async function* readXlsxTable(
  path: string,
  dateColumns: ReadonlySet<string>,
): AsyncGenerator<TableRow> {
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      // The first sheet in tab order, which is not always the first one stored in the zip.
      const firstName = (reader as unknown as SheetModel).model?.sheets?.[0]?.name;
      const name = (sheet as unknown as { name?: string }).name;
      if (firstName !== undefined && name !== undefined && name !== firstName) continue;
      let dateAt: ReadonlySet<number> = new Set();
      let header = true;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c], dateAt.has(c - 1)));
        if (header && cells.some((t) => t.trim() !== '')) {
          header = false;
          dateAt = new Set(cells.flatMap((t, i) => (dateColumns.has(normalizeHeader(t)) ? [i] : [])));
        }
        yield { row: row.number, cells };
      }
      return;
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw badInput(
      'file',
      `无法读取 .xlsx 文件 / cannot read the .xlsx: ${err instanceof Error ? err.message : String(err)}`,
    );
  } finally {
    input.destroy();
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The text of a cell as the register shows it. Numbers come back in their shortest exact form
 * (8452.83, 6); validation then refuses anything that is not a valid amount, so no float is rounded.
 */
function cellText(value: ExcelJS.CellValue, isDateColumn: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // A date cell whose style was not seen arrives as an Excel serial day number (1899-12-30 = day 0).
    if (isDateColumn && Number.isInteger(value) && value > 0 && value < 200_000) {
      return fromEpochDay(value - 25_569);
    }
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Excel dates are stored as whole days; ExcelJS gives them as UTC midnights.
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? '' : cellText(result as ExcelJS.CellValue, isDateColumn);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
