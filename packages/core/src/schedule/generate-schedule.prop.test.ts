import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbLoanTerms } from '../../test/arbitraries';
import { daysBetween, daysInMonth, parts } from '../calendar/local-date';
import { periodMonths } from '../product/loan-terms';
import { generateSchedule } from './generate-schedule';

/** round-half-up(num / den) on non-negative bigints. */
const halfUp = (num: bigint, den: bigint): bigint => (num * 2n + den) / (den * 2n);

describe('generateSchedule properties', () => {
  it('repays exactly the principal, never a negative principal, on clamped, strictly increasing dates', () => {
    fc.assert(
      fc.property(arbLoanTerms(), fc.constantFrom(360 as const, 365 as const), (terms, basis) => {
        const s = generateSchedule(terms, basis);
        expect(s.length).toBe(terms.method === 'bullet' ? 1 : terms.term);
        expect(s.reduce((a, i) => a + i.principal, 0)).toBe(terms.principal);
        const start = parts(terms.disbursementDate);
        const step = terms.method === 'bullet' ? terms.term : periodMonths(terms.frequency);
        let previous = terms.disbursementDate;
        s.forEach((inst, k) => {
          expect(inst.period).toBe(k + 1);
          expect(Number.isSafeInteger(inst.principal) && inst.principal >= 0).toBe(true);
          expect(Number.isSafeInteger(inst.interest) && inst.interest >= 0).toBe(true);
          expect(inst.dueDate > previous).toBe(true);
          previous = inst.dueDate;
          // clamp rule: k+1 periods after disbursement, on its day of month or the month's last day
          const index = start.y * 12 + start.m - 1 + (k + 1) * step;
          const y = (index - (index % 12)) / 12;
          const m = (index % 12) + 1;
          const last = daysInMonth(y, m);
          expect(parts(inst.dueDate)).toEqual({ y, m, d: start.d > last ? last : start.d });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('follows the RULES.md §2 formulas with exact rationals', () => {
    fc.assert(
      fc.property(arbLoanTerms(), (terms) => {
        const s = generateSchedule(terms);
        const P = BigInt(terms.principal);
        const { n: an, d: ad } = terms.annualRate;
        if (terms.method === 'bullet') {
          const days = BigInt(daysBetween(terms.disbursementDate, s[0]!.dueDate));
          expect(BigInt(s[0]!.interest)).toBe(halfUp(P * an * days, ad * 100n * 360n));
          return;
        }
        // r = an / (ad · 100 · periods a year)
        const rd = ad * 100n * (terms.frequency === 'quarterly' ? 4n : 12n);
        const n = terms.term;
        let balance = P;
        const level =
          terms.method === 'equal_installment'
            ? an === 0n
              ? halfUp(P, BigInt(n))
              : halfUp(P * an * (an + rd) ** BigInt(n), rd * ((an + rd) ** BigInt(n) - rd ** BigInt(n)))
            : halfUp(P, BigInt(n));
        s.forEach((inst, k) => {
          const interest = halfUp(balance * an, rd);
          expect(BigInt(inst.interest)).toBe(interest);
          const isLast = k === n - 1;
          let principal: bigint;
          if (isLast) principal = balance;
          else if (terms.method === 'equal_installment') principal = level - interest;
          else if (terms.method === 'equal_principal') principal = level;
          else principal = 0n;
          expect(BigInt(inst.principal)).toBe(principal);
          balance -= principal;
        });
        expect(balance).toBe(0n);
      }),
      { numRuns: 300 },
    );
  });

  it('equal_installment totals are level except the last', () => {
    fc.assert(
      fc.property(
        arbLoanTerms().filter((t) => t.method === 'equal_installment'),
        (terms) => {
          const s = generateSchedule(terms);
          const level = s[0]!.principal + s[0]!.interest;
          for (const inst of s.slice(0, -1)) expect(inst.principal + inst.interest).toBe(level);
        },
      ),
      { numRuns: 200 },
    );
  });
});
