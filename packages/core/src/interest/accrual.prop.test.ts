import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbLoanTerms, arbServicingSettings } from '../../test/arbitraries';
import { addDays, daysBetween } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import { parseAnnualRate } from '../rate/ratio';
import { generateSchedule } from '../schedule/generate-schedule';
import { type LoanLedger, openLedger } from '../servicing/ledger';
import { accrualFactor, accrueThrough, dailyAccrualMicro } from './accrual';

/** A ledger with random amounts already paid and accrued, accrued through a random date. */
const arbLedgerCase = fc.tuple(arbLoanTerms(24), arbServicingSettings).chain(([terms, settings]) => {
  const schedule = generateSchedule(terms, settings.dayBasis);
  const paidShare = fc.integer({ min: 0, max: 4 }); // quarters of what is due
  return fc.record({
    terms: fc.constant(terms),
    settings: fc.constant(settings),
    ledger: fc
      .record({
        shares: fc.array(fc.tuple(paidShare, paidShare, fc.bigInt({ min: 0n, max: 10n ** 12n })), {
          minLength: schedule.length,
          maxLength: schedule.length,
        }),
        startOffset: fc.integer({ min: 0, max: 800 }),
      })
      .map(({ shares, startOffset }): LoanLedger => {
        const open = openLedger(schedule, terms.disbursementDate);
        return {
          ...open,
          accruedThrough: addDays(terms.disbursementDate, startOffset),
          installments: open.installments.map((inst, k) => {
            const [p, i, micro] = shares[k]!;
            return {
              ...inst,
              principalPaid: ((inst.principalDue * p - ((inst.principalDue * p) % 4)) / 4) as Fen,
              interestPaid: ((inst.interestDue * i - ((inst.interestDue * i) % 4)) / 4) as Fen,
              penaltyMicro: micro,
              compoundMicro: micro / 3n,
            };
          }),
        };
      }),
    days: fc.integer({ min: 0, max: 400 }),
    cuts: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
  });
});

describe('accrueThrough properties', () => {
  it('day by day equals one jump, and any split equals one jump, while balances are constant', () => {
    fc.assert(
      fc.property(arbLedgerCase, ({ terms, settings, ledger, days, cuts }) => {
        const factor = accrualFactor(terms.annualRate, settings);
        const through = addDays(ledger.accruedThrough, days);
        const jump = accrueThrough(ledger, through, factor, settings.graceDays);
        let daily = ledger;
        for (let k = 1; k <= days; k++) {
          daily = accrueThrough(daily, addDays(ledger.accruedThrough, k), factor, settings.graceDays);
        }
        expect(daily).toEqual(jump);
        let split = ledger;
        for (const c of cuts.map((c) => c % (days + 1)).sort((a, b) => a - b)) {
          split = accrueThrough(split, addDays(ledger.accruedThrough, c), factor, settings.graceDays);
        }
        expect(accrueThrough(split, through, factor, settings.graceDays)).toEqual(jump);
        // never twice
        expect(accrueThrough(jump, through, factor, settings.graceDays)).toBe(jump);
      }),
      { numRuns: 150 },
    );
  });

  it('only grows, only on installments due before the date, and leaves paid amounts alone', () => {
    fc.assert(
      fc.property(arbLedgerCase, ({ terms, settings, ledger, days }) => {
        const factor = accrualFactor(terms.annualRate, settings);
        const through = addDays(ledger.accruedThrough, days);
        const after = accrueThrough(ledger, through, factor, settings.graceDays);
        after.installments.forEach((inst, k) => {
          const before = ledger.installments[k]!;
          expect(inst.penaltyMicro >= before.penaltyMicro).toBe(true);
          expect(inst.compoundMicro >= before.compoundMicro).toBe(true);
          if (addDays(inst.dueDate, settings.graceDays) >= through) expect(inst).toBe(before);
          expect({ ...inst, penaltyMicro: 0n, compoundMicro: 0n }).toEqual({
            ...before,
            penaltyMicro: 0n,
            compoundMicro: 0n,
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});

/** RULES.md §3 written out with BigInt alone and the factor as configured (not reduced): the reference. */
const referenceDaily = (
  base: bigint,
  rate: { n: bigint; d: bigint },
  uplift: { n: bigint; d: bigint },
  dayBasis: number,
) => {
  const num = base * rate.n * (uplift.d + uplift.n) * 1_000_000n;
  const den = rate.d * uplift.d * 100n * BigInt(dayBasis);
  return (num * 2n + den) / (den * 2n);
};

describe('dailyAccrualMicro against the unreduced BigInt formula', () => {
  it('agrees for every base, rate and uplift, on both the small-number and the BigInt path', () => {
    fc.assert(
      fc.property(
        arbServicingSettings,
        fc.integer({ min: 0, max: 36_000_000 }), // 0–36 % in millionths of a percent
        fc.oneof(
          fc.integer({ min: 1, max: 10_000_000_000 }),
          fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        ),
        (settings, rateCentiBasis, base) => {
          const whole = (rateCentiBasis - (rateCentiBasis % 1_000_000)) / 1_000_000;
          const text = `${whole}.${String(rateCentiBasis % 1_000_000).padStart(6, '0')}`;
          const rate = parseAnnualRate(text);
          const factor = accrualFactor(rate, settings);
          const expected = referenceDaily(BigInt(base), rate, settings.penaltyUplift, settings.dayBasis);
          expect(dailyAccrualMicro(base, factor)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accrues days × the daily amount on each unpaid base, exactly', () => {
    fc.assert(
      fc.property(arbLedgerCase, ({ terms, settings, ledger, days }) => {
        const factor = accrualFactor(terms.annualRate, settings);
        const through = addDays(ledger.accruedThrough, days);
        const after = accrueThrough(ledger, through, factor, settings.graceDays);
        after.installments.forEach((inst, k) => {
          const before = ledger.installments[k]!;
          const max = (x: number, y: number) => (x > y ? x : y);
          const from = max(
            daysBetween(ledger.accruedThrough, addDays(before.dueDate, settings.graceDays)) + 1,
            1,
          );
          const n = BigInt(max(days - from + 1, 0));
          const principalBase = BigInt(max(before.principalDue - before.principalPaid, 0));
          const interestBase = BigInt(max(before.interestDue - before.interestPaid, 0));
          const rate = terms.annualRate;
          expect(inst.penaltyMicro - before.penaltyMicro).toBe(
            n * referenceDaily(principalBase, rate, settings.penaltyUplift, settings.dayBasis),
          );
          expect(inst.compoundMicro - before.compoundMicro).toBe(
            n * referenceDaily(interestBase, rate, settings.penaltyUplift, settings.dayBasis),
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});
