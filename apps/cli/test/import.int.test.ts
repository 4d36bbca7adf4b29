import {
  addDays,
  applyMoney,
  compoundAccrued,
  DEFAULT_SERVICING,
  type Fen,
  type LocalDate,
  parseLocalDate,
  parseYuan,
  penaltyAccrued,
} from '@daihou/core';
import { initBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/import/import-pipeline';
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

const customers = readCsvRecords(okFixture('customers.csv'));
const loans = readCsvRecords(okFixture('loans.csv'));
const repayments = readCsvRecords(okFixture('repayments.csv'));
const asOf = addDays(SAMPLE_BUSINESS_DATE, -1);

interface StoredInstallment {
  period: number;
  due_date: string;
  principal_due: string;
  interest_due: string;
  principal_paid: string;
  interest_paid: string;
  penalty_micro: string;
  penalty_paid: string;
  compound_micro: string;
  compound_paid: string;
}

interface StoredLoan {
  id: string;
  loan_no: string;
  status: string;
  accrued_through: string;
  credit_balance: string;
  principal_owed: string;
  dpd: number;
  bucket: string;
  classification: string;
  own_classification: string;
  class_rule: string;
}

async function storedLoan(t: TestDatabase, loanNo: string) {
  const [loan] = await t.db.query<StoredLoan>(
    `select id::text as id, loan_no, status, accrued_through, credit_balance, principal_owed, dpd, bucket,
            classification, own_classification, class_rule from loan where loan_no = $1`,
    [loanNo],
  );
  const installments = await t.db.query<StoredInstallment>(
    `select period, due_date, principal_due, interest_due, principal_paid, interest_paid, penalty_micro,
            penalty_paid, compound_micro, compound_paid from installment where loan_id = $1 order by period`,
    [loan!.id],
  );
  return { loan: loan!, installments };
}

const repaymentsOf = (loanNo: string, extra: { date: string; amount: string }[] = []) =>
  [
    ...repayments.filter((r) => r.借据号 === loanNo).map((r) => ({ date: r.还款日期!, amount: r.还款金额! })),
    ...extra,
  ].map((r) => ({ date: parseLocalDate(r.date), amount: parseYuan(r.amount) }));

/** The stored loan equals `daihou simulate` (core replayLoan + snapshot) for its history at asOf. */
async function expectSimulated(
  t: TestDatabase,
  loanNo: string,
  history: { date: LocalDate; amount: Fen }[],
  at: LocalDate = asOf,
) {
  const record = loans.find((l) => l.借据号 === loanNo)!;
  const { ledger, state, decision } = simulateReference(termsOfRecord(record), history, at);
  const { loan, installments } = await storedLoan(t, loanNo);
  expect(
    installments.map((i) => ({
      period: i.period,
      dueDate: i.due_date,
      principalDue: Number(i.principal_due),
      interestDue: Number(i.interest_due),
      principalPaid: Number(i.principal_paid),
      interestPaid: Number(i.interest_paid),
      penaltyMicro: BigInt(i.penalty_micro),
      penaltyPaid: Number(i.penalty_paid),
      compoundMicro: BigInt(i.compound_micro),
      compoundPaid: Number(i.compound_paid),
    })),
    loanNo,
  ).toEqual(
    ledger.installments.map((i) => ({
      period: i.period,
      dueDate: i.dueDate,
      principalDue: i.principalDue,
      interestDue: i.interestDue,
      principalPaid: i.principalPaid,
      interestPaid: i.interestPaid,
      penaltyMicro: i.penaltyMicro,
      penaltyPaid: i.penaltyPaid,
      compoundMicro: i.compoundMicro,
      compoundPaid: i.compoundPaid,
    })),
  );
  expect(
    {
      status: loan.status,
      accruedThrough: loan.accrued_through,
      creditBalance: Number(loan.credit_balance),
      principalOwed: Number(loan.principal_owed),
      dpd: loan.dpd,
      bucket: loan.bucket,
      classification: loan.own_classification,
    },
    loanNo,
  ).toEqual({
    status: state.status,
    accruedThrough: at,
    creditBalance: state.creditBalance,
    principalOwed: state.outstanding.principal,
    dpd: state.dpd,
    bucket: state.bucket,
    classification: decision.classification,
  });
  // The class shown is the loan's own, or worse when its enterprise debtor is over 10 % non-performing.
  const rank = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'];
  expect(rank.indexOf(loan.classification)).toBeGreaterThanOrEqual(rank.indexOf(loan.own_classification));
}

describe.each(testEngines())('import of the sample register on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedOrganisation(t.db);
    await initBusinessDate(t.db, SAMPLE_BUSINESS_DATE);
  });
  afterAll(() => t.dispose());

  it('imports every customer, loan and repayment of the sample', async () => {
    const c = await importFile(t.db, 'customers', okFixture('customers.csv'));
    expect(c).toMatchObject({ rowsRead: 300, rowsImported: 300, rowsSkipped: 0, errors: [] });
    const l = await importFile(t.db, 'loans', okFixture('loans.csv'));
    expect(l).toMatchObject({ rowsRead: 389, rowsImported: 389, rowsSkipped: 0, errors: [] });
    const r = await importFile(t.db, 'repayments', okFixture('repayments.csv'));
    expect(r).toMatchObject({ rowsRead: 2940, rowsImported: 2940, rowsSkipped: 0, errors: [] });
    const counts = await countRows(t.db);
    expect(counts).toMatchObject({ customer: 300, contract: 389, loan: 389, repayment: 2940 });
    const [{ n }] = (await t.db.query<{ n: number }>(
      "select count(*)::int as n from loan_event where event_type = 'imported'",
    )) as [{ n: number }];
    expect(n).toBe(389 + new Set(repayments.map((x) => x.借据号)).size);
    // Customers keep the register's labels mapped to GLOSSARY codes; phone and ID as given.
    const [first] = await t.db.query<Record<string, string>>(
      `select c.customer_no, c.name, c.customer_type, c.id_type, c.id_number, c.phone, c.branch_id, u.username
         from customer c join app_user u on u.id = c.manager_id where customer_no = 'C42000004'`,
    );
    const source = customers.find((x) => x.客户编号 === 'C42000004')!;
    expect(first).toEqual({
      customer_no: 'C42000004',
      name: source.客户名称,
      customer_type: 'enterprise',
      id_type: '统一社会信用代码',
      id_number: source.证件号码,
      phone: source.手机号码,
      branch_id: source.所属机构,
      username: source.客户经理,
    });
  });

  it('leaves every loan in the state daihou simulate gives at business date − 1', async () => {
    for (const record of loans) {
      const loanNo = record.借据号!;
      await expectSimulated(t, loanNo, repaymentsOf(loanNo));
    }
  });

  it('keeps the money invariants (RULES.md §7) for every loan and repayment', async () => {
    const principal = await t.db.query<{ loan_no: string; principal: string; paid: string; owed: string }>(
      `select l.loan_no, l.principal, sum(i.principal_paid) as paid, l.principal_owed as owed
         from loan l join installment i on i.loan_id = l.id group by l.id`,
    );
    for (const p of principal) expect(Number(p.paid) + Number(p.owed), p.loan_no).toBe(Number(p.principal));
    const bad = await t.db.query(
      `select r.repayment_no from repayment r
         left join repayment_allocation a on a.repayment_id = r.id
        group by r.id having r.amount <> coalesce(sum(a.amount), 0) + r.to_credit_balance`,
    );
    expect(bad).toEqual([]);
    const sources = await t.db.query<{ source: string; n: number }>(
      'select source, count(*)::int as n from repayment group by source',
    );
    expect(sources).toEqual([{ source: 'import', n: 2940 }]);
  });

  it('books nothing twice when the same files are imported again', async () => {
    const before = await countRows(t.db);
    const r = await importFile(t.db, 'repayments', okFixture('repayments.csv'));
    expect(r).toMatchObject({ rowsRead: 2940, rowsImported: 0, rowsSkipped: 2940, errors: [] });
    const l = await importFile(t.db, 'loans', okFixture('loans.csv'));
    expect(l).toMatchObject({ rowsImported: 0, rowsSkipped: 389, errors: [] });
    const c = await importFile(t.db, 'customers', okFixture('customers.csv'));
    expect(c).toMatchObject({ rowsImported: 0, rowsSkipped: 300, errors: [] });
    expect(await countRows(t.db)).toEqual(before);
  });

  it('replays the whole history when repayments arrive for a loan that has some', async () => {
    // A back-dated repayment between stored ones: the later ones are re-allocated, nothing is doubled.
    const loanNo = 'JJ420000032';
    const stored = repayments.filter((r) => r.借据号 === loanNo);
    const between = stored[3]!.还款日期!;
    const extra = { date: between, amount: '1234.56' };
    const report = await importRecords(
      t.db,
      'repayments',
      [{ 流水号: 'LS-REPLAY-1', 借据号: loanNo, 还款日期: extra.date, 还款金额: extra.amount }],
      {},
    );
    expect(report).toMatchObject({ rowsImported: 1, errors: [] });
    await expectSimulated(t, loanNo, repaymentsOf(loanNo, [extra]));
    const [{ n }] = (await t.db.query<{ n: number }>(
      `select count(*)::int as n from repayment r join loan l on l.id = r.loan_id where l.loan_no = $1`,
      [loanNo],
    )) as [{ n: number }];
    expect(n).toBe(stored.length + 1);
    const unbalanced = await t.db.query(
      `select r.id from repayment r join loan l on l.id = r.loan_id
         left join repayment_allocation a on a.repayment_id = r.id
        where l.loan_no = $1
        group by r.id having r.amount <> coalesce(sum(a.amount), 0) + r.to_credit_balance`,
      [loanNo],
    );
    expect(unbalanced).toEqual([]);
  });

  it('applies money dated on the business date without accruing that day', async () => {
    // An overdue loan of its own, paid on the business date.
    await importRecords(
      t.db,
      'loans',
      [
        {
          借据号: 'JJ-TODAY-1',
          合同号: 'HT-TODAY-1',
          客户编号: 'C42000001',
          贷款金额: '120000.00',
          '执行年利率(%)': '6.00',
          还款方式: '等额本息',
          期数: '12',
          还款频率: '按月',
          放款日期: '2026-01-10',
          支付方式: '自主支付',
          贷款用途: '经营周转',
          担保方式: '信用',
          所属机构: 'A01',
          客户经理: 'manager.a',
        },
      ],
      {},
    );
    const today = { date: SAMPLE_BUSINESS_DATE, amount: parseYuan('30000.00') };
    const report = await importRecords(
      t.db,
      'repayments',
      [{ 流水号: 'LS-TODAY-1', 借据号: 'JJ-TODAY-1', 还款日期: today.date, 还款金额: '30000.00' }],
      {},
    );
    expect(report).toMatchObject({ rowsImported: 1, errors: [] });
    const terms = termsOfRecord({
      贷款金额: '120000.00',
      '执行年利率(%)': '6.00',
      还款方式: '等额本息',
      期数: '12',
      还款频率: '按月',
      放款日期: '2026-01-10',
    });
    const before = simulateReference(terms, [], asOf);
    const after = applyMoney(
      before.ledger,
      SAMPLE_BUSINESS_DATE,
      [{ key: 'x', amount: today.amount }],
      DEFAULT_SERVICING.waterfallOrder,
    );
    const { loan, installments } = await storedLoan(t, 'JJ-TODAY-1');
    expect(loan.accrued_through).toBe(asOf);
    // DPD, bucket and class are the end of the day before; the money moved balances.
    expect(loan.dpd).toBe(before.state.dpd);
    expect(loan.bucket).toBe(before.state.bucket);
    expect(
      installments.map((i) => [
        Number(i.principal_paid),
        Number(i.interest_paid),
        Number(i.penalty_paid),
        BigInt(i.penalty_micro),
      ]),
    ).toEqual(
      after.ledger.installments.map((i) => [i.principalPaid, i.interestPaid, i.penaltyPaid, i.penaltyMicro]),
    );
    expect(installments.some((i) => Number(i.penalty_paid) > 0)).toBe(true);
    // Accrual of the business date itself is left to its end of day.
    expect(after.ledger.installments.map(penaltyAccrued)).toEqual(
      before.ledger.installments.map(penaltyAccrued),
    );
    expect(after.ledger.installments.map(compoundAccrued)).toEqual(
      before.ledger.installments.map(compoundAccrued),
    );
  });
});
