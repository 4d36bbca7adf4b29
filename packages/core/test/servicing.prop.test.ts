// RULES.md §3 and the money-safety invariants of §7, over random loans and random repayment streams.
import {
  accrualFactor,
  addDays,
  advanceLedger,
  compoundAccrued,
  type DatedPayment,
  daysBetween,
  type LoanLedger,
  type LocalDate,
  openLedger,
  penaltyAccrued,
  replayLoan,
  snapshot,
} from '@daihou/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbLoanHistory, byDate, type LoanHistory } from './arbitraries';

const replay = (h: LoanHistory) =>
  replayLoan({ terms: h.terms, settings: h.settings, repayments: h.repayments, asOf: h.asOf });

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const paidTotal = (l: LoanLedger): number =>
  sum(
    l.installments.map((i) => i.principalPaid + i.interestPaid + i.feePaid + i.penaltyPaid + i.compoundPaid),
  );

/** Replays by advanceLedger, stopping at each of `stops` (ascending, within the history) on the way. */
function advanceInSteps(h: LoanHistory, stops: readonly LocalDate[]) {
  const factor = accrualFactor(h.terms.annualRate, h.settings);
  const payments: DatedPayment[] = byDate(h.repayments);
  let ledger = openLedger(h.schedule, h.terms.disbursementDate);
  const allocations: ReturnType<typeof advanceLedger>['allocations'] = [];
  let from = 0;
  for (const stop of [...stops, h.asOf]) {
    let to = from;
    while (to < payments.length && payments[to]!.date <= stop) to++;
    const step = advanceLedger(ledger, payments.slice(from, to), stop, factor, h.settings);
    ledger = step.ledger;
    allocations.push(...step.allocations);
    from = to;
  }
  return { ledger, allocations };
}

describe('money-safety invariants (RULES.md §7)', () => {
  it('every repayment = its allocation lines + what it added to the credit balance; nothing is lost', () => {
    fc.assert(
      fc.property(arbLoanHistory(), (h) => {
        const { ledger, allocations } = replay(h);
        for (const a of allocations) {
          expect(sum(a.lines.map((l) => l.amount)) + a.toCreditBalance).toBe(a.amount);
          expect(sum(Object.values(a.totals))).toBe(sum(a.lines.map((l) => l.amount)));
          for (const l of a.lines) expect(l.amount).toBeGreaterThan(0);
          if (a.repaymentKey === null) expect(a.toCreditBalance).toBe(0);
        }
        // each repayment is allocated exactly once, for its whole amount
        const byKey = allocations.filter((a) => a.repaymentKey !== null);
        expect(byKey.map((a) => a.repaymentKey).sort()).toEqual(h.repayments.map((r) => r.key).sort());
        for (const r of h.repayments) {
          expect(byKey.find((a) => a.repaymentKey === r.key)!.amount).toBe(r.amount);
        }
        // all money in = all money placed + the credit balance
        expect(sum(h.repayments.map((r) => r.amount))).toBe(paidTotal(ledger) + ledger.creditBalance);
        // and what allocations say was paid is what the ledger says was paid
        expect(sum(allocations.flatMap((a) => a.lines.map((l) => l.amount)))).toBe(paidTotal(ledger));
      }),
      { numRuns: 200 },
    );
  });

  it('disbursed principal = principal paid + principal owed', () => {
    fc.assert(
      fc.property(arbLoanHistory(), (h) => {
        const { ledger } = replay(h);
        const s = snapshot(ledger, h.asOf);
        expect(sum(ledger.installments.map((i) => i.principalDue))).toBe(h.terms.principal);
        expect(sum(ledger.installments.map((i) => i.principalPaid)) + s.outstanding.principal).toBe(
          h.terms.principal,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('nothing is paid beyond what is due; the credit balance is never negative', () => {
    fc.assert(
      fc.property(arbLoanHistory(), (h) => {
        const { ledger } = replay(h);
        expect(ledger.creditBalance).toBeGreaterThanOrEqual(0);
        for (const i of ledger.installments) {
          for (const paid of [i.principalPaid, i.interestPaid, i.feePaid, i.penaltyPaid, i.compoundPaid]) {
            expect(Number.isSafeInteger(paid) && paid >= 0).toBe(true);
          }
          expect(i.principalPaid).toBeLessThanOrEqual(i.principalDue);
          expect(i.interestPaid).toBeLessThanOrEqual(i.interestDue);
          expect(i.feePaid).toBeLessThanOrEqual(i.feeDue);
          expect(i.penaltyPaid).toBeLessThanOrEqual(penaltyAccrued(i));
          expect(i.compoundPaid).toBeLessThanOrEqual(compoundAccrued(i));
        }
        const s = snapshot(ledger, h.asOf);
        for (const v of Object.values(s.outstanding)) expect(v).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('nothing accrues twice: running the same date again changes nothing', () => {
    fc.assert(
      fc.property(arbLoanHistory(), fc.integer({ min: 0, max: 30 }), (h, back) => {
        const { ledger } = replay(h);
        const factor = accrualFactor(h.terms.annualRate, h.settings);
        const again = advanceLedger(ledger, [], h.asOf, factor, h.settings);
        expect(again.ledger).toEqual(ledger);
        expect(again.allocations).toEqual([]);
        const earlier = addDays(h.asOf, -back);
        expect(advanceLedger(ledger, [], earlier, factor, h.settings).ledger).toEqual(ledger);
      }),
      { numRuns: 100 },
    );
  });
});

describe('servicing rules (RULES.md §3)', () => {
  it('money only goes to installments already due; a credit balance means nothing due is unpaid', () => {
    fc.assert(
      fc.property(arbLoanHistory(), (h) => {
        const { ledger, allocations } = replay(h);
        const dueOf = new Map(h.schedule.map((s) => [s.period, s.dueDate]));
        for (const a of allocations) {
          for (const l of a.lines) expect(dueOf.get(l.period)! <= a.date).toBe(true);
        }
        for (const i of ledger.installments) {
          if (i.dueDate > h.asOf) {
            expect([i.principalPaid, i.interestPaid, i.penaltyPaid, i.compoundPaid]).toEqual([0, 0, 0, 0]);
          }
        }
        if (ledger.creditBalance > 0) {
          const s = snapshot(ledger, h.asOf);
          expect(s.dpd).toBe(0);
          expect(s.outstanding.overduePrincipal + s.outstanding.overdueInterest).toBe(0);
          expect(s.outstanding.penalty + s.outstanding.compound).toBe(0);
          // and nothing due on asOf is left unpaid either: the credit balance was applied on it
          for (const i of ledger.installments.filter((x) => x.dueDate <= h.asOf)) {
            expect(i.principalPaid + i.interestPaid).toBe(i.principalDue + i.interestDue);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a settled loan owes nothing, and paying everything scheduled on time settles it', () => {
    fc.assert(
      fc.property(arbLoanHistory(), (h) => {
        const s = snapshot(replay(h).ledger, h.asOf);
        if (s.status === 'settled') {
          expect(s.outstanding).toEqual({
            principal: 0,
            overduePrincipal: 0,
            overdueInterest: 0,
            penalty: 0,
            compound: 0,
            fee: 0,
          });
          expect(s.dpd).toBe(0);
        }
        const onTime = h.schedule
          .map((i, k) => ({
            date: i.dueDate,
            amount: (i.principal + i.interest) as typeof i.principal,
            key: `${k + 1}`,
          }))
          .filter((r) => r.amount > 0);
        const asOf = h.schedule[h.schedule.length - 1]!.dueDate;
        const paid = replayLoan({ terms: h.terms, settings: h.settings, repayments: onTime, asOf });
        const t = snapshot(paid.ledger, asOf);
        expect(t.status).toBe('settled');
        expect(t.creditBalance).toBe(0);
        expect(sum(paid.allocations.map((a) => a.totals.penalty + a.totals.compound))).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('replay is deterministic and path-independent', () => {
  it('replaying the same history twice gives the same state', () => {
    fc.assert(
      fc.property(arbLoanHistory(), (h) => {
        expect(replay(h)).toEqual(replay(h));
      }),
      { numRuns: 100 },
    );
  });

  it('advancing in one step or in several, split at arbitrary dates, gives the identical ledger', () => {
    fc.assert(
      fc.property(
        arbLoanHistory().chain((h) =>
          fc
            .uniqueArray(fc.integer({ min: 0, max: daysBetween(h.terms.disbursementDate, h.asOf) }), {
              maxLength: 6,
            })
            .map((cuts) => ({
              h,
              stops: cuts.sort((a, b) => a - b).map((c) => addDays(h.terms.disbursementDate, c)),
            })),
        ),
        ({ h, stops }) => {
          const whole = replay(h);
          const stepped = advanceInSteps(h, stops);
          expect(stepped.ledger).toEqual(whole.ledger);
          expect(stepped.allocations).toEqual(whole.allocations);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('day by day: the same ledger as one jump, and DPD never falls without money in', () => {
    fc.assert(
      fc.property(
        arbLoanHistory(24).chain((h) => {
          const total = daysBetween(h.terms.disbursementDate, h.asOf);
          return fc
            .record({ start: fc.integer({ min: 0, max: total }), length: fc.integer({ min: 1, max: 150 }) })
            .map(({ start, length }) => ({
              h,
              from: addDays(h.terms.disbursementDate, start),
              to: addDays(h.terms.disbursementDate, Math.min(start + length, total)),
            }));
        }),
        ({ h, from, to }) => {
          const factor = accrualFactor(h.terms.annualRate, h.settings);
          const payments = byDate(h.repayments);
          const paidOn = (d: LocalDate) => payments.filter((p) => p.date === d);
          const open = openLedger(h.schedule, h.terms.disbursementDate);
          let step = advanceLedger(
            open,
            payments.filter((p) => p.date <= from),
            from,
            factor,
            h.settings,
          );
          const allocations = [...step.allocations];
          let previous = snapshot(step.ledger, from);
          for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
            step = advanceLedger(step.ledger, paidOn(d), d, factor, h.settings);
            allocations.push(...step.allocations);
            const s = snapshot(step.ledger, d);
            expect(s.dpd).toBeLessThanOrEqual(previous.dpd + 1);
            if (paidOn(d).length === 0) {
              // a credit balance applied on a due date cannot lower DPD either: it only exists while
              // nothing is overdue
              expect(s.dpd).toBeGreaterThanOrEqual(previous.dpd);
              if (previous.dpd > 0) expect(s.dpd).toBe(previous.dpd + 1);
            }
            if (paidOn(d).length === 0 && previous.creditBalance === 0) {
              // without money in, nothing owed shrinks
              expect(s.outstanding.principal).toBe(previous.outstanding.principal);
              expect(s.outstanding.penalty).toBeGreaterThanOrEqual(previous.outstanding.penalty);
              expect(s.outstanding.compound).toBeGreaterThanOrEqual(previous.outstanding.compound);
            }
            if (previous.status === 'settled') expect(s.status).toBe('settled');
            previous = s;
          }
          const jump = advanceLedger(
            open,
            payments.filter((p) => p.date <= to),
            to,
            factor,
            h.settings,
          );
          expect(step.ledger).toEqual(jump.ledger);
          expect(allocations).toEqual(jump.allocations);
        },
      ),
      { numRuns: 100 },
    );
  });
});
