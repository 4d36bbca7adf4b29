import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate, parseLocalDate } from '../calendar/local-date';
import { accrualFactor } from '../interest/accrual';
import { type Fen, parseYuan } from '../money/fen';
import { parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import { parseAnnualRate } from '../rate/ratio';
import { generateSchedule } from '../schedule/generate-schedule';
import { openLedger } from '../servicing/ledger';
import { advanceLedger } from '../servicing/replay';
import { replayTimeline } from '../servicing/timeline';
import { observationEnd, openTrack, restructureStatusOn } from './observation';
import { restructureSchedule } from './reschedule';
import type { Rescheduling } from './rescheduling';

const d = parseLocalDate;
const terms = parseLoanTerms({
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
});
const settings = parseServicingSettings({});
const worked = [
  { date: d('2026-02-10'), amount: parseYuan('10327.97') },
  { date: d('2026-03-10'), amount: parseYuan('10327.97') },
  { date: d('2026-05-20'), amount: parseYuan('5000.00') },
];
const change: Rescheduling = {
  kind: 'restructure',
  date: d('2026-07-01'),
  terms: { annualRate: parseAnnualRate('4.35'), method: 'equal_installment', periods: 24 },
  forFinancialDifficulty: true,
};
const eve = advanceLedger(
  openLedger(generateSchedule(terms), terms.disbursementDate),
  worked.map((w, i) => ({ ...w, key: `${i}` })),
  d('2026-06-30'),
  accrualFactor(terms.annualRate, settings),
  settings,
).ledger;
const newSchedule = restructureSchedule(
  eve,
  terms,
  change.date,
  change.kind === 'restructure' ? change.terms : (undefined as never),
);
/** Each new installment paid in full on its due date, except those in `late` (paid `late` days later). */
const payments = (late: Record<string, number> = {}) =>
  newSchedule.ledger.installments
    .filter((i) => i.dueDate > change.date)
    .map((i) => ({
      date: addDays(i.dueDate, late[i.dueDate] ?? 0),
      amount: (i.principalDue +
        i.interestDue +
        i.feeDue +
        Number(i.penaltyMicro / 1_000_000n) +
        Number(i.compoundMicro / 1_000_000n) +
        (late[i.dueDate] ? 100_00 : 0)) as Fen,
    }));
const classes = (asOf: LocalDate, pays: { date: LocalDate; amount: Fen }[]) =>
  replayTimeline({
    terms,
    settings,
    repayments: [...worked, ...pays.filter((p) => p.date <= asOf)],
    asOf,
    reschedulings: [change],
  })
    .events.filter((e) => e.kind === 'classification')
    .map((e) => `${e.date} ${e.to} ${e.rule}`);

describe('the observation period (RULES.md §5)', () => {
  it('starts at the first repayment date after the change and lasts 2 periods and at least a year', () => {
    const t = openTrack(newSchedule.ledger, change.date, true, 'monthly');
    expect(t.observationStart).toBe('2026-07-10');
    expect(observationEnd(t)).toBe('2027-07-10');
    expect(observationEnd({ ...t, frequency: 'quarterly' })).toBe('2027-07-10');
  });

  it('a restructured loan is substandard at once with DPD 0, kept through the period, then moves up', () => {
    expect(classes(d('2028-01-31'), payments())).toEqual([
      '2026-04-11 special_mention dpd>0',
      '2026-07-01 substandard restructured',
      '2027-07-11 normal dpd=0',
    ]);
  });

  it('overdue again: doubtful, kept after the arrears are paid, and the period restarts from the missed date', () => {
    const out = classes(d('2028-12-31'), payments({ '2026-09-10': 5 }));
    expect(out).toEqual([
      '2026-04-11 special_mention dpd>0',
      '2026-07-01 substandard restructured',
      '2026-09-11 doubtful restructured+overdue',
      // the observation now starts 2026-09-10 and ends 2027-09-10
      '2027-09-11 normal dpd=0',
    ]);
  });

  it('is no upgrade inside the period: a non-difficulty change still holds the class it found', () => {
    const t = { ...openTrack(newSchedule.ledger, change.date, false, 'monthly') };
    const seen = restructureStatusOn(t, newSchedule.ledger, d('2026-07-02'), 0, false);
    expect(seen.status).toEqual({
      forFinancialDifficulty: false,
      overdueAfterRestructure: false,
      inObservation: true,
    });
    const allPaid = { ...newSchedule.ledger, installments: [] };
    expect(restructureStatusOn(t, allPaid, d('2027-07-10'), 0, false).status?.inObservation).toBe(true);
    expect(restructureStatusOn(t, allPaid, d('2027-07-11'), 0, false).status).toBeNull();
    expect(restructureStatusOn(t, newSchedule.ledger, d('2026-07-02'), 0, true).status).toBeNull();
  });
});
