import { describe, expect, it } from 'vitest';
import { liveRatios, percentChange, percentText, yuanInputToFen } from './ratios';

describe('report form ratios', () => {
  it('reads yuan as the API does, refusing what it refuses', () => {
    expect(yuanInputToFen('1234.5')).toBe(123450n);
    expect(yuanInputToFen(' 0.01 ')).toBe(1n);
    expect(yuanInputToFen('1,000')).toBeNull();
    expect(yuanInputToFen('1.005')).toBeNull();
    expect(yuanInputToFen('-1')).toBeNull();
    expect(yuanInputToFen('')).toBeNull();
    expect(yuanInputToFen(undefined)).toBeNull();
    expect(yuanInputToFen('99999999999999')).toBeNull();
  });

  it('rounds half up to two places like core formatPercent', () => {
    expect(percentText(2n, 3n)).toBe('66.67');
    expect(percentText(1n, 3n)).toBe('33.33');
    expect(percentText(1n, 8n)).toBe('12.50');
    expect(percentText(1n, 200_000n)).toBe('0.00');
    expect(percentText(1n, 20_000n)).toBe('0.01');
    expect(percentText(3n, 2n)).toBe('150.00');
    expect(percentText(5n, 0n)).toBeNull();
  });

  it('computes both ratios once their figures are valid (the server test’s figures)', () => {
    expect(
      liveRatios({
        totalAssets: '3000000.00',
        totalLiabilities: '2000000.00',
        currentAssets: '150',
        currentLiabilities: '100',
      }),
    ).toEqual({ debtToAsset: '66.67', current: '150.00' });
    expect(liveRatios({ totalAssets: '0', totalLiabilities: '5' })).toEqual({
      debtToAsset: null,
      current: null,
    });
  });

  it('gives the signed change in percentage points', () => {
    expect(percentChange('60.00', '66.67')).toBe('+6.67');
    expect(percentChange('150.00', '120.50')).toBe('-29.50');
    expect(percentChange('10.00', '10.00')).toBe('±0.00');
    expect(percentChange(null, '10.00')).toBeNull();
  });
});
