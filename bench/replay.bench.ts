import {
  addDays,
  DEFAULT_CLASSIFICATION_SETTINGS,
  DEFAULT_SERVICING,
  fen,
  type LoanTerms,
  type LocalDate,
  parseAnnualRate,
  REPAYMENT_METHODS,
  replayTimeline,
} from '@daihou/core';

export interface ReplayBenchResult {
  readonly benchmark: 'replay';
  readonly loans: number;
  /** As-of history intervals the replays produced (days something changed), summed over the loans. */
  readonly historyIntervals: number;
  readonly seconds: number;
  readonly microsecondsPerLoan: number;
}

const AS_OF = '2026-11-20' as LocalDate;

/**
 * The per-loan replay an import runs (core replayTimeline, schedule generation included: every day end of day would evaluate, with
 * accrual, DPD, bucket, class and the as-of history) on one core, over the import benchmark's book:
 * amortising loans of 12–36 months disbursed over the 1,000 days before, none repaid, so about 40 % are
 * overdue and the overdue ones are evaluated on every bucket and class threshold and due date.
 */
export function benchReplay(loans = 100_000): ReplayBenchResult {
  const rates = ['3.45', '4.35', '4.90', '5.60', '6.00', '8.50', '12.00'].map((r) => parseAnnualRate(r));
  const terms: LoanTerms[] = [];
  for (let i = 0; i < loans; i++) {
    terms.push({
      principal: fen([5_000_000, 10_000_000, 30_000_000, 100_000_000, 8_888_888][i % 5]!),
      annualRate: rates[i % rates.length]!,
      term: [12, 24, 36, 24][i % 4]!,
      method: REPAYMENT_METHODS[i % 3]!,
      frequency: 'monthly',
      disbursementDate: addDays(AS_OF, -1 - ((i * 7919) % 1000)),
    });
  }
  const replay = (t: LoanTerms) =>
    replayTimeline({
      terms: t,
      settings: DEFAULT_SERVICING,
      classSettings: DEFAULT_CLASSIFICATION_SETTINGS,
      repayments: [],
      asOf: AS_OF,
    });
  // Warm up the JIT on a slice first so the measurement is the steady state.
  for (let i = 0; i < 2000; i++) replay(terms[i % terms.length]!);
  const t0 = process.hrtime.bigint();
  let historyIntervals = 0;
  for (const t of terms) historyIntervals += replay(t).history.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    benchmark: 'replay',
    loans,
    historyIntervals,
    seconds: Number(seconds.toFixed(3)),
    microsecondsPerLoan: Number(((seconds * 1e6) / loans).toFixed(1)),
  };
}
