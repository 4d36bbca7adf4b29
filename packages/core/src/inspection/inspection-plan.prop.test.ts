import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, daysBetween, type LocalDate } from '../calendar/local-date';
import {
  firstRhythmDateFrom,
  type LoanInspectionFacts,
  planLoanInspections,
  selectSpotChecks,
  spotCheckCount,
} from './inspection-plan';
import { DEFAULT_INSPECTION_SETTINGS as S } from './inspection-settings';

const base = '2026-01-01' as LocalDate;
const day = (n: number) => addDays(base, n);
const optionalDay = fc.option(fc.integer({ min: 0, max: 900 }).map(day), { nil: null });

const facts: fc.Arbitrary<LoanInspectionFacts> = fc.record({
  status: fc.constantFrom('active', 'active', 'active', 'settled', 'written_off'),
  disbursementDate: fc.integer({ min: 0, max: 400 }).map(day),
  maturityDate: fc.integer({ min: 401, max: 2000 }).map(day),
  paymentMode: fc.constantFrom('entrusted', 'self'),
  customerType: fc.constantFrom('individual', 'enterprise'),
  isKeyCustomer: fc.boolean(),
  lastCompleted: fc.record({ first: optionalDay, periodic: optionalDay }),
  firstTaskExists: fc.boolean(),
  openKinds: fc.subarray(['first', 'periodic', 'adhoc', 'spot_check'] as const),
  dpd: fc.integer({ min: 0, max: 400 }),
  overduePrincipal: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })),
  overdueSince: optionalDay,
  lastRuleAdhocOn: optionalDay,
}) as fc.Arbitrary<LoanInspectionFacts>;

/** The facts after the planned tasks exist (what the database holds after planning). */
function withTasks(f: LoanInspectionFacts, date: LocalDate): LoanInspectionFacts {
  const planned = planLoanInspections(f, date, S);
  const kinds = planned.map((t) => t.kind);
  return {
    ...f,
    firstTaskExists: f.firstTaskExists || kinds.includes('first'),
    openKinds: [...new Set([...f.openKinds, ...kinds])],
    lastRuleAdhocOn: kinds.includes('adhoc') ? date : f.lastRuleAdhocOn,
  };
}

describe('inspection planning properties', () => {
  it('planning again with the tasks it created creates nothing', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 900 }), (f, n) => {
        const date = day(n);
        expect(planLoanInspections(withTasks(f, date), date, S)).toEqual([]);
      }),
    );
  });

  it('never plans a kind that is open, nor two tasks of one kind', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 900 }), (f, n) => {
        const kinds = planLoanInspections(f, day(n), S).map((t) => t.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        for (const k of kinds) if (k !== 'first') expect(f.openKinds).not.toContain(k);
      }),
    );
  });

  it('a first task is due disbursement + 7, or + 3 for self payment, and never already overdue', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 900 }), (f, n) => {
        const date = day(n);
        for (const t of planLoanInspections(f, date, S).filter((x) => x.kind === 'first')) {
          expect(daysBetween(f.disbursementDate, t.dueDate)).toBe(f.paymentMode === 'self' ? 3 : 7);
          expect(t.dueDate > date).toBe(true);
        }
      }),
    );
  });

  it('no task for a loan that is not active', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 900 }), (f, n) => {
        if (f.status !== 'active') expect(planLoanInspections(f, day(n), S)).toEqual([]);
      }),
    );
  });

  it('the rolled periodic date is the first date of the rhythm on or after the day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: -100, max: 4000 }),
        (s, months, later) => {
          const start = day(s);
          const from = day(s + later);
          const due = firstRhythmDateFrom(start, months, from);
          let k = 1;
          while (addMonthsClamped(start, k * months) < due) k++;
          expect(addMonthsClamped(start, k * months)).toBe(due);
          expect(due >= from).toBe(true);
          if (k > 1) expect(addMonthsClamped(start, (k - 1) * months) < from).toBe(true);
        },
      ),
    );
  });

  it('a spot check sample covers the share, is a subset, and ignores input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            loanId: fc.integer({ min: 1, max: 10_000 }).map(String),
            key: fc.string({ maxLength: 4 }),
          }),
          {
            selector: (c) => c.loanId,
            maxLength: 60,
          },
        ),
        fc.integer({ min: 1, max: 10 }),
        (candidates, tenths) => {
          const share = { n: BigInt(tenths), d: 10n };
          const picked = selectSpotChecks(candidates, share);
          expect(picked.length * 10).toBeGreaterThanOrEqual(candidates.length * tenths);
          expect(picked.length).toBe(spotCheckCount(candidates.length, share));
          expect(selectSpotChecks([...candidates].reverse(), share)).toEqual(picked);
        },
      ),
    );
  });
});
