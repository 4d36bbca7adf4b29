import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbLocalDate } from '../../test/arbitraries';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  type LocalDate,
  parseLocalDate,
  parts,
  toEpochDay,
} from './local-date';

/** The calendar day after `date`, from month lengths alone. */
function successor(date: LocalDate): { y: number; m: number; d: number } {
  const { y, m, d } = parts(date);
  if (d < daysInMonth(y, m)) return { y, m, d: d + 1 };
  if (m < 12) return { y, m: m + 1, d: 1 };
  return { y: y + 1, m: 1, d: 1 };
}

// Years 1000–9999 (epoch days −354285 … 2932896; a LocalDate has a four-digit year): far wider than
// business dates (1900–2199) ever go.
const FIRST = -354285;
const LAST = 2932896;
const epochDay = fc.oneof(
  fc.integer({ min: FIRST, max: LAST - 1 }),
  fc.integer({ min: -40000, max: 80000 }),
  fc.constantFrom(FIRST, -1, 0, 11016, 11017, LAST - 1),
);

describe('epoch days', () => {
  it('round-trip over years 1000–9999', () => {
    fc.assert(
      fc.property(epochDay, (n) => {
        const date = fromEpochDay(n);
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(toEpochDay(date)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('step to the calendar successor (with 1970-01-01 = 0 this pins every date)', () => {
    expect(fromEpochDay(0)).toBe('1970-01-01');
    fc.assert(
      fc.property(epochDay, (n) => {
        const next = parts(fromEpochDay(n + 1));
        expect(next).toEqual(successor(fromEpochDay(n)));
      }),
      { numRuns: 300 },
    );
  });

  it('every date of a business year parses, and adding days agrees with daysBetween', () => {
    fc.assert(
      fc.property(arbLocalDate(1900, 2199), fc.integer({ min: -5000, max: 5000 }), (date, k) => {
        expect(parseLocalDate(date)).toBe(date);
        expect(daysBetween(date, addDays(date, k))).toBe(k);
      }),
      { numRuns: 300 },
    );
  });
});

describe('addMonthsClamped', () => {
  it('keeps the start day, clamped to the target month, never carried over', () => {
    fc.assert(
      fc.property(arbLocalDate(), fc.integer({ min: 0, max: 400 }), (start, k) => {
        const s = parts(start);
        const t = parts(addMonthsClamped(start, k));
        const index = s.y * 12 + s.m - 1 + k;
        expect(t.y).toBe((index - (index % 12)) / 12);
        expect(t.m).toBe((index % 12) + 1);
        const last = daysInMonth(t.y, t.m);
        expect(t.d).toBe(s.d > last ? last : s.d);
      }),
      { numRuns: 300 },
    );
  });
});
