import type { Writable } from 'node:stream';
import type { Bucket, Classification, LocalDate, RepaymentMethod } from '@daihou/core';
import { BUCKETS, CLASSIFICATIONS } from '@daihou/core';
import {
  beginRegisterSnapshot,
  type CustomerType,
  type Database,
  maskIdNumber,
  maskPhone,
  type RegisterRow,
  readRegisterPage,
  type SecurityType,
  type Sql,
} from '@daihou/db';
import ExcelJS from 'exceljs';

/**
 * The loan register workbook (台账), written by `daihou export register` (the whole book) and by
 * GET /api/v1/loans/export.xlsx (the caller's scope and filter). It lives in the server because the
 * dependency direction is core ← db ← batch ← server ← cli: the CLI imports it from here
 * (`@daihou/server/register-workbook`).
 */

export const REGISTER_SHEET = '贷款台账';
export const SUMMARY_SHEET = '汇总';

export const CLASSIFICATION_LABEL: Record<Classification, string> = {
  normal: '正常',
  special_mention: '关注',
  substandard: '次级',
  doubtful: '可疑',
  loss: '损失',
};
export const STATUS_LABEL: Record<string, string> = {
  active: '在贷',
  settled: '已结清',
  written_off: '已核销',
};
/** The labels of the import template (apps/cli import-template.ts), code → label. */
export const CUSTOMER_TYPE_LABEL: Record<CustomerType, string> = { individual: '个人', enterprise: '企业' };
export const METHOD_LABEL: Record<RepaymentMethod, string> = {
  equal_installment: '等额本息',
  equal_principal: '等额本金',
  interest_only: '按月付息到期还本',
  bullet: '利随本清',
};
export const SECURITY_LABEL: Record<SecurityType, string> = {
  unsecured: '信用',
  guarantee: '保证',
  mortgage: '抵押',
  pledge: '质押',
};

const MONEY = '#,##0.00';
const DATE = 'yyyy-mm-dd';

/**
 * Fen → the number an Excel cell holds. This is the one place a float carries money, and only because
 * an .xlsx number cell is a double: the division is the last step before the cell, the value is exact
 * to the fen for any amount below 2^53 / 100 fen, and '#,##0.00' shows it with two decimals. Totals
 * are summed in integer fen first and divided only here.
 */
const yuanCell = (fen: number | string): number => Number(fen) / 100;

/** A LocalDate as an Excel date cell (ExcelJS writes a Date at UTC midnight as that calendar day). */
const dateCell = (date: string): Date =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));

interface Column {
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  readonly value: (r: RegisterRow) => string | number | Date;
}

/** The register's columns, in the order post-loan staff keep them (台账). */
export const REGISTER_COLUMNS: readonly Column[] = [
  { header: '借据号', width: 16, value: (r) => r.loan_no },
  { header: '合同号', width: 16, value: (r) => r.contract_no },
  { header: '客户编号', width: 13, value: (r) => r.customer_no },
  { header: '客户名称', width: 26, value: (r) => r.customer_name },
  {
    header: '客户类型',
    width: 10,
    value: (r) => CUSTOMER_TYPE_LABEL[r.customer_type as CustomerType] ?? r.customer_type,
  },
  { header: '所属机构', width: 10, value: (r) => r.branch_id },
  { header: '客户经理', width: 12, value: (r) => r.manager_username ?? '' },
  { header: '贷款金额(元)', width: 16, numFmt: MONEY, value: (r) => yuanCell(r.principal) },
  { header: '执行年利率(%)', width: 13, numFmt: '0.00##', value: (r) => Number(r.annual_rate) },
  { header: '还款方式', width: 17, value: (r) => METHOD_LABEL[r.method as RepaymentMethod] ?? r.method },
  { header: '期数', width: 6, value: (r) => r.term },
  { header: '放款日期', width: 12, numFmt: DATE, value: (r) => dateCell(r.disbursement_date) },
  { header: '到期日', width: 12, numFmt: DATE, value: (r) => dateCell(r.maturity_date) },
  {
    header: '担保方式',
    width: 10,
    value: (r) => SECURITY_LABEL[r.security_type as SecurityType] ?? r.security_type,
  },
  { header: '贷款余额(元)', width: 16, numFmt: MONEY, value: (r) => yuanCell(r.principal_owed) },
  { header: '逾期本金(元)', width: 15, numFmt: MONEY, value: (r) => yuanCell(r.overdue_principal) },
  { header: '逾期利息(元)', width: 14, numFmt: MONEY, value: (r) => yuanCell(r.overdue_interest) },
  { header: '罚息(元)', width: 12, numFmt: MONEY, value: (r) => yuanCell(r.penalty) },
  { header: '复利(元)', width: 12, numFmt: MONEY, value: (r) => yuanCell(r.compound) },
  { header: '逾期天数', width: 10, value: (r) => r.dpd },
  { header: '账龄', width: 7, value: (r) => r.bucket },
  {
    header: '五级分类',
    width: 10,
    value: (r) => CLASSIFICATION_LABEL[r.classification as Classification] ?? r.classification,
  },
  { header: '状态', width: 8, value: (r) => STATUS_LABEL[r.status] ?? r.status },
  { header: '溢缴款(元)', width: 12, numFmt: MONEY, value: (r) => yuanCell(r.credit_balance) },
  { header: '证件号码', width: 21, value: (r) => maskIdNumber(r.id_number) },
  { header: '手机号码', width: 13, value: (r) => maskPhone(r.phone) },
];

const PAGE = 5000;

interface Totals {
  loans: number;
  principalOwed: number;
  overduePrincipal: number;
  overdueInterest: number;
  penalty: number;
  compound: number;
}

const zero = (): Totals => ({
  loans: 0,
  principalOwed: 0,
  overduePrincipal: 0,
  overdueInterest: 0,
  penalty: 0,
  compound: 0,
});

function add(t: Totals, r: RegisterRow): void {
  t.loans++;
  t.principalOwed += Number(r.principal_owed);
  t.overduePrincipal += Number(r.overdue_principal);
  t.overdueInterest += Number(r.overdue_interest);
  t.penalty += Number(r.penalty);
  t.compound += Number(r.compound);
}

export interface RegisterExport {
  readonly loans: number;
  readonly activeLoans: number;
}

/** Reads one page of register rows after a loan id, in loan id order (inside the export's snapshot). */
export type RegisterPageReader = (tx: Sql, afterId: string, limit: number) => Promise<RegisterRow[]>;

export interface RegisterWorkbookOptions {
  /** Which rows (default: the whole register). */
  readonly readPage?: RegisterPageReader;
  /** A line for the summary sheet saying which part of the book this is (the filter of an export). */
  readonly scopeNote?: string;
}

/**
 * Streams the loan register to an .xlsx (ExcelJS WorkbookWriter: rows are committed as they are
 * written, so 100,000 loans take the memory of one page): sheet 贷款台账 with a frozen, filterable header,
 * and sheet 汇总 with the loans in force by 五级分类 and by 账龄.
 */
export async function writeRegisterWorkbook(
  db: Database,
  target: string | Writable,
  businessDate: LocalDate | null,
  options: RegisterWorkbookOptions = {},
): Promise<RegisterExport> {
  const readPage = options.readPage ?? readRegisterPage;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Daihou 贷后';
  const sheet = workbook.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };

  const byClass = new Map<Classification, Totals>(CLASSIFICATIONS.map((c) => [c, zero()]));
  const byBucket = new Map<Bucket, Totals>(BUCKETS.map((b) => [b, zero()]));
  const all = zero();
  let loans = 0;
  await db.transaction(async (tx) => {
    await beginRegisterSnapshot(tx);
    let after = '0';
    for (;;) {
      const page = await readPage(tx, after, PAGE);
      for (const r of page) {
        sheet.addRow(REGISTER_COLUMNS.map((c) => c.value(r))).commit();
        loans++;
        if (r.status === 'active') {
          add(all, r);
          add(byClass.get(r.classification as Classification) ?? zero(), r);
          add(byBucket.get(r.bucket as Bucket) ?? zero(), r);
        }
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
  });
  sheet.commit();

  writeSummary(workbook, businessDate, loans, byClass, byBucket, all, options.scopeNote);
  await workbook.commit();
  return { loans, activeLoans: all.loans };
}

function writeSummary(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  businessDate: LocalDate | null,
  loans: number,
  byClass: ReadonlyMap<Classification, Totals>,
  byBucket: ReadonlyMap<Bucket, Totals>,
  all: Totals,
  scopeNote: string | undefined,
): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  sheet.columns = [
    { width: 14 },
    { width: 9 },
    { width: 18, style: { numFmt: MONEY } },
    { width: 16, style: { numFmt: MONEY } },
    { width: 15, style: { numFmt: MONEY } },
    { width: 13, style: { numFmt: MONEY } },
    { width: 13, style: { numFmt: MONEY } },
  ];
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
    row.commit();
  };
  bold(sheet.addRow([`贷款台账汇总${businessDate ? `（营业日 ${businessDate}）` : ''}`]));
  sheet.addRow([`台账共 ${loans} 笔；以下统计在贷贷款（不含已结清、已核销），金额单位：元`]).commit();
  if (scopeNote !== undefined) sheet.addRow([scopeNote]).commit();
  sheet.addRow([]).commit();
  const heads = ['笔数', '贷款余额(元)', '逾期本金(元)', '逾期利息(元)', '罚息(元)', '复利(元)'];
  const line = (label: string, t: Totals) =>
    sheet
      .addRow([
        label,
        t.loans,
        yuanCell(t.principalOwed),
        yuanCell(t.overduePrincipal),
        yuanCell(t.overdueInterest),
        yuanCell(t.penalty),
        yuanCell(t.compound),
      ])
      .commit();
  bold(sheet.addRow(['五级分类', ...heads]));
  for (const c of CLASSIFICATIONS) line(CLASSIFICATION_LABEL[c], byClass.get(c)!);
  bold(
    sheet.addRow([
      '合计',
      all.loans,
      yuanCell(all.principalOwed),
      yuanCell(all.overduePrincipal),
      yuanCell(all.overdueInterest),
      yuanCell(all.penalty),
      yuanCell(all.compound),
    ]),
  );
  sheet.addRow([]).commit();
  bold(sheet.addRow(['账龄', ...heads]));
  for (const b of BUCKETS) line(b, byBucket.get(b)!);
  bold(
    sheet.addRow([
      '合计',
      all.loans,
      yuanCell(all.principalOwed),
      yuanCell(all.overduePrincipal),
      yuanCell(all.overdueInterest),
      yuanCell(all.penalty),
      yuanCell(all.compound),
    ]),
  );
  sheet.commit();
}
