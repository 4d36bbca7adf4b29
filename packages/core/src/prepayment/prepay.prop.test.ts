import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  fromEpochDay,
  type LocalDate,
  toEpochDay,
} from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';
import { accrualFactor } from '../interest/accrual';
import { type Fen, formatYuan } from '../money/fen';
import {
  type LoanTerms,
  periodMonths,
  REPAYMENT_METHODS,
  type ServicingSettings,
} from '../product/loan-terms';
import { parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import type { LoanLedger } from '../servicing/ledger';
import { advanceLedger, replayLoan } from '../servicing/replay';
import { isSettled } from '../servicing/snapshot';
import { type PrepaymentResult, prepay } from './prepay';
import { payoffQuote, prepaymentQuote } from './prepayment-quote';

const idiv = (a: number, b: number): number => (a - (a % b)) / b;

interface Scenario {
  readonly terms: LoanTerms;
  readonly settings: ServicingSettings;
  readonly date: LocalDate;
  readonly ledger: LoanLedger;
}

/**
 * A loan of any method and frequency, any product settings, a history of repayments (on time, late,
 * partial, overpaid) replayed to the eve of the prepayment date, which falls anywhere from the day after
 * disbursement to two months past maturity.
 */

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    method: fc.constantFrom(...REPAYMENT_METHODS),
    frequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
    term: fc.integer({ min: 1, max: 24 }),
    perInstallment: fc.integer({ min: 100, max: 5_000_000 }),
    rateHundredths: fc.integer({ min: 0, max: 2400 }),
    disbursed: fc.integer({
      min: toEpochDay('2025-01-01' as LocalDate),
      max: toEpochDay('2027-12-31' as LocalDate),
    }),
    dayBasis: fc.constantFrom(360, 365),
    feeTenThousandths: fc.integer({ min: 0, max: 300 }),
    freeDays: fc.integer({ min: 0, max: 400 }),
    uplift: fc.constantFrom('0.3', '0.4', '0.5'),
    graceDays: fc.integer({ min: 0, max: 5 }),
    at: fc.integer({ min: 0, max: 1000 }),
    payments: fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 10_000 }), share: fc.integer({ min: 1, max: 1500 }) }),
      { maxLength: 10 },
    ),
  })
  .map((g): Scenario => {
    const installments = g.method === 'bullet' ? 1 : g.term;
    const principal = g.perInstallment * installments;
    const disbursementDate = fromEpochDay(g.disbursed);
    const terms = parseLoanTerms({
      principal: formatYuan(principal),
      annualRate: formatYuan(g.rateHundredths),
      term: g.term,
      method: g.method,
      frequency: g.frequency,
      disbursementDate,
    });
    const settings = parseServicingSettings({
      dayBasis: g.dayBasis,
      prepaymentFeeRate: `0.${`${g.feeTenThousandths}`.padStart(4, '0')}`,
      prepaymentFeeFreeDays: g.freeDays,
      penaltyUplift: g.uplift,
      graceDays: g.graceDays,
    });
    const months = g.method === 'bullet' ? g.term : g.term * periodMonths(g.frequency);
    const span = daysBetween(disbursementDate, addMonthsClamped(disbursementDate, months)) + 60;
    const offset = 1 + idiv(g.at * (span - 1), 1000);
    const date = addDays(disbursementDate, offset);
    const repayments =
      offset < 2
        ? []
        : g.payments.map((p) => ({
            date: addDays(disbursementDate, 1 + (p.at % (offset - 1))),
            amount: (1 + idiv(g.perInstallment * p.share, 1000)) as Fen,
          }));
    const { ledger } = replayLoan({ terms, settings, repayments, asOf: addDays(date, -1) });
    return { terms, settings, date, ledger };
  });

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const paidTotal = (l: LoanLedger): number =>
  sum(
    l.installments.map((i) => i.principalPaid + i.interestPaid + i.feePaid + i.penaltyPaid + i.compoundPaid),
  );

/** RULES.md §7: every fen of the payment and of the credit balance is accounted for, principal adds up. */
function expectMoneyConserved(s: Scenario, amount: number, r: PrepaymentResult): void {
  let spent = 0;
  for (const a of r.allocations) {
    const lines = sum(a.lines.map((l) => l.amount));
    expect(a.amount).toBe(lines + a.toCreditBalance);
    for (const c of ['penalty', 'compound', 'fee', 'interest', 'principal'] as const) {
      expect(a.totals[c]).toBe(sum(a.lines.filter((l) => l.component === c).map((l) => l.amount)));
    }
    for (const l of a.lines) expect(l.amount).toBeGreaterThan(0);
    spent += lines;
  }
  const payment = r.allocations.filter((a) => a.repaymentKey !== null);
  expect(sum(payment.map((a) => a.amount))).toBe(amount);
  expect(r.allocations.filter((a) => a.repaymentKey === null).every((a) => a.toCreditBalance === 0)).toBe(
    true,
  );
  expect(r.ledger.creditBalance).toBe(s.ledger.creditBalance + amount - spent);
  expect(r.ledger.creditBalance).toBeGreaterThanOrEqual(0);
  expect(paidTotal(r.ledger) - paidTotal(s.ledger)).toBe(spent);
  // disbursed principal = principal paid + principal owed
  expect(sum(r.ledger.installments.map((i) => i.principalDue))).toBe(s.terms.principal);
  for (const i of r.ledger.installments) {
    expect(i.principalPaid).toBeLessThanOrEqual(i.principalDue);
    expect(i.interestPaid).toBeLessThanOrEqual(i.interestDue);
    expect(i.feePaid).toBeLessThanOrEqual(i.feeDue);
  }
  const dates = r.ledger.installments.map((i) => i.dueDate);
  expect(dates).toEqual([...dates].sort());
  const periods = r.ledger.installments.map((i) => i.period);
  expect(new Set(periods).size).toBe(periods.length);
  expect(r.ledger.accruedThrough).toBe(s.ledger.accruedThrough);
}

const RUNS = { numRuns: 300 };

describe('payoff properties', () => {
  it('paying the quote’s net amount (plus any extra) settles the loan; the extra is credit balance', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 100_000 }), (s, extra) => {
        fc.pre(!isSettled(s.ledger));
        const q = payoffQuote(s.ledger, s.terms, s.settings, s.date);
        expect(q.grossAmount).toBe(q.creditBalanceApplied + q.netAmount);
        const amount = q.netAmount + extra;
        const r = prepay(s.ledger, s.terms, s.settings, s.date, amount as Fen, 'payoff');
        expect(r.status).toBe('settled');
        expect(isSettled(r.ledger)).toBe(true);
        expect(r.ledger.creditBalance).toBe(s.ledger.creditBalance - q.creditBalanceApplied + extra);
        expect(sum(r.ledger.installments.map((i) => i.principalPaid))).toBe(s.terms.principal);
        expect(r.charge?.prepaidPrincipal ?? 0).toBe(q.notDuePrincipal);
        expect(r.charge?.brokenPeriodInterest ?? 0).toBe(q.brokenPeriodInterest);
        expect(r.charge?.prepaymentFee ?? 0).toBe(q.prepaymentFee);
        expect(r.scheduleChange.after).toEqual([]);
        expectMoneyConserved(s, amount, r);
      }),
      RUNS,
    );
  });

  it('the quote’s net amount is exactly what a payoff needs: one fen less is refused', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        fc.pre(!isSettled(s.ledger));
        const q = payoffQuote(s.ledger, s.terms, s.settings, s.date);
        const exact = prepay(s.ledger, s.terms, s.settings, s.date, q.netAmount, 'payoff');
        expect(exact.status).toBe('settled');
        if (q.netAmount > 0) {
          expect(exact.ledger.creditBalance).toBe(0);
          let field: string | undefined;
          try {
            prepay(s.ledger, s.terms, s.settings, s.date, (q.netAmount - 1) as Fen, 'payoff');
          } catch (e) {
            if (e instanceof DomainError) field = e.field;
          }
          expect(field).toBe('amount');
        }
      }),
      RUNS,
    );
  });
});

describe('partial prepayment properties', () => {
  const modeArb = fc.constantFrom('keep_term' as const, 'keep_installment' as const);

  it('paying a partial quote’s net amount prepays exactly its principal; servicing then runs to settlement', () => {
    fc.assert(
      fc.property(scenarioArb, modeArb, fc.integer({ min: 1, max: 1_000_000 }), (s, mode, pick) => {
        fc.pre(!isSettled(s.ledger));
        const payoff = payoffQuote(s.ledger, s.terms, s.settings, s.date);
        fc.pre(payoff.notDuePrincipal >= 2);
        const principal = (1 + idiv(pick * (payoff.notDuePrincipal - 2), 1_000_000)) as Fen;
        const q = prepaymentQuote(s.ledger, s.terms, s.settings, s.date, principal);
        fc.pre(q.netAmount > 0);
        const r = prepay(s.ledger, s.terms, s.settings, s.date, q.netAmount, mode);
        expect(r.charge?.prepaidPrincipal).toBe(principal);
        expect(r.charge?.brokenPeriodInterest).toBe(q.brokenPeriodInterest);
        expect(r.charge?.prepaymentFee).toBe(q.prepaymentFee);
        expect(r.ledger.creditBalance).toBe(0);
        expect(r.status).toBe('active');
        expectMoneyConserved(s, q.netAmount, r);

        // The remaining schedule: same due dates and periods as before, fewer or as many, principal adds up.
        const { before, after } = r.scheduleChange;
        expect(sum(after.map((i) => i.principal))).toBe(q.principalAfter);
        const beforeByPeriod = new Map(before.map((i) => [i.period, i.dueDate]));
        for (const i of after) expect(beforeByPeriod.get(i.period)).toBe(i.dueDate);
        expect(after.length).toBeLessThanOrEqual(before.length);
        expect(after[0]?.period).toBe(before[0]?.period);
        if (mode === 'keep_installment') {
          const keptTerm = prepay(s.ledger, s.terms, s.settings, s.date, q.netAmount, 'keep_term');
          expect(after.length).toBeLessThanOrEqual(keptTerm.scheduleChange.after.length);
        }

        // Everything due was settled, so paying each new installment on its due date settles the loan.
        const last = after[after.length - 1]!;
        const end = advanceLedger(
          r.ledger,
          after
            .filter((i) => i.principal + i.interest > 0)
            .map((i) => ({ date: i.dueDate, amount: (i.principal + i.interest) as Fen, key: `${i.period}` })),
          last.dueDate,
          accrualFactor(s.terms.annualRate, s.settings),
          s.settings,
        ).ledger;
        expect(isSettled(end)).toBe(true);
        expect(end.creditBalance).toBe(0);
      }),
      RUNS,
    );
  });

  it('any amount either is refused naming amount or prepays the most principal it can, conserving money', () => {
    fc.assert(
      fc.property(scenarioArb, modeArb, fc.integer({ min: -100, max: 20_000_000 }), (s, mode, amount) => {
        fc.pre(!isSettled(s.ledger));
        let r: PrepaymentResult;
        try {
          r = prepay(s.ledger, s.terms, s.settings, s.date, amount as Fen, mode);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect((e as DomainError).field).toBe('amount');
          const q = payoffQuote(s.ledger, s.terms, s.settings, s.date);
          const owedToday = q.duePrincipal + q.dueInterest + q.penalty + q.compound + q.dueFee;
          const pool = s.ledger.creditBalance + amount - owedToday;
          // refused only when nothing is left after what is due, or it would pay off everything
          const tooLittle = amount <= 0 || pool <= 0 || q.notDuePrincipal === 0;
          const tooMuch = pool >= q.notDuePrincipal + q.brokenPeriodInterest + q.prepaymentFee;
          const notEvenAFen =
            pool > 0 &&
            q.notDuePrincipal > 1 &&
            prepaymentQuote(s.ledger, s.terms, s.settings, s.date, 1 as Fen).grossAmount - owedToday > pool;
          expect(tooLittle || tooMuch || notEvenAFen).toBe(true);
          return;
        }
        expect(r.status).toBe('active');
        expectMoneyConserved(s, amount, r);
        const x = r.charge!.prepaidPrincipal;
        const notDue = sum(r.scheduleChange.before.map((i) => i.principal));
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(notDue);
        // maximal: one fen more of principal would need more money than was brought
        if (x + 1 < notDue) {
          const next = prepaymentQuote(s.ledger, s.terms, s.settings, s.date, (x + 1) as Fen);
          expect(next.netAmount).toBeGreaterThan(amount);
        }
      }),
      RUNS,
    );
  });
});
