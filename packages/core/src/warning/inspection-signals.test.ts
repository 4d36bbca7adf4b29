import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INSPECTION_SIGNAL_SETTINGS,
  inspectionSignals,
  type ReportFigures,
} from './inspection-signals';

const figures = (
  totalAssets: number,
  totalLiabilities: number,
  currentAssets: number,
  currentLiabilities: number,
): ReportFigures => ({ totalAssets, totalLiabilities, currentAssets, currentLiabilities });

describe('inspection signals (RULES.md §11)', () => {
  it('raises one signal per finding flag, at its level', () => {
    expect(inspectionSignals(['lost_contact', 'fund_misuse', 'fund_misuse'], null, null)).toEqual([
      { code: 'inspection_fund_misuse', level: 'orange', evidence: { flag: 'fund_misuse' } },
      { code: 'inspection_lost_contact', level: 'red', evidence: { flag: 'lost_contact' } },
    ]);
    expect(inspectionSignals(['business_deterioration'], null, null)).toEqual([
      {
        code: 'inspection_business_deterioration',
        level: 'yellow',
        evidence: { flag: 'business_deterioration' },
      },
    ]);
  });

  it('raises ratios_worsening only beyond 10 points of 资产负债率, exactly at the edge', () => {
    const before = figures(1_000_000, 600_000, 0, 0);
    // 60 % → 70 %: exactly 10 points, not beyond.
    expect(inspectionSignals([], figures(1_000_000, 700_000, 0, 0), before)).toEqual([]);
    // 60 % → 70.0001 %: beyond.
    const [s] = inspectionSignals([], figures(1_000_000, 700_001, 0, 0), before);
    expect(s).toMatchObject({
      code: 'ratios_worsening',
      level: 'yellow',
      evidence: { debtToAssetBefore: '60.00', debtToAssetNow: '70.00', debtToAssetRisePoints: '10.00' },
    });
  });

  it('raises ratios_worsening when 流动比率 falls by more than 20 points', () => {
    const before = figures(0, 0, 1_500_000, 1_000_000);
    expect(inspectionSignals([], figures(0, 0, 1_300_000, 1_000_000), before)).toEqual([]);
    const [s] = inspectionSignals([], figures(0, 0, 1_299_999, 1_000_000), before);
    expect(s?.evidence).toMatchObject({ currentRatioBefore: '150.00', currentRatioNow: '130.00' });
  });

  it('does not compare without a previous report or with an undefined ratio', () => {
    expect(inspectionSignals([], figures(1, 1, 1, 1), null)).toEqual([]);
    expect(inspectionSignals([], figures(0, 5, 5, 0), figures(10, 1, 10, 1))).toEqual([]);
  });

  it('refuses settings that are not levels or whole points, naming the field', () => {
    expect(() =>
      inspectionSignals([], null, null, { ...DEFAULT_INSPECTION_SIGNAL_SETTINGS, debtRatioRisePoints: 1.5 }),
    ).toThrow(/^debtRatioRisePoints: /);
    expect(() =>
      inspectionSignals([], null, null, {
        ...DEFAULT_INSPECTION_SIGNAL_SETTINGS,
        ratiosWorseningLevel: 'purple' as 'red',
      }),
    ).toThrow(/^ratiosWorseningLevel: /);
  });

  it('never raises ratios_worsening for a report that improved both ratios', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        (assets, liabilities, cAssets, cLiabilities, less, more) => {
          const before = figures(assets, liabilities, cAssets, cLiabilities);
          const after = figures(
            assets,
            liabilities > less ? liabilities - less : 0,
            cAssets + more,
            cLiabilities,
          );
          return inspectionSignals([], after, before).length === 0;
        },
      ),
    );
  });
});
