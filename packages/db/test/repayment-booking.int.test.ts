import {
  accrualFactor,
  addDays,
  advanceLedger,
  applyMoney,
  compoundAccrued,
  type DomainError,
  formatYuan,
  type LocalDate,
  parseYuan,
  penaltyAccrued,
  replayLoan,
  snapshot,
} from '@daihou/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLoan, loadLoanWithLedger } from '../src/repositories/loan.repo';
import { listLoanEvents } from '../src/repositories/loan-event.repo';
import {
  listAllocations,
  listRepaymentsByLoan,
  listRepaymentTotals,
  type RepaymentView,
} from '../src/repositories/repayment.repo';
import type { BookRepaymentInput } from '../src/services/repayment-booking.input';
import { bookRepayment } from '../src/services/repayment-booking.service';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { onBusinessDate, type SeededLoan, seedLoan } from './fixtures';

const d = (s: string) => s as LocalDate;
const yuan = (s: string) => parseYuan(s);

/** Every row a booking could write or change, to prove a refused booking wrote nothing. */
async function footprint(db: Database) {
  const [counts] = await db.query(
    `select (select count(*) from repayment) as repayments,
            (select count(*) from repayment_allocation) as allocations,
            (select count(*) from loan_event) as events`,
  );
  const loans = await db.query(
    'select id, status, accrued_through, credit_balance, principal_owed, dpd, bucket, classification from loan order by id',
  );
  const installments = await db.query('select * from installment order by loan_id, period');
  return { counts, loans, installments };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected the booking to be refused');
}

describe.each(testEngines())('booking a repayment on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  const book = (loan: SeededLoan, date: string, amount: string, key: string, extra = {}) =>
    bookRepayment(t.db, {
      loanId: loan.loan.id,
      date,
      amount,
      idempotencyKey: key,
      actor: 'officer.hq',
      ...extra,
    });

  it('reproduces the RULES.md §3 worked example when the repayments are booked day by day', async () => {
    const { db } = t;
    const seeded = await seedLoan(db);
    const payments = [
      { date: d('2026-02-10'), amount: yuan('10327.97') },
      { date: d('2026-03-10'), amount: yuan('10327.97') },
      { date: d('2026-05-20'), amount: yuan('5000.00') },
    ];
    const booked: RepaymentView[] = [];
    for (const [k, p] of payments.entries()) {
      await onBusinessDate(db, p.date);
      booked.push(await book(seeded, p.date, formatYuan(p.amount), `worked-${k}`));
      // After each booking the stored ledger is the replay through the day before, plus the day's money.
      const before = replayLoan({
        terms: seeded.loan.terms,
        settings: seeded.settings,
        repayments: payments.slice(0, k),
        asOf: addDays(p.date, -1),
      });
      const expected = applyMoney(
        before.ledger,
        p.date,
        [{ key: 'x', amount: p.amount }],
        [...seeded.settings.waterfallOrder],
      );
      expect((await loadLoanWithLedger(db, seeded.loan.id))?.ledger).toEqual(expected.ledger);
    }

    const replay = replayLoan({
      terms: seeded.loan.terms,
      settings: seeded.settings,
      repayments: payments.map((p, k) => ({ ...p, key: booked[k]!.id })),
      asOf: d('2026-06-30'),
    });
    const stored = await loadLoanWithLedger(db, seeded.loan.id);
    const factor = accrualFactor(seeded.loan.terms.annualRate, seeded.settings);
    const atEnd = advanceLedger(stored!.ledger, [], d('2026-06-30'), factor, seeded.settings).ledger;
    expect(atEnd).toEqual(replay.ledger);

    const s = snapshot(atEnd, d('2026-06-30'));
    expect(s).toMatchObject({ dpd: 81, bucket: 'M3', classification: 'special_mention', status: 'active' });
    expect(formatYuan(s.outstanding.principal)).toBe('96098.60');
    expect(formatYuan(s.outstanding.overduePrincipal)).toBe('25227.28');
    expect(formatYuan(s.outstanding.overdueInterest)).toBe('857.33');
    expect(formatYuan(s.outstanding.penalty)).toBe('232.52');
    expect(formatYuan(s.outstanding.compound)).toBe('7.80');
    expect(formatYuan(s.creditBalance)).toBe('0.00');
    const i3 = atEnd.installments[2]!;
    expect([i3.principalPaid, i3.principalDue, i3.interestPaid, i3.interestDue].map(formatYuan)).toEqual([
      '4396.82',
      '9825.49',
      '502.48',
      '502.48',
    ]);
    expect(
      [penaltyAccrued(i3), i3.penaltyPaid, compoundAccrued(i3), i3.compoundPaid].map(formatYuan),
    ).toEqual(['152.80', '95.80', '4.90', '4.90']);

    // The allocations stored per repayment are the replay's, and the list shows them.
    const totals = await listRepaymentTotals(db, seeded.loan.id);
    for (const r of totals) {
      const a = replay.allocations.find((x) => x.repaymentKey === r.id)!;
      expect(r.allocated).toEqual(a.totals);
      expect(r.toCreditBalance).toBe(a.toCreditBalance);
    }
    expect(await listRepaymentsByLoan(db, seeded.loan.id)).toEqual(booked);
    expect(booked[2]).toEqual({
      id: booked[2]!.id,
      date: '2026-05-20',
      amount: '5000.00',
      allocated: {
        penalty: expect.any(String),
        compound: expect.any(String),
        interest: expect.any(String),
        principal: expect.any(String),
        fee: '0.00',
      },
      toCreditBalance: '0.00',
    });

    // Booking moves money only: DPD, bucket and class wait for end of day.
    const loan = await findLoan(db, seeded.loan.id);
    expect(loan).toMatchObject({
      status: 'active',
      accruedThrough: '2026-05-19',
      dpd: 0,
      bucket: 'M0',
      classification: 'normal',
      creditBalance: 0,
    });
    expect(loan?.principalOwed).toBe(s.outstanding.principal);

    const events = await listLoanEvents(db, seeded.loan.id);
    expect(events.map((e) => [e.businessDate, e.eventType, e.oldValue, e.newValue, e.actor])).toEqual([
      ['2026-02-10', 'accrual', '2026-01-10', '2026-02-09', 'officer.hq'],
      ['2026-02-10', 'repayment', null, '10327.97', 'officer.hq'],
      ['2026-03-10', 'accrual', '2026-02-09', '2026-03-09', 'officer.hq'],
      ['2026-03-10', 'repayment', null, '10327.97', 'officer.hq'],
      ['2026-05-20', 'accrual', '2026-03-09', '2026-05-19', 'officer.hq'],
      ['2026-05-20', 'repayment', null, '5000.00', 'officer.hq'],
    ]);
    expect(events[5]?.payload).toMatchObject({
      repaymentId: booked[2]!.id,
      amount: '5000.00',
      allocated: booked[2]!.allocated,
      toCreditBalance: '0.00',
    });
  });

  it('books a repeated request once and returns the first result, even after the date moved', async () => {
    const { db } = t;
    const seeded = await seedLoan(db);
    await onBusinessDate(db, '2026-02-10');
    const first = await book(seeded, '2026-02-10', '10400.00', 'idem-1');
    expect(first).toEqual({
      id: first.id,
      date: '2026-02-10',
      amount: '10400.00',
      allocated: { penalty: '0.00', compound: '0.00', interest: '600.00', principal: '9727.97', fee: '0.00' },
      toCreditBalance: '72.03',
    });
    const before = await footprint(db);
    // "10400" is the same amount as "10400.00": the same body.
    expect(await book(seeded, '2026-02-10', '10400', 'idem-1')).toEqual(first);
    await onBusinessDate(db, '2026-02-11');
    expect(await book(seeded, '2026-02-10', '10400.00', 'idem-1')).toEqual(first);
    expect(await footprint(db)).toEqual(before);
    expect(await listRepaymentsByLoan(db, seeded.loan.id)).toEqual([first]);

    for (const other of [
      { amount: '10400.01' },
      { date: '2026-02-11' },
      { repaymentNo: 'LS-1' },
      { loanId: (await seedLoan(db)).loan.id },
    ]) {
      const err = await refusal(
        bookRepayment(db, {
          loanId: seeded.loan.id,
          date: '2026-02-10',
          amount: '10400.00',
          idempotencyKey: 'idem-1',
          actor: 'officer.hq',
          ...other,
        }),
      );
      expect(err).toMatchObject({ code: 'conflict', field: 'idempotencyKey' });
    }
    expect(await footprint(db)).toMatchObject({ counts: before.counts });
  });

  it('never books a 流水号 twice', async () => {
    const { db } = t;
    const seeded = await seedLoan(db);
    await onBusinessDate(db, '2026-02-10');
    await book(seeded, '2026-02-10', '100.00', 'no-1', { repaymentNo: 'LS-0001' });
    const before = await footprint(db);
    const err = await refusal(book(seeded, '2026-02-10', '100.00', 'no-2', { repaymentNo: 'LS-0001' }));
    expect(err).toMatchObject({ code: 'conflict', field: 'repaymentNo' });
    expect(await footprint(db)).toEqual(before);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { db } = t;
    const seeded = await seedLoan(db);
    await onBusinessDate(db, '2026-02-10');
    await book(seeded, '2026-02-10', '50.00', 'bad-warmup');
    const good: BookRepaymentInput = {
      loanId: seeded.loan.id,
      date: '2026-02-10',
      amount: '100.00',
      idempotencyKey: 'bad-1',
      actor: 'officer.hq',
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ amount: '0.00' }, 'bad_input', 'amount'],
      [{ amount: '-5.00' }, 'bad_input', 'amount'],
      [{ amount: '1.234' }, 'bad_input', 'amount'],
      [{ amount: '1e3' }, 'bad_input', 'amount'],
      [{ amount: '1,000.00' }, 'bad_input', 'amount'],
      [{ amount: 'abc' }, 'bad_input', 'amount'],
      [{ amount: '' }, 'bad_input', 'amount'],
      [{ amount: 100 }, 'bad_input', 'amount'],
      [{ date: '2026-02-30' }, 'bad_input', 'date'],
      [{ date: '2026/02/10' }, 'bad_input', 'date'],
      [{ date: 'tomorrow' }, 'bad_input', 'date'],
      [{ date: undefined }, 'bad_input', 'date'],
      [{ date: '2026-01-10' }, 'bad_input', 'date'],
      [{ date: '2025-12-31' }, 'bad_input', 'date'],
      [{ date: '2026-02-09' }, 'bad_input', 'date'],
      [{ date: '2026-02-11' }, 'bad_input', 'date'],
      [{ idempotencyKey: '' }, 'bad_input', 'idempotencyKey'],
      [{ idempotencyKey: 'k'.repeat(101) }, 'bad_input', 'idempotencyKey'],
      [{ idempotencyKey: undefined }, 'bad_input', 'idempotencyKey'],
      [{ repaymentNo: '' }, 'bad_input', 'repaymentNo'],
      [{ actor: '' }, 'bad_input', 'actor'],
      [{ loanId: 'abc' }, 'bad_input', 'loanId'],
      [{ loanId: '-1' }, 'bad_input', 'loanId'],
      [{ loanId: '99999999' }, 'not_found', 'loanId'],
    ];
    const before = await footprint(db);
    for (const [change, code, field] of cases) {
      const err = await refusal(bookRepayment(db, { ...good, ...change } as BookRepaymentInput));
      expect({ change, code: err.code, field: err.field }).toEqual({ change, code, field });
      expect(err.message).toContain(field);
    }
    expect(await footprint(db)).toEqual(before);
    // A 100-character key is fine.
    await book(seeded, '2026-02-10', '100.00', 'k'.repeat(100));
  });

  it('refuses a written-off loan and a day already closed by end of day, writing nothing', async () => {
    const { db } = t;
    const seeded = await seedLoan(db);
    await onBusinessDate(db, '2026-03-01');
    await db.query("update loan set accrued_through = '2026-03-01' where id = $1", [seeded.loan.id]);
    let before = await footprint(db);
    expect(await refusal(book(seeded, '2026-03-01', '10.00', 'closed-1'))).toMatchObject({
      code: 'rule_violation',
      field: 'date',
    });
    expect(await footprint(db)).toEqual(before);

    await db.query("update loan set accrued_through = '2026-02-28', status = 'written_off' where id = $1", [
      seeded.loan.id,
    ]);
    before = await footprint(db);
    expect(await refusal(book(seeded, '2026-03-01', '10.00', 'wo-1'))).toMatchObject({
      code: 'rule_violation',
      field: 'loanId',
    });
    expect(await footprint(db)).toEqual(before);
  });

  it('settles the loan when everything is paid, records the change, and keeps later money as credit', async () => {
    const { db } = t;
    const seeded = await seedLoan(db, {
      principal: '1000.00',
      annualRate: '6.00',
      term: 6,
      method: 'bullet',
      disbursementDate: '2026-03-31',
    });
    // Due 2026-09-30 with interest round(1000 × 6 % / 360 × 183) = 30.50; two days late: penalty and compound.
    await onBusinessDate(db, '2026-10-02');
    const before = await loadLoanWithLedger(db, seeded.loan.id);
    expect(before?.ledger.installments[0]?.interestDue).toBe(3_050);
    const paid = await book(seeded, '2026-10-02', '1100.00', 'settle-1');
    const after = await loadLoanWithLedger(db, seeded.loan.id);
    const i = after!.ledger.installments[0]!;
    // Overdue on 10-01 only (10-02's accrual comes at its end of day): 1000 × 9 %/360 = 0.25, 30.50 × 9 %/360.
    expect([penaltyAccrued(i), i.penaltyPaid, compoundAccrued(i), i.compoundPaid]).toEqual([25, 25, 1, 1]);
    expect(paid).toEqual({
      id: paid.id,
      date: '2026-10-02',
      amount: '1100.00',
      allocated: { penalty: '0.25', compound: '0.01', interest: '30.50', principal: '1000.00', fee: '0.00' },
      toCreditBalance: '69.24',
    });
    expect(after?.loan).toMatchObject({ status: 'settled', principalOwed: 0, creditBalance: 6_924 });
    const events = await listLoanEvents(db, seeded.loan.id);
    expect(events.at(-1)).toMatchObject({
      businessDate: '2026-10-02',
      eventType: 'status',
      oldValue: 'active',
      newValue: 'settled',
      rule: 'all-paid',
      actor: 'officer.hq',
    });

    // RULES.md §3.4: money after settlement adds to the credit balance; the loan stays settled.
    await onBusinessDate(db, '2026-10-05');
    expect(await book(seeded, '2026-10-05', '10.00', 'settle-2')).toMatchObject({
      allocated: { penalty: '0.00', compound: '0.00', interest: '0.00', principal: '0.00', fee: '0.00' },
      toCreditBalance: '10.00',
    });
    expect(await findLoan(db, seeded.loan.id)).toMatchObject({ status: 'settled', creditBalance: 7_924 });
    expect((await listLoanEvents(db, seeded.loan.id)).filter((e) => e.eventType === 'status')).toHaveLength(
      1,
    );
  });

  it('applies a waiting credit balance on the due dates it crosses while catching up', async () => {
    const { db } = t;
    const seeded = await seedLoan(db);
    // 20,000.00 on the first due date: 10,327.97 pays installment 1, 9,672.03 waits for 2026-03-10.
    await onBusinessDate(db, '2026-02-10');
    const first = await book(seeded, '2026-02-10', '20000.00', 'credit-1');
    expect(first.toCreditBalance).toBe('9672.03');
    // Nothing runs until 2026-04-15: the catch-up spends the credit on 03-10, then 04-10 is overdue.
    await onBusinessDate(db, '2026-04-15');
    const second = await book(seeded, '2026-04-15', '1.00', 'credit-2');
    const payments = [
      { date: d('2026-02-10'), amount: yuan('20000.00'), key: first.id },
      { date: d('2026-04-15'), amount: yuan('1.00'), key: second.id },
    ];
    const replay = replayLoan({
      terms: seeded.loan.terms,
      settings: seeded.settings,
      repayments: payments,
      asOf: d('2026-04-15'),
    });
    const stored = await loadLoanWithLedger(db, seeded.loan.id);
    const factor = accrualFactor(seeded.loan.terms.annualRate, seeded.settings);
    expect(advanceLedger(stored!.ledger, [], d('2026-04-15'), factor, seeded.settings).ledger).toEqual(
      replay.ledger,
    );
    const creditRows = (await listAllocations(db, seeded.loan.id)).filter((a) => a.repaymentId === null);
    const creditInReplay = replay.allocations
      .filter((a) => a.repaymentKey === null)
      .flatMap((a) => a.lines.map((l) => ({ repaymentId: null, valueDate: a.date, ...l })));
    expect(creditRows).toEqual(creditInReplay);
    expect(creditRows.every((r) => r.valueDate === '2026-03-10')).toBe(true);
    expect(creditRows.reduce((s, r) => s + r.amount, 0)).toBe(yuan('9672.03'));
  });
});
