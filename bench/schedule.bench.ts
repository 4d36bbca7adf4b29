import {
  fen,
  generateSchedule,
  type LoanTerms,
  parseAnnualRate,
  parseLocalDate,
  REPAYMENT_METHODS,
} from '@daihou/core';

export interface ScheduleBenchResult {
  readonly benchmark: 'schedule';
  readonly loans: number;
  readonly installments: number;
  readonly seconds: number;
  readonly installmentsPerSecond: number;
}

/** Schedule generation in core on one core: a mix of methods, rates and terms (24 on average). */
export function benchSchedule(loans = 100_000): ScheduleBenchResult {
  const rates = ['3.45', '4.35', '4.90', '6.00', '7.20', '8.50', '9.99', '12.00'].map((r) =>
    parseAnnualRate(r),
  );
  const starts = ['2024-01-31', '2025-02-28', '2025-06-15', '2026-03-10'].map((d) => parseLocalDate(d));
  const terms: LoanTerms[] = [];
  for (let i = 0; i < loans; i++) {
    const method = REPAYMENT_METHODS[i % 3]!; // amortising methods; bullet has one installment
    terms.push({
      principal: fen(1_000_000 + ((i * 7919) % 50_000_000)),
      annualRate: rates[i % rates.length]!,
      term: 12 + (i % 25),
      method,
      frequency: 'monthly',
      disbursementDate: starts[i % starts.length]!,
    });
  }
  // Warm up the JIT on a slice first so the measurement is the steady state.
  for (let i = 0; i < 2000; i++) generateSchedule(terms[i % terms.length]!);
  const t0 = process.hrtime.bigint();
  let installments = 0;
  for (const t of terms) installments += generateSchedule(t).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    benchmark: 'schedule',
    loans,
    installments,
    seconds: Number(seconds.toFixed(3)),
    installmentsPerSecond: Math.round(installments / seconds),
  };
}
