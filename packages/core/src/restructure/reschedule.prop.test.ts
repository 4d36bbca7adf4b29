import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, fromEpochDay, toEpochDay } from '../calendar/local-date';
import { accrualFactor } from '../interest/accrual';
import type { Fen } from '../money/fen';
import { parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import { parseAnnualRate } from '../rate/ratio';
import { generateSchedule } from '../schedule/generate-schedule';
import {
  compoundOwed,
  feeUnpaid,
  interestUnpaid,
  type LoanLedger,
  openLedger,
  penaltyOwed,
} from '../servicing/ledger';
import { advanceLedger } from '../servicing/replay';
import { outstandingOf } from '../servicing/snapshot';
import { extendSchedule, restructureSchedule } from './reschedule';

const settings = parseServicingSettings({});
const idiv = (a: number, b: number): number => (a - (a % b)) / b;
const sum = (l: LoanLedger, f: (i: LoanLedger['installments'][number]) => number) =>
  l.installments.reduce((s, i) => s + f(i), 0);
const arrears = (l: LoanLedger) =>
  sum(l, (i) => interestUnpaid(i) + feeUnpaid(i) + penaltyOwed(i) + compoundOwed(i));

const scenario = fc.record({
  principal: fc.integer({ min: 1_000_00, max: 5_000_000_00 }),
  rate: fc.constantFrom('0.00', '3.65', '4.35', '6.00', '15.40'),
  term: fc.integer({ min: 2, max: 60 }),
  method: fc.constantFrom('equal_installment' as const, 'equal_principal' as const, 'interest_only' as const),
  frequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
  payShare: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 0, maxLength: 6 }),
  changeAt: fc.integer({ min: 1, max: 1000 }),
  months: fc.integer({ min: 1, max: 12 }),
  periods: fc.integer({ min: 1, max: 48 }),
  newRate: fc.constantFrom('3.00', '4.35', '9.99'),
  newMethod: fc.constantFrom(
    'equal_installment' as const,
    'equal_principal' as const,
    'interest_only' as const,
  ),
});

describe('a new schedule keeps the money (RULES.md §7)', () => {
  it('disbursed = principal paid + principal owed, paid amounts unchanged, arrears carried not lost', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const terms = parseLoanTerms({
          principal: (s.principal / 100).toFixed(2),
          annualRate: s.rate,
          term: s.term,
          method: s.method,
          frequency: s.frequency,
          disbursementDate: '2026-01-31',
        });
        const schedule = generateSchedule(terms);
        const maturity = schedule[schedule.length - 1]!.dueDate;
        const span = toEpochDay(maturity) - toEpochDay(terms.disbursementDate);
        const date = fromEpochDay(toEpochDay(terms.disbursementDate) + 1 + (s.changeAt % (span + 200)));
        const pays = s.payShare
          .map((share, k) => ({
            date: addMonthsClamped(terms.disbursementDate, (k + 1) * (s.frequency === 'quarterly' ? 3 : 1)),
            amount: (1 +
              idiv(((schedule[k]?.principal ?? 0) + (schedule[k]?.interest ?? 100)) * share, 100)) as Fen,
            key: `${k}`,
          }))
          .filter((p) => p.date < date);
        const eve = advanceLedger(
          openLedger(schedule, terms.disbursementDate),
          pays,
          addDays(date, -1),
          accrualFactor(terms.annualRate, settings),
          settings,
        ).ledger;
        const owed = outstandingOf(eve, date).principal;
        const paid = sum(eve, (i) => i.principalPaid);
        if (owed === 0) return;
        const r = restructureSchedule(eve, terms, date, {
          annualRate: parseAnnualRate(s.newRate),
          method: s.newMethod,
          periods: s.periods,
        });
        expect(sum(r.ledger, (i) => i.principalDue)).toBe(terms.principal);
        expect(sum(r.ledger, (i) => i.principalPaid)).toBe(paid);
        expect(sum(r.ledger, (i) => i.interestPaid)).toBe(sum(eve, (i) => i.interestPaid));
        expect(outstandingOf(r.ledger, date).principal).toBe(owed);
        expect(outstandingOf(r.ledger, date).overduePrincipal).toBe(0);
        // Not-yet-due interest is dropped; every other arrear moves onto the first new installment.
        const notDueInterest = sum(eve, (i) => (i.dueDate > date ? i.interestDue : 0));
        const newInterest = r.schedule.reduce((a, i) => a + i.interest, 0);
        expect(arrears(r.ledger)).toBe(arrears(eve) - notDueInterest + newInterest);
        if (date < maturity) {
          const x = extendSchedule(
            eve,
            terms,
            settings,
            date,
            s.frequency === 'quarterly' ? s.months * 3 : s.months,
          );
          expect(sum(x.ledger, (i) => i.principalDue)).toBe(terms.principal);
          expect(sum(x.ledger, (i) => i.principalPaid)).toBe(paid);
          expect(outstandingOf(x.ledger, date).principal).toBe(owed);
          expect(x.maturityDate > maturity).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
