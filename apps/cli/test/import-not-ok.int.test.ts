import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/import/import-pipeline';
import type { ImportKind } from '../src/import/import-template';
import {
  countRows,
  importFile,
  notOkFixture,
  okFixture,
  readCsvRecords,
  SAMPLE_BUSINESS_DATE,
  seedOrganisation,
} from '../src/import/testing/import-test-support';

interface Expected {
  readonly row: number;
  readonly column: string;
  readonly value?: string;
  readonly message: RegExp;
}

/** Each not-ok fixture, its kind, and every problem the report must name (row, column, what). */
const CASES: readonly { file: string; kind: ImportKind; errors: Expected[]; good: number }[] = [
  {
    file: 'loans-three-decimal-amount.csv',
    kind: 'loans',
    good: 1,
    errors: [{ row: 3, column: '贷款金额', value: '100000.005', message: /两位小数/ }],
  },
  {
    file: 'loans-impossible-date.csv',
    kind: 'loans',
    good: 1,
    errors: [{ row: 3, column: '放款日期', value: '2026-02-30', message: /不是真实存在的日期/ }],
  },
  {
    file: 'loans-unknown-method.csv',
    kind: 'loans',
    good: 1,
    errors: [
      {
        row: 3,
        column: '还款方式',
        value: '气球贷',
        message: /等额本息\/等额本金\/按月付息到期还本\/利随本清/,
      },
    ],
  },
  {
    // RULES.md §12: 18 % × (1 + 0.5) = 27 % penalty, above the default 24 % all-in cap (migration 0014).
    file: 'loans-rate-above-cap.csv',
    kind: 'loans',
    good: 1,
    errors: [
      { row: 3, column: '执行年利率(%)', value: '18.00', message: /罚息利率 27%.*超过综合年化利率上限 24%/ },
    ],
  },
  {
    file: 'loans-term-zero.csv',
    kind: 'loans',
    good: 1,
    errors: [{ row: 3, column: '期数', value: '0', message: /1 到 360/ }],
  },
  {
    file: 'loans-duplicate-loan-no.csv',
    kind: 'loans',
    good: 2,
    errors: [{ row: 4, column: '借据号', value: 'JJ900000001', message: /重复.*第 2 行/ }],
  },
  {
    file: 'repayments-before-disbursement.csv',
    kind: 'repayments',
    good: 1,
    errors: [{ row: 3, column: '还款日期', value: '2026-03-01', message: /不晚于放款日期 2026-03-17/ }],
  },
  {
    file: 'repayments-duplicate-serial-conflict.csv',
    kind: 'repayments',
    good: 1,
    errors: [{ row: 3, column: '流水号', value: 'LS900000000001', message: /第 2 行内容不同/ }],
  },
  {
    file: 'repayments-bad-amounts.csv',
    kind: 'repayments',
    good: 1,
    errors: [
      { row: 3, column: '还款金额', value: '12.345', message: /两位小数/ },
      { row: 4, column: '还款金额', value: '0.00', message: /大于 0/ },
      { row: 5, column: '还款金额', value: '-5.00', message: /大于 0/ },
      { row: 6, column: '还款日期', value: '2026-11-22', message: /晚于当前营业日 2026-11-21/ },
      { row: 7, column: '借据号', value: 'JJ999999999', message: /不存在/ },
    ],
  },
  {
    file: 'customers-unknown-branch.csv',
    kind: 'customers',
    good: 1,
    errors: [{ row: 3, column: '所属机构', value: 'C01', message: /C01 不存在/ }],
  },
  {
    file: 'customers-bad-id-checksum.csv',
    kind: 'customers',
    good: 1,
    errors: [{ row: 3, column: '证件号码', value: '310101199001014560', message: /校验位/ }],
  },
  {
    file: 'loans-missing-column.csv',
    kind: 'loans',
    good: 0,
    errors: [{ row: 1, column: '还款频率', message: /缺少必需的列/ }],
  },
  {
    file: 'loans-half-bad.csv',
    kind: 'loans',
    good: 4,
    errors: [
      { row: 3, column: '贷款金额', value: '80000.123', message: /两位小数/ },
      { row: 5, column: '客户编号', value: 'C99999999', message: /不存在/ },
      { row: 7, column: '放款日期', value: '2026-12-01', message: /晚于当前营业日/ },
    ],
  },
];

describe.each(testEngines())('import of bad files on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedOrganisation(t.db);
    await initBusinessDate(t.db, SAMPLE_BUSINESS_DATE);
    await importFile(t.db, 'customers', okFixture('customers.csv'));
    await importFile(t.db, 'loans', okFixture('loans.csv'));
    await importFile(t.db, 'repayments', okFixture('repayments.csv'));
  });
  afterAll(() => t.dispose());

  it.each(CASES)(
    '$file: writes nothing and names row, column and problem',
    async ({ file, kind, errors, good }) => {
      const before = await countRows(t.db);
      const report = await importFile(t.db, kind, notOkFixture(file));
      expect(report.rowsImported).toBe(0);
      expect(report.errors).toHaveLength(errors.length);
      errors.forEach((e, i) => {
        const got = report.errors[i]!;
        expect({ row: got.row, column: got.column }).toEqual({ row: e.row, column: e.column });
        if (e.value !== undefined) expect(got.value).toBe(e.value);
        expect(got.message).toMatch(e.message);
      });
      expect(await countRows(t.db)).toEqual(before);
      // A dry run reports the same and counts what would have been imported.
      const dry = await importFile(t.db, kind, notOkFixture(file), { dryRun: true });
      expect(dry).toMatchObject({ dryRun: true, rowsImported: good, errors: report.errors });
      expect(await countRows(t.db)).toEqual(before);
    },
  );

  it('reports an empty file, and accepts a header-only file or no records as nothing to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daihou-empty-'));
    try {
      writeFileSync(join(dir, 'empty.csv'), '');
      writeFileSync(join(dir, 'header.csv'), '\uFEFF流水号,借据号,还款日期,还款金额\r\n\r\n');
      const empty = await importFile(t.db, 'repayments', join(dir, 'empty.csv'));
      expect(empty.errors).toEqual([
        { row: 1, column: '表头', value: '', message: '文件是空的：第 1 行应为导入模板的表头' },
      ]);
      const header = await importFile(t.db, 'repayments', join(dir, 'header.csv'));
      expect(header).toMatchObject({ rowsRead: 0, rowsImported: 0, errors: [] });
      expect(await importRecords(t.db, 'repayments', [], {})).toMatchObject({ rowsRead: 0, errors: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a CSV that is not UTF-8, naming the file', async () => {
    await expect(importFile(t.db, 'customers', notOkFixture('customers-gbk.csv'))).rejects.toMatchObject({
      code: 'bad_input',
      field: 'file',
    });
  });

  it('--partial writes the good rows of a half-bad file and reports the bad ones', async () => {
    const before = await countRows(t.db);
    const report = await importFile(t.db, 'loans', notOkFixture('loans-half-bad.csv'), { partial: true });
    expect(report).toMatchObject({ rowsRead: 7, rowsImported: 4, rowsSkipped: 0 });
    expect(report.errors.map((e) => e.row)).toEqual([3, 5, 7]);
    const after = await countRows(t.db);
    expect(after.loan - before.loan).toBe(4);
    expect(after.contract - before.contract).toBe(4);
    const written = await t.db.query<{
      loan_no: string;
      method: string;
      frequency: string;
      security_type: string;
    }>(
      "select loan_no, method, frequency, security_type from loan where loan_no like 'JJ9%' order by loan_no",
    );
    expect(written).toEqual([
      {
        loan_no: 'JJ900000001',
        method: 'equal_installment',
        frequency: 'monthly',
        security_type: 'unsecured',
      },
      { loan_no: 'JJ900000003', method: 'equal_principal', frequency: 'monthly', security_type: 'unsecured' },
      { loan_no: 'JJ900000005', method: 'bullet', frequency: 'monthly', security_type: 'unsecured' },
      { loan_no: 'JJ900000007', method: 'interest_only', frequency: 'quarterly', security_type: 'mortgage' },
    ]);
    // The good rows are now stored: the same file again skips them and still reports the bad ones.
    const again = await importFile(t.db, 'loans', notOkFixture('loans-half-bad.csv'), { partial: true });
    expect(again).toMatchObject({ rowsImported: 0, rowsSkipped: 4 });
    expect(again.errors).toHaveLength(3);
  });

  it('refuses a stored 借据号 whose terms differ instead of overwriting the loan', async () => {
    const before = await countRows(t.db);
    const record = readCsvRecords(notOkFixture('loans-half-bad.csv'))[0]!;
    expect(record.借据号).toBe('JJ900000001');
    // Stored by the --partial test with 100000.00: the same row is skipped, a changed amount refused.
    const same = await importRecords(t.db, 'loans', [record], {});
    expect(same).toMatchObject({ rowsImported: 0, rowsSkipped: 1, errors: [] });
    const changed = await importRecords(t.db, 'loans', [{ ...record, 贷款金额: '5000.00' }], {});
    expect(changed.errors).toEqual([
      {
        row: 2,
        column: '借据号',
        value: 'JJ900000001',
        message: '借据号已存在，且与已有贷款的贷款金额不同（导入不覆盖已有贷款）',
      },
    ]);
    expect(await countRows(t.db)).toEqual(before);
  });
});
