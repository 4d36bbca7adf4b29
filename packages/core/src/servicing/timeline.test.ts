import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/local-date';
import { parseYuan } from '../money/fen';
import { parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import { replayLoan } from './replay';
import { replayTimeline } from './timeline';

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
const summary = (events: ReturnType<typeof replayTimeline>['events']) =>
  events.map((e) => `${e.date} ${e.kind} ${e.from}->${e.to} ${e.rule}`);

describe('replayTimeline', () => {
  it('ends with the same ledger as replayLoan and dates every bucket and class change', () => {
    const t = replayTimeline({ terms, settings, repayments: worked, asOf: d('2026-06-30') });
    expect(t.ledger).toEqual(
      replayLoan({ terms, settings, repayments: worked, asOf: d('2026-06-30') }).ledger,
    );
    expect(t.snapshot.dpd).toBe(81);
    expect(t.decision).toEqual({ classification: 'special_mention', rule: 'dpd>0' });
    expect(summary(t.events)).toEqual([
      '2026-04-11 bucket M0->M1 dpd=1',
      '2026-04-11 classification normal->special_mention dpd>0',
      '2026-05-11 bucket M1->M2 dpd=31',
      '2026-06-10 bucket M2->M3 dpd=61',
    ]);
  });

  it('walks a loan that stops paying through every class to loss on the right days', () => {
    const t = replayTimeline({ terms, settings, repayments: worked, asOf: d('2027-06-30') });
    const classes = t.events.filter((e) => e.kind === 'classification');
    expect(classes.map((e) => [e.date, e.to, e.rule])).toEqual([
      ['2026-04-11', 'special_mention', 'dpd>0'],
      ['2026-07-10', 'substandard', 'dpd>90'], // 2026-04-10 + 91 days
      ['2027-01-06', 'doubtful', 'dpd>270'],
      ['2027-04-06', 'loss', 'dpd>360'],
    ]);
    expect(t.events.filter((e) => e.kind === 'bucket').map((e) => e.to)).toEqual([
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
      'M6',
      'M7+',
    ]);
  });

  it('holds a non-performing class until the overdue is repaid and two installments are paid on time', () => {
    const repayments = [
      ...worked,
      { date: d('2026-09-01'), amount: parseYuan('60000.00') }, // clears all overdue, leaves a credit balance
      { date: d('2026-10-10'), amount: parseYuan('10327.97') },
    ];
    const heldAt = replayTimeline({
      terms,
      settings,
      repayments: repayments.slice(0, 4),
      asOf: d('2026-09-20'),
    });
    expect(heldAt.snapshot.dpd).toBe(0);
    expect(heldAt.decision).toEqual({ classification: 'substandard', rule: 'npl:awaiting-cure' });
    expect(heldAt.onTimeStreak).toBe(1); // 2026-09-10 paid by the credit balance on its due date
    const cured = replayTimeline({ terms, settings, repayments, asOf: d('2026-10-10') });
    expect(cured.decision).toEqual({ classification: 'normal', rule: 'dpd=0' });
    expect(summary(cured.events).at(-1)).toBe('2026-10-10 classification substandard->normal dpd=0');
  });

  it('records settlement as a status event', () => {
    const bullet = parseLoanTerms({
      principal: '1000.00',
      annualRate: '6.00',
      term: 1,
      method: 'bullet',
      disbursementDate: '2026-01-10',
    });
    const t = replayTimeline({
      terms: bullet,
      settings,
      repayments: [{ date: d('2026-02-12'), amount: parseYuan('1100.00') }],
      asOf: d('2026-03-01'),
    });
    expect(summary(t.events)).toEqual([
      '2026-02-11 bucket M0->M1 dpd=1',
      '2026-02-11 classification normal->special_mention dpd>0',
      '2026-02-12 bucket M1->M0 dpd=0',
      '2026-02-12 classification special_mention->normal dpd=0',
      '2026-02-12 status active->settled all-paid',
    ]);
  });

  it('applies qualitative triggers and manual downgrades from the context', () => {
    const t = replayTimeline({
      terms,
      settings,
      repayments: [],
      asOf: d('2026-01-20'),
      context: { triggers: ['fund_misuse'], restructure: null, manual: null },
    });
    expect(t.decision).toEqual({ classification: 'special_mention', rule: 'trigger:fund_misuse' });
    const m = replayTimeline({
      terms,
      settings,
      repayments: [],
      asOf: d('2026-01-20'),
      context: { triggers: [], restructure: null, manual: 'doubtful' },
    });
    expect(m.decision).toEqual({ classification: 'doubtful', rule: 'manual' });
  });
});
