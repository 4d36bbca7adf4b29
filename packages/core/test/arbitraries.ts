import {
  addDays,
  COMPONENTS,
  type Component,
  DEFAULT_SERVICING,
  daysBetween,
  daysInMonth,
  type Fen,
  FREQUENCIES,
  formatYuan,
  generateSchedule,
  type LoanTerms,
  type LocalDate,
  maturityDate,
  parseLoanTerms,
  parseLocalDate,
  REPAYMENT_METHODS,
  ratio,
  type ScheduledInstallment,
  type ServicingSettings,
} from '@daihou/core';
import fc from 'fast-check';

const pad = (n: number, width: number): string => `${n}`.padStart(width, '0');

/** A safe integer in [min, max]; fc.integer stops at 2^31 and loan amounts do not. */
export const safeIntBetween = (min: number, max: number): fc.Arbitrary<number> =>
  fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);

/**
 * A business date between two years. Days 28–31 (clamped to the month's last day) are drawn often:
 * they are where due-date clamping and month-end arithmetic go wrong.
 */
export const arbLocalDate = (fromYear = 2000, toYear = 2040): fc.Arbitrary<LocalDate> =>
  fc
    .record({
      y: fc.integer({ min: fromYear, max: toYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 31 }), weight: 2 },
        { arbitrary: fc.integer({ min: 28, max: 31 }), weight: 1 },
      ),
    })
    .map(({ y, m, d }) => {
      const last = daysInMonth(y, m);
      return parseLocalDate(`${y}-${pad(m, 2)}-${pad(Math.min(d, last), 2)}`);
    });

/** An annual rate in percent from 0.00 to 24.00 with two decimals, as edge text ("6.05"). */
export const arbRateText: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.integer({ min: 0, max: 2400 }), weight: 4 },
    { arbitrary: fc.constantFrom(0, 1, 2400), weight: 1 },
  )
  .map((bp) => `${(bp - (bp % 100)) / 100}.${pad(bp % 100, 2)}`);

/**
 * Loan terms over every method and frequency: term 1–60, rate 0–24 %, principal from the 1.00 yuan per
 * installment minimum up to 100 million yuan, disbursed on any day including the 29th–31st. Built
 * through parseLoanTerms, as an edge would.
 */
export const arbLoanTerms = (maxTerm = 60): fc.Arbitrary<LoanTerms> =>
  fc
    .record({
      method: fc.constantFrom(...REPAYMENT_METHODS),
      frequency: fc.constantFrom(...FREQUENCIES),
      term: fc.integer({ min: 1, max: maxTerm }),
      rate: arbRateText,
      disbursementDate: arbLocalDate(),
      extra: fc.oneof(
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        safeIntBetween(0, 10_000_000_000),
      ),
    })
    .map(({ method, frequency, term, rate, disbursementDate, extra }) => {
      const installments = method === 'bullet' ? 1 : term;
      return parseLoanTerms({
        principal: formatYuan(installments * 100 + extra),
        annualRate: rate,
        term,
        method,
        frequency,
        disbursementDate,
      });
    });

/** Servicing settings: mostly the defaults, otherwise any uplift, grace, day basis and waterfall order. */
export const arbServicingSettings: fc.Arbitrary<ServicingSettings> = fc.oneof(
  fc.constant(DEFAULT_SERVICING),
  fc
    .record({
      upliftPct: fc.integer({ min: 30, max: 50 }),
      graceDays: fc.integer({ min: 0, max: 10 }),
      dayBasis: fc.constantFrom(360 as const, 365 as const),
      order: fc.shuffledSubarray([...COMPONENTS], { minLength: COMPONENTS.length }),
    })
    .map(
      ({ upliftPct, graceDays, dayBasis, order }): ServicingSettings => ({
        ...DEFAULT_SERVICING,
        penaltyUplift: ratio(BigInt(upliftPct), 100n, `0.${pad(upliftPct, 2)}`),
        graceDays,
        dayBasis,
        waterfallOrder: order as Component[],
      }),
    ),
);

export interface Repayment {
  readonly date: LocalDate;
  readonly amount: Fen;
  readonly key: string;
}

export interface LoanHistory {
  readonly terms: LoanTerms;
  readonly settings: ServicingSettings;
  readonly schedule: readonly ScheduledInstallment[];
  /** In the order received (not sorted by date); keys are the ones replayLoan gives: "1", "2" … */
  readonly repayments: readonly Repayment[];
  readonly asOf: LocalDate;
}

/**
 * A loan with a random stream of repayments up to `asOf` (which runs to at most 150 days past
 * maturity): tiny amounts, exact installment amounts near their due dates, anything up to the total,
 * overpayments of the whole loan.
 */
export const arbLoanHistory = (maxTerm = 60, maxRepayments = 12): fc.Arbitrary<LoanHistory> =>
  fc.tuple(arbLoanTerms(maxTerm), arbServicingSettings).chain(([terms, settings]) => {
    const schedule = generateSchedule(terms, settings.dayBasis);
    const disbursed = terms.disbursementDate;
    const span = daysBetween(disbursed, maturityDate(schedule)) + 150;
    const dues = schedule.map((i) => i.principal + i.interest);
    const total = dues.reduce((a, b) => a + b, 0);
    const anyAmount = fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 100 }), weight: 2 },
      // an installment can be 0 (interest_only at 0 %), a repayment cannot
      { arbitrary: fc.constantFrom(...dues.filter((d) => d > 0)), weight: 3 },
      { arbitrary: safeIntBetween(1, total), weight: 1 },
      { arbitrary: safeIntBetween(total, total + 1_000_000), weight: 1 },
    );
    return fc.integer({ min: 1, max: span }).chain((asOfOffset) => {
      const onTimeish = fc
        .record({
          k: fc.integer({ min: 0, max: schedule.length - 1 }),
          late: fc.integer({ min: -5, max: 40 }),
          nudge: fc.constantFrom(0, 0, 0, 1, -1, 100),
        })
        .map(({ k, late, nudge }) => {
          const offset = daysBetween(disbursed, addDays(schedule[k]!.dueDate, late));
          const amount = dues[k]! + nudge;
          return {
            offset: offset < 1 ? 1 : Math.min(offset, asOfOffset),
            amount: Math.max(amount, 1),
          };
        });
      const anytime = fc.record({ offset: fc.integer({ min: 1, max: asOfOffset }), amount: anyAmount });
      return fc.array(fc.oneof(onTimeish, anytime), { maxLength: maxRepayments }).map(
        (raw): LoanHistory => ({
          terms,
          settings,
          schedule,
          repayments: raw.map((r, idx) => ({
            date: addDays(disbursed, r.offset),
            amount: r.amount as Fen,
            key: `${idx + 1}`,
          })),
          asOf: addDays(disbursed, asOfOffset),
        }),
      );
    });
  });

/** Repayments sorted by date, same-day ones kept in the order received (what replayLoan does). */
export const byDate = (repayments: readonly Repayment[]): Repayment[] =>
  [...repayments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
