import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import { DEFAULT_SERVICING, REPAYMENT_METHODS } from '../product/loan-terms';
import { parseLoanTerms } from '../product/validate-terms';
import { replayLoan } from '../servicing/replay';
import {
  allocateRecovery,
  totalOf,
  WRITE_OFF_COMPONENTS,
  type WriteOffAmounts,
  writeOffAmounts,
} from './write-off';

const start = '2025-01-10' as LocalDate;
const zero: WriteOffAmounts = {
  principal: 0 as Fen,
  interest: 0 as Fen,
  penalty: 0 as Fen,
  compound: 0 as Fen,
  fee: 0 as Fen,
};

const scenario = fc.record({
  principal: fc.integer({ min: 100_000, max: 50_000_000 }),
  rate: fc.constantFrom('0', '4.35', '6.00', '12.5', '18'),
  term: fc.integer({ min: 1, max: 24 }),
  method: fc.constantFrom(...REPAYMENT_METHODS),
  repayments: fc.array(
    fc.record({ day: fc.integer({ min: 1, max: 700 }), amount: fc.integer({ min: 1, max: 3_000_000 }) }),
    {
      maxLength: 8,
    },
  ),
  asOfDay: fc.integer({ min: 701, max: 900 }),
  recoveries: fc.array(fc.integer({ min: 1, max: 20_000_000 }), { maxLength: 6 }),
});

describe('write-off keeps RULES.md §7: disbursed = principal paid + written off + owed', () => {
  it('for random loans, repayments, a write-off and later recoveries', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const terms = parseLoanTerms({
          principal: (s.principal / 100).toFixed(2),
          annualRate: s.rate,
          term: s.term,
          method: s.method,
          disbursementDate: start,
        });
        const { ledger } = replayLoan({
          terms,
          settings: DEFAULT_SERVICING,
          repayments: s.repayments.map((r) => ({ date: addDays(start, r.day), amount: r.amount as Fen })),
          asOf: addDays(start, s.asOfDay),
        });
        const paidBefore = ledger.installments.reduce((a, i) => a + i.principalPaid, 0);
        const off = writeOffAmounts(ledger);
        // At the write-off the whole principal owed leaves the books: owed becomes 0.
        expect(paidBefore + off.principal + 0).toBe(terms.principal);
        let recovered: WriteOffAmounts = zero;
        for (const amount of s.recoveries) {
          const left = totalOf(off) - totalOf(recovered);
          if (left === 0) break;
          const a = allocateRecovery(off, recovered, (amount > left ? left : amount) as Fen);
          const sum = WRITE_OFF_COMPONENTS.reduce((x, c) => x + a[c], 0);
          expect(sum).toBe(amount > left ? left : amount);
          recovered = Object.fromEntries(
            WRITE_OFF_COMPONENTS.map((c) => [c, recovered[c] + a[c]]),
          ) as unknown as WriteOffAmounts;
          for (const c of WRITE_OFF_COMPONENTS) {
            expect(recovered[c]).toBeGreaterThanOrEqual(0);
            expect(recovered[c]).toBeLessThanOrEqual(off[c]);
          }
          // paid (before + recovered) + still written off + owed (0) = disbursed
          expect(paidBefore + recovered.principal + (off.principal - recovered.principal) + 0).toBe(
            terms.principal,
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});
