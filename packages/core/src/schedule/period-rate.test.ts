import { describe, expect, it } from 'vitest';
import { parseAnnualRate } from '../rate/ratio';
import { periodInterest, periodRate } from './period-rate';

describe('period rate', () => {
  it('is annual / 12 monthly and annual / 4 quarterly, as an exact fraction', () => {
    expect(periodRate(parseAnnualRate('6.00'), 'monthly')).toEqual({ rn: 600, rd: 120000 });
    expect(periodRate(parseAnnualRate('6.00'), 'quarterly')).toEqual({ rn: 600, rd: 40000 });
  });

  it('rounds the interest once, never the rate (RULES.md §1: 30.00 at 15.40 % for a month is 0.39)', () => {
    // A rate rounded first (15.40 / 12 = 1.2833 % → 1.28 %) would give 0.384 → 0.38.
    expect(periodInterest(3000, periodRate(parseAnnualRate('15.40'), 'monthly'))).toBe(39);
    expect(periodInterest(12000000, periodRate(parseAnnualRate('6.00'), 'monthly'))).toBe(60000);
    expect(periodInterest(12000000, periodRate(parseAnnualRate('6.00'), 'quarterly'))).toBe(180000);
    expect(periodInterest(12345, periodRate(parseAnnualRate('0'), 'monthly'))).toBe(0);
  });
});
