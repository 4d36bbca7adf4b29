import { describe, expect, it } from 'vitest';
import { expectBadInput } from '../../test/helpers';
import {
  addDays,
  addMonthsClamped,
  compareDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isLocalDate,
  type LocalDate,
  maxDate,
  minDate,
  parseLocalDate,
  toEpochDay,
} from './local-date';

const d = (text: string): LocalDate => parseLocalDate(text);

describe('parseLocalDate', () => {
  it('accepts real dates, leap days of leap years included', () => {
    expect(parseLocalDate('2026-01-10')).toBe('2026-01-10');
    expect(parseLocalDate('2028-02-29')).toBe('2028-02-29');
    expect(parseLocalDate('2000-02-29')).toBe('2000-02-29');
    expect(parseLocalDate('2026-12-31')).toBe('2026-12-31');
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2100-02-29',
    '1900-02-29',
  ])('refuses the impossible date %s', (text) => {
    const e = expectBadInput(() => parseLocalDate(text, 'disbursementDate'), 'disbursementDate');
    expect(e.message).toContain(text);
  });

  it.each(['2026-1-10', '26-01-10', '2026/01/10', '20260110', '2026-01-10T00:00:00Z', ' 2026-01-10', ''])(
    'refuses the malformed %j',
    (text) => {
      expectBadInput(() => parseLocalDate(text), 'date');
    },
  );

  it('refuses years outside 1900–2199', () => {
    expectBadInput(() => parseLocalDate('1899-12-31'), 'date');
    expectBadInput(() => parseLocalDate('2200-01-01'), 'date');
    expect(isLocalDate('1900-01-01')).toBe(true);
    expect(isLocalDate('2199-12-31')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('counts epoch days from 1970-01-01', () => {
    expect(toEpochDay(d('1970-01-01'))).toBe(0);
    expect(toEpochDay(d('1969-12-31'))).toBe(-1);
    expect(toEpochDay(d('2000-03-01'))).toBe(11017);
    expect(toEpochDay(d('1900-01-01'))).toBe(-25567);
    expect(fromEpochDay(20463)).toBe('2026-01-10');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(d('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addDays(d('2026-03-31'), 183)).toBe('2026-09-30');
  });

  it('counts days between dates', () => {
    expect(daysBetween(d('2026-03-31'), d('2026-09-30'))).toBe(183);
    expect(daysBetween(d('2026-04-10'), d('2026-06-30'))).toBe(81);
    expect(daysBetween(d('2026-06-30'), d('2026-04-10'))).toBe(-81);
    expect(daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
  });

  it('clamps month ends without carrying the clamp over (RULES.md §1)', () => {
    const from0131 = [1, 2, 3, 4, 5, 6].map((k) => addMonthsClamped(d('2026-01-31'), k));
    expect(from0131).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
    ]);
    const from1130 = [1, 2, 3, 4].map((k) => addMonthsClamped(d('2026-11-30'), k));
    expect(from1130).toEqual(['2026-12-30', '2027-01-30', '2027-02-28', '2027-03-30']);
    expect(addMonthsClamped(d('2027-01-31'), 1)).toBe('2027-02-28');
    expect(addMonthsClamped(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonthsClamped(d('2028-02-29'), 12)).toBe('2029-02-28');
    expect(addMonthsClamped(d('2026-01-10'), 12)).toBe('2027-01-10');
    expect(addMonthsClamped(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonthsClamped(d('2026-05-31'), 0)).toBe('2026-05-31');
  });

  it('compares, takes the earlier and the later', () => {
    expect(compareDates(d('2026-01-10'), d('2026-02-01'))).toBe(-1);
    expect(compareDates(d('2026-02-01'), d('2026-01-10'))).toBe(1);
    expect(compareDates(d('2026-02-01'), d('2026-02-01'))).toBe(0);
    expect(minDate(d('2026-01-10'), d('2025-12-31'))).toBe('2025-12-31');
    expect(maxDate(d('2026-01-10'), d('2025-12-31'))).toBe('2026-01-10');
  });
});
