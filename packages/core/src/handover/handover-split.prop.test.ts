import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fen } from '../money/fen';
import { sharesOf, splitByBalance } from './handover-split';

const book = fc
  .uniqueArray(fc.integer({ min: 1, max: 100_000 }), { maxLength: 60 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000_000_00 }))
          .map((balance) => ({ customerId: String(id), balance: balance as Fen })),
      ),
    ),
  );
const successors = fc
  .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 6 })
  .map((ids) => ids.map(String));

describe('splitByBalance properties', () => {
  it('assigns every customer exactly once, to a named successor', () => {
    fc.assert(
      fc.property(book, successors, (units, ids) => {
        const plan = splitByBalance(units, ids);
        expect(plan.map((a) => a.customerId).sort()).toEqual(units.map((x) => x.customerId).sort());
        expect(plan.every((a) => ids.includes(a.successorId))).toBe(true);
      }),
    );
  });

  it('keeps the spread between successors within the largest single balance', () => {
    fc.assert(
      fc.property(book, successors, (units, ids) => {
        const totals = sharesOf(units, ids, splitByBalance(units, ids)).map((s) => s.balance);
        const largest = units.reduce((m, x) => (x.balance > m ? x.balance : m), 0);
        const max = totals.reduce((m, x) => (x > m ? x : m), totals[0]!);
        const min = totals.reduce((m, x) => (x < m ? x : m), totals[0]!);
        expect(max - min).toBeLessThanOrEqual(largest);
        expect(totals.reduce((s, x) => s + x, 0)).toBe(units.reduce((s, x) => s + x.balance, 0));
      }),
    );
  });

  it('is deterministic: the order the book is read in does not matter', () => {
    fc.assert(
      fc.property(
        book.chain((units) =>
          fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length })),
        ),
        successors,
        ([units, shuffled], ids) => {
          expect(splitByBalance(shuffled, ids)).toEqual(splitByBalance(units, ids));
        },
      ),
    );
  });
});
