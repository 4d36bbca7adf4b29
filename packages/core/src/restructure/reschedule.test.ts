import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate } from '../calendar/local-date';
import { accrualFactor } from '../interest/accrual';
import { formatYuan, parseYuan } from '../money/fen';
import { parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import { parseAnnualRate } from '../rate/ratio';
import { generateSchedule } from '../schedule/generate-schedule';
import { openLedger } from '../servicing/ledger';
import { advanceLedger } from '../servicing/replay';
import { outstandingOf } from '../servicing/snapshot';
import { extendSchedule, restructureSchedule } from './reschedule';

const d = parseLocalDate;
const terms = parseLoanTerms({
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
});
const settings = parseServicingSettings({});
const ledgerAt = (eve: string, pays: { date: string; amount: string }[]) =>
  advanceLedger(
    openLedger(generateSchedule(terms), terms.disbursementDate),
    pays.map((p, i) => ({ date: d(p.date), amount: parseYuan(p.amount), key: `${i}` })),
    d(eve),
    accrualFactor(terms.annualRate, settings),
    settings,
  ).ledger;
const principalDue = (l: { installments: readonly { principalDue: number }[] }) =>
  l.installments.reduce((s, i) => s + i.principalDue, 0);
const principalPaid = (l: { installments: readonly { principalPaid: number }[] }) =>
  l.installments.reduce((s, i) => s + i.principalPaid, 0);

const onTime = [
  { date: '2026-02-10', amount: '10327.97' },
  { date: '2026-03-10', amount: '10327.97' },
  { date: '2026-04-10', amount: '10327.97' },
];

describe('extendSchedule (展期)', () => {
  it('spreads the principal not yet due to a maturity 6 months later, same rate and method', () => {
    const eve = ledgerAt('2026-04-30', onTime);
    const x = extendSchedule(eve, terms, settings, d('2026-05-01'), 6);
    expect(x.terms.term).toBe(18);
    expect(x.maturityDate).toBe('2027-07-10');
    expect(x.schedule.map((s) => s.period)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(formatYuan(x.principal)).toBe('90669.93');
    // round(90669.93 × 0.5 %) for the full period 04-10 → 05-10, as every installment charges.
    expect(formatYuan(x.schedule[0]!.interest)).toBe('453.35');
    expect(x.ledger.installments.slice(0, 3)).toEqual(eve.installments.slice(0, 3));
    expect(principalDue(x.ledger)).toBe(terms.principal);
    expect(x.carried.interest).toBe(0);
  });

  it('leaves overdue installments as they are (an extension forgives nothing)', () => {
    const eve = ledgerAt('2026-04-30', onTime.slice(0, 2));
    const x = extendSchedule(eve, terms, settings, d('2026-05-01'), 3);
    const third = x.ledger.installments.find((i) => i.period === 3)!;
    expect(third).toEqual(eve.installments[2]);
    expect(outstandingOf(x.ledger, d('2026-05-01')).overduePrincipal).toBe(
      outstandingOf(eve, d('2026-05-01')).overduePrincipal,
    );
  });

  it('extends a bullet: one installment, interest for the days from disbursement to the new maturity', () => {
    const b = parseLoanTerms({
      principal: '50000.00',
      annualRate: '5.22',
      term: 6,
      method: 'bullet',
      disbursementDate: '2026-03-31',
    });
    const eve = openLedger(generateSchedule(b), b.disbursementDate);
    const ledger = advanceLedger(
      eve,
      [],
      d('2026-08-31'),
      accrualFactor(b.annualRate, settings),
      settings,
    ).ledger;
    const x = extendSchedule(ledger, b, settings, d('2026-09-01'), 3);
    expect(x.terms.term).toBe(9);
    expect(x.schedule).toEqual([
      // 2026-03-31 → 2026-12-31 is 275 days: round(50000.00 × 5.22 % / 360 × 275) = 1993.75
      { period: 1, dueDate: '2026-12-31', principal: parseYuan('50000.00'), interest: parseYuan('1993.75') },
    ]);
  });

  it('refuses a ledger not accrued through the day before', () => {
    const eve = ledgerAt('2026-04-29', onTime);
    expect(() => extendSchedule(eve, terms, settings, d('2026-05-01'), 6)).toThrow(/accrued through/);
  });
});

describe('restructureSchedule (重组)', () => {
  // RULES.md §3 worked example: at the end of 2026-06-30 principal owed 96,098.60 of which overdue
  // 25,227.28; overdue interest 857.33; penalty owed 232.52; compound owed 7.80.
  const worked = [
    { date: '2026-02-10', amount: '10327.97' },
    { date: '2026-03-10', amount: '10327.97' },
    { date: '2026-05-20', amount: '5000.00' },
  ];
  const eve = ledgerAt('2026-06-30', worked);
  const date = d('2026-07-01');
  const r = restructureSchedule(eve, terms, date, {
    annualRate: parseAnnualRate('4.35'),
    method: 'equal_principal',
    periods: 24,
  });

  it('re-schedules all principal owed and carries the arrears to the first new installment', () => {
    expect(formatYuan(r.principal)).toBe('96098.60');
    expect(formatYuan(r.carried.overduePrincipal)).toBe('25227.28');
    expect(formatYuan(r.carried.interest)).toBe('857.33');
    expect(formatYuan(r.carried.penalty)).toBe('232.52');
    expect(formatYuan(r.carried.compound)).toBe('7.80');
    expect(r.schedule[0]).toMatchObject({ period: 6, dueDate: '2026-07-10' });
    expect(r.schedule.length).toBe(24);
    expect(r.maturityDate).toBe('2028-06-10');
    expect(r.terms).toMatchObject({ method: 'equal_principal', term: 29 });
    const first = r.ledger.installments.find((i) => i.period === 6)!;
    // round(96098.60 × 4.35 % / 12) = 348.36, plus the 857.33 carried.
    expect(formatYuan(first.interestDue)).toBe(formatYuan(348_36 + 857_33));
  });

  it('keeps the money: disbursed = paid + owed, what was paid stays where it was, nothing more is owed on old periods', () => {
    expect(principalDue(r.ledger)).toBe(terms.principal);
    expect(principalPaid(r.ledger)).toBe(principalPaid(eve));
    const out = outstandingOf(r.ledger, date);
    const before = outstandingOf(eve, date);
    expect(out.principal).toBe(before.principal);
    expect(out.overduePrincipal).toBe(0);
    expect(out.penalty + out.compound).toBe(before.penalty + before.compound);
    const third = r.ledger.installments.find((i) => i.period === 3)!;
    expect(formatYuan(third.principalDue)).toBe('4396.82');
    expect(third.principalPaid).toBe(third.principalDue);
    expect(r.ledger.installments.map((i) => i.period)).toEqual([
      1,
      2,
      3,
      4,
      5,
      ...r.schedule.map((s) => s.period),
    ]);
  });

  it('is bad input for 0 periods or a schedule beyond 360 periods', () => {
    const t = { annualRate: terms.annualRate, method: 'equal_installment' as const, periods: 0 };
    expect(() => restructureSchedule(eve, terms, date, t)).toThrow(/periods/);
    expect(() => restructureSchedule(eve, terms, date, { ...t, periods: 356 })).toThrow(/periods/);
  });

  it('needs the ledger of the day before', () => {
    const later = advanceLedger(
      eve,
      [],
      addDays(date, 0),
      accrualFactor(terms.annualRate, settings),
      settings,
    ).ledger;
    expect(() =>
      restructureSchedule(later, terms, date, {
        annualRate: terms.annualRate,
        method: 'equal_installment',
        periods: 12,
      }),
    ).toThrow(/accrued through/);
  });
});
