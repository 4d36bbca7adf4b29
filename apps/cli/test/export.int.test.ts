import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initBusinessDate, maskIdNumber, maskPhone } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { REGISTER_SHEET, SUMMARY_SHEET, writeRegisterWorkbook } from '@daihou/server/register-workbook';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importFile,
  okFixture,
  SAMPLE_BUSINESS_DATE,
  seedOrganisation,
} from '../src/import/testing/import-test-support';

const HEADERS = [
  '借据号',
  '合同号',
  '客户编号',
  '客户名称',
  '客户类型',
  '所属机构',
  '客户经理',
  '贷款金额(元)',
  '执行年利率(%)',
  '还款方式',
  '期数',
  '放款日期',
  '到期日',
  '担保方式',
  '贷款余额(元)',
  '逾期本金(元)',
  '逾期利息(元)',
  '罚息(元)',
  '复利(元)',
  '逾期天数',
  '账龄',
  '五级分类',
  '状态',
  '溢缴款(元)',
  '证件号码',
  '手机号码',
];

const CLASS_LABEL: Record<string, string> = {
  normal: '正常',
  special_mention: '关注',
  substandard: '次级',
  doubtful: '可疑',
  loss: '损失',
};

/** A money cell back to fen: the cell holds fen / 100 as a double, exact to the fen. */
const fenOf = (v: ExcelJS.CellValue): number => Math.round((v as number) * 100);

/** The expected register line of every loan, computed here from the stored rows (independent SQL). */
async function expectedLines(t: TestDatabase) {
  const loans = await t.db.query<Record<string, string | number>>(
    `select l.id, l.loan_no, l.principal, l.principal_owed, l.credit_balance, l.dpd, l.bucket, l.classification,
            l.status, l.accrued_through, c.id_number, c.phone, c.name
       from loan l join customer c on c.id = l.customer_id order by l.id`,
  );
  const inst = await t.db.query<Record<string, string>>(
    `select loan_id::text as loan_id, due_date, principal_due, principal_paid, interest_due, interest_paid,
            penalty_micro, penalty_paid, compound_micro, compound_paid from installment`,
  );
  const round = (micro: string) => Number((BigInt(micro) * 2n + 1_000_000n) / 2_000_000n);
  return loans.map((l) => {
    const own = inst.filter((i) => i.loan_id === String(l.id));
    const overdue = own.filter((i) => i.due_date! < String(l.accrued_through));
    const sum = (rows: Record<string, string>[], f: (i: Record<string, string>) => number) =>
      rows.reduce((s, i) => s + f(i), 0);
    return {
      loanNo: l.loan_no,
      name: l.name,
      principal: Number(l.principal),
      principalOwed: Number(l.principal_owed),
      overduePrincipal: sum(overdue, (i) => Number(i.principal_due) - Number(i.principal_paid)),
      overdueInterest: sum(overdue, (i) => Number(i.interest_due) - Number(i.interest_paid)),
      penalty: sum(own, (i) => round(i.penalty_micro!) - Number(i.penalty_paid)),
      compound: sum(own, (i) => round(i.compound_micro!) - Number(i.compound_paid)),
      creditBalance: Number(l.credit_balance),
      dpd: l.dpd,
      bucket: l.bucket,
      classification: CLASS_LABEL[String(l.classification)],
      status: l.status,
      idNumber: maskIdNumber(String(l.id_number)),
      phone: maskPhone(l.phone as string | null),
    };
  });
}

describe.each(testEngines())('daihou export register on %s', (engine) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedOrganisation(t.db);
    await initBusinessDate(t.db, SAMPLE_BUSINESS_DATE);
    for (const kind of ['customers', 'loans', 'repayments'] as const) {
      await importFile(t.db, kind, okFixture(`${kind}.csv`));
    }
    dir = mkdtempSync(join(tmpdir(), 'daihou-export-'));
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one row per loan whose amounts, days and classes equal the database', async () => {
    const file = join(dir, 'register.xlsx');
    expect(await writeRegisterWorkbook(t.db, file, SAMPLE_BUSINESS_DATE)).toMatchObject({ loans: 389 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([REGISTER_SHEET, SUMMARY_SHEET]);
    const sheet = wb.getWorksheet(REGISTER_SHEET)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    expect(sheet.rowCount).toBe(390);

    const col = (name: string) => HEADERS.indexOf(name) + 1;
    const expected = await expectedLines(t);
    expect(expected.some((e) => e.penalty > 0 && Number(e.dpd) > 0)).toBe(true);
    expected.forEach((e, i) => {
      const row = sheet.getRow(i + 2);
      const cell = (name: string) => row.getCell(col(name)).value;
      expect(
        {
          loanNo: cell('借据号'),
          name: cell('客户名称'),
          principal: fenOf(cell('贷款金额(元)')),
          principalOwed: fenOf(cell('贷款余额(元)')),
          overduePrincipal: fenOf(cell('逾期本金(元)')),
          overdueInterest: fenOf(cell('逾期利息(元)')),
          penalty: fenOf(cell('罚息(元)')),
          compound: fenOf(cell('复利(元)')),
          creditBalance: fenOf(cell('溢缴款(元)')),
          dpd: cell('逾期天数'),
          bucket: cell('账龄'),
          classification: cell('五级分类'),
          status: { 在贷: 'active', 已结清: 'settled', 已核销: 'written_off' }[cell('状态') as string],
          idNumber: cell('证件号码'),
          phone: cell('手机号码'),
        },
        String(e.loanNo),
      ).toEqual(e);
      expect(row.getCell(col('贷款余额(元)')).numFmt).toBe('#,##0.00');
    });
    const first = sheet.getRow(2);
    expect(first.getCell(col('证件号码')).value).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(first.getCell(col('手机号码')).value).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(first.getCell(col('放款日期')).value).toBeInstanceOf(Date);
    expect(first.getCell(col('还款方式')).value).toMatch(/^(等额本息|等额本金|按月付息到期还本|利随本清)$/);
  });

  it('sums the loans in force by 五级分类 and 账龄 in the 汇总 sheet', async () => {
    const file = join(dir, 'summary.xlsx');
    await writeRegisterWorkbook(t.db, file, SAMPLE_BUSINESS_DATE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows = wb.getWorksheet(SUMMARY_SHEET)!.getSheetValues().filter(Boolean) as unknown[][];
    expect(String(rows[0]![1])).toContain(SAMPLE_BUSINESS_DATE);
    const byClass = await t.db.query<{ classification: string; n: number; owed: string }>(
      `select classification, count(*)::int as n, sum(principal_owed)::text as owed
         from loan where status = 'active' group by classification`,
    );
    for (const [code, label] of Object.entries(CLASS_LABEL)) {
      const line = rows.find((r) => r[1] === label)!;
      const db = byClass.find((b) => b.classification === code);
      expect([line[2], fenOf(line[3] as number)], label).toEqual([db?.n ?? 0, Number(db?.owed ?? 0)]);
    }
    const byBucket = await t.db.query<{ bucket: string; n: number }>(
      "select bucket, count(*)::int as n from loan where status = 'active' group by bucket",
    );
    for (const b of byBucket) expect(rows.find((r) => r[1] === b.bucket)![2], b.bucket).toBe(b.n);
    const [total] = await t.db.query<{ n: number; owed: string }>(
      "select count(*)::int as n, sum(principal_owed)::text as owed from loan where status = 'active'",
    );
    const totals = rows.filter((r) => r[1] === '合计');
    expect(totals).toHaveLength(2);
    for (const line of totals)
      expect([line[2], fenOf(line[3] as number)]).toEqual([total!.n, Number(total!.owed)]);
  });
});
