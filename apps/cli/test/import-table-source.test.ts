import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeHeader } from '../src/import/import-template';
import { readCsvTable, type TableRow, tableFormatOf } from '../src/import/table-source';

const dir = mkdtempSync(join(tmpdir(), 'daihou-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rowsOf(content: string | Buffer): Promise<TableRow[]> {
  const path = join(dir, `t${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, content);
  const out: TableRow[] = [];
  for await (const r of readCsvTable(path)) out.push(r);
  return out;
}

describe('CSV table source', () => {
  it('reads UTF-8 with and without BOM alike', async () => {
    const text = '流水号,借据号\r\nLS1,JJ1\r\n';
    expect(await rowsOf(`\uFEFF${text}`)).toEqual(await rowsOf(text));
    expect(await rowsOf(text)).toEqual([
      { row: 1, cells: ['流水号', '借据号'] },
      { row: 2, cells: ['LS1', 'JJ1'] },
    ]);
  });

  it('numbers rows as the file shows them, blank lines included', async () => {
    const rows = await rowsOf('a,b\n1,2\n\n3,"4,5"\n');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 4, cells: ['3', '4,5'] },
    ]);
  });

  it('keeps short and long rows (missing cells are checked as empty, not a parse failure)', async () => {
    expect((await rowsOf('a,b,c\n1\n1,2,3,4\n')).map((r) => r.cells.length)).toEqual([3, 1, 4]);
  });

  it('refuses bytes that are not UTF-8, naming the file', async () => {
    await expect(rowsOf(Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0x0a]))).rejects.toMatchObject({
      code: 'bad_input',
      field: 'file',
    });
  });

  it('knows the formats it reads by extension', () => {
    expect([
      tableFormatOf('a.CSV'),
      tableFormatOf('b.xlsx'),
      tableFormatOf('c.xls'),
      tableFormatOf('d'),
    ]).toEqual(['csv', 'xlsx', null, null]);
  });
});

describe('template headers', () => {
  it('reads full-width parentheses and stray spaces as the template header', () => {
    expect(normalizeHeader(' 执行年利率（％） ')).toBe('执行年利率(%)');
    expect(normalizeHeader('贷款 金额')).toBe('贷款金额');
  });
});
