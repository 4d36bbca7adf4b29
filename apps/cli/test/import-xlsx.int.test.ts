import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, parseLocalDate, parseYuan } from '@daihou/core';
import { initBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_COLUMNS } from '../src/import/import-template';
import {
  countRows,
  importFile,
  okFixture,
  readCsvRecords,
  SAMPLE_BUSINESS_DATE,
  seedOrganisation,
  simulateReference,
  termsOfRecord,
} from '../src/import/testing/import-test-support';

const NUMERIC = new Set(['贷款金额', '执行年利率(%)', '期数', '还款金额']);

/**
 * The sample register as bank staff's Excel has it: dates as date cells, amounts, rates and terms as
 * number cells, ID numbers and phones as text; a second sheet of notes that must not be read.
 */
async function writeXlsx(csv: string, out: string): Promise<void> {
  const records = readCsvRecords(csv);
  const header = Object.keys(records[0]!);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('导入');
  sheet.addRow(header);
  for (const r of records) {
    sheet.addRow(
      header.map((h) => {
        const v = r[h]!;
        if (DATE_COLUMNS.has(h)) {
          const d = parseLocalDate(v);
          return new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))));
        }
        return NUMERIC.has(h) ? Number(v) : v;
      }),
    );
  }
  for (const h of DATE_COLUMNS) {
    const i = header.indexOf(h);
    if (i >= 0) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  }
  wb.addWorksheet('说明').addRow(['借据号', '这一页是填写说明，不应被导入']);
  await wb.xlsx.writeFile(out);
}

describe.each(testEngines())('import of the sample register as .xlsx on %s', (engine) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedOrganisation(t.db);
    await initBusinessDate(t.db, SAMPLE_BUSINESS_DATE);
    dir = mkdtempSync(join(tmpdir(), 'daihou-xlsx-'));
    for (const kind of ['customers', 'loans', 'repayments']) {
      await writeXlsx(okFixture(`${kind}.csv`), join(dir, `${kind}.xlsx`));
    }
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the first sheet with typed cells and ends in the same state as simulate', async () => {
    expect(await importFile(t.db, 'customers', join(dir, 'customers.xlsx'))).toMatchObject({
      rowsRead: 300,
      rowsImported: 300,
      errors: [],
    });
    expect(await importFile(t.db, 'loans', join(dir, 'loans.xlsx'))).toMatchObject({
      rowsRead: 389,
      rowsImported: 389,
      errors: [],
    });
    expect(await importFile(t.db, 'repayments', join(dir, 'repayments.xlsx'))).toMatchObject({
      rowsRead: 2940,
      rowsImported: 2940,
      errors: [],
    });
    expect(await countRows(t.db)).toMatchObject({ customer: 300, loan: 389, repayment: 2940 });

    const loans = readCsvRecords(okFixture('loans.csv'));
    const repayments = readCsvRecords(okFixture('repayments.csv'));
    const asOf = addDays(SAMPLE_BUSINESS_DATE, -1);
    // A sample of loans: every 7th, which covers every method, frequency and state of the register.
    for (const record of loans.filter((_, i) => i % 7 === 0)) {
      const loanNo = record.借据号!;
      const history = repayments
        .filter((r) => r.借据号 === loanNo)
        .map((r) => ({ date: parseLocalDate(r.还款日期!), amount: parseYuan(r.还款金额!) }));
      const { state, ledger } = simulateReference(termsOfRecord(record), history, asOf);
      const [loan] = await t.db.query<Record<string, string | number>>(
        `select l.principal_owed, l.credit_balance, l.dpd, l.bucket, l.classification, l.status,
                sum(i.penalty_micro)::text as penalty_micro, sum(i.principal_paid)::text as principal_paid
           from loan l join installment i on i.loan_id = l.id where l.loan_no = $1 group by l.id`,
        [loanNo],
      );
      expect(loan, loanNo).toEqual({
        principal_owed: String(state.outstanding.principal),
        credit_balance: String(state.creditBalance),
        dpd: state.dpd,
        bucket: state.bucket,
        classification: state.classification,
        status: state.status,
        penalty_micro: String(ledger.installments.reduce((s, i) => s + i.penaltyMicro, 0n)),
        principal_paid: String(ledger.installments.reduce((s, i) => s + i.principalPaid, 0)),
      });
    }
  });
});
