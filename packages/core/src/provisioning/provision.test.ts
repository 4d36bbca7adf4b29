import { describe, expect, it } from 'vitest';
import type { Classification } from '../classification/classification';
import { type Fen, fen } from '../money/fen';
import {
  type ClassBalance,
  DEFAULT_PROVISION_SETTINGS,
  generalProvision,
  PROVISION_RATES_2002,
  PROVISION_RATES_MOF2012,
  portfolioRatios,
  ratioText,
  specificProvision,
} from './provision';

const ONE_MILLION = 100_000_000 as Fen; // 1,000,000.00

describe('specific provision = round(principal owed × class rate) (RULES.md §6)', () => {
  it.each([
    ['normal', 0, 1500000],
    ['special_mention', 2000000, 3000000],
    ['substandard', 25000000, 30000000],
    ['doubtful', 50000000, 60000000],
    ['loss', 100000000, 100000000],
  ] as const)('%s: 2002 guideline %i fen, MOF 2012 %i fen on 1,000,000.00', (c, r2002, mof) => {
    expect(specificProvision(ONE_MILLION, c, PROVISION_RATES_2002)).toBe(r2002);
    expect(specificProvision(ONE_MILLION, c, PROVISION_RATES_MOF2012)).toBe(mof);
  });

  it('rounds half up to the fen', () => {
    // 0.50 fen → 1 fen; 1.5 % of 0.33 = 0.495 fen → 0
    expect(specificProvision(fen(25), 'special_mention', PROVISION_RATES_2002)).toBe(1);
    expect(specificProvision(fen(24), 'special_mention', PROVISION_RATES_2002)).toBe(0);
    expect(specificProvision(fen(33), 'normal', PROVISION_RATES_MOF2012)).toBe(0);
    expect(specificProvision(fen(34), 'normal', PROVISION_RATES_MOF2012)).toBe(1);
  });
});

describe('general provision', () => {
  it('is 1.5 % of all principal owed by default', () => {
    expect(generalProvision(fen(116_000_000), DEFAULT_PROVISION_SETTINGS)).toBe(1_740_000);
    expect(generalProvision(fen(0), DEFAULT_PROVISION_SETTINGS)).toBe(0);
  });
});

describe('ratioText', () => {
  it('writes 4 decimals, half up; null on a zero denominator', () => {
    expect(ratioText(1, 3)).toBe('0.3333');
    expect(ratioText(2, 3)).toBe('0.6667');
    expect(ratioText(5, 100000)).toBe('0.0001');
    expect(ratioText(4, 100000)).toBe('0.0000');
    expect(ratioText(0, 7)).toBe('0.0000');
    expect(ratioText(3, 2)).toBe('1.5000');
    expect(ratioText(123, 1)).toBe('123.0000');
    expect(ratioText(1, 0)).toBeNull();
  });
});

describe('portfolioRatios', () => {
  const balance = (c: Classification, principal: number): ClassBalance => ({
    classification: c,
    principalOwed: fen(principal),
    specificProvision: specificProvision(fen(principal), c, PROVISION_RATES_2002),
  });

  it('computes NPL ratio, coverage and provision ratio with their floors', () => {
    const r = portfolioRatios(
      [
        balance('normal', 100_000_000), // 1,000,000.00
        balance('special_mention', 10_000_000), // 100,000.00 → 2,000.00
        balance('substandard', 5_000_000), // 50,000.00 → 12,500.00
        balance('loss', 1_000_000), // 10,000.00 → 10,000.00
      ],
      DEFAULT_PROVISION_SETTINGS,
    );
    expect(r).toEqual({
      principalOwed: 116_000_000,
      nplPrincipal: 6_000_000,
      specificProvision: 2_450_000,
      generalProvision: 1_740_000,
      totalProvision: 4_190_000,
      nplRatio: '0.0517', // 60,000 / 1,160,000 = 0.05172…
      provisionCoverage: '0.6983', // 41,900 / 60,000 = 0.69833…
      provisionRatio: '0.0361', // 41,900 / 1,160,000 = 0.03612…
      coverageMeetsFloor: false, // < 150 %
      provisionRatioMeetsFloor: true, // ≥ 2.5 %
    });
  });

  it('has no coverage without NPL, and the coverage floor does not fail on it', () => {
    const r = portfolioRatios(
      [balance('normal', 100_000_000), balance('special_mention', 10_000_000)],
      DEFAULT_PROVISION_SETTINGS,
    );
    expect(r.nplPrincipal).toBe(0);
    expect(r.nplRatio).toBe('0.0000');
    expect(r.provisionCoverage).toBeNull();
    expect(r.coverageMeetsFloor).toBe(true);
    // 200,000 + 1,650,000 fen over 110,000,000 fen = 1.68 % < 2.5 %
    expect(r.provisionRatio).toBe('0.0168');
    expect(r.provisionRatioMeetsFloor).toBe(false);
  });

  it('is all null on an empty book', () => {
    const r = portfolioRatios([], DEFAULT_PROVISION_SETTINGS);
    expect([r.nplRatio, r.provisionCoverage, r.provisionRatio]).toEqual([null, null, null]);
    expect(r.totalProvision).toBe(0);
  });

  it('meets a floor exactly at the floor', () => {
    // NPL 100.00 at loss = 100.00 specific; general 1.5 % of 100.00 = 1.50; coverage 1.015 < 1.5
    const r = portfolioRatios([balance('loss', 10_000)], {
      ...DEFAULT_PROVISION_SETTINGS,
      generalRate: { n: 1n, d: 2n, text: '0.5' },
    });
    expect(r.provisionCoverage).toBe('1.5000');
    expect(r.coverageMeetsFloor).toBe(true);
  });
});
