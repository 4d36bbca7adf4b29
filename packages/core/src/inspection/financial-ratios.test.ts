import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentRatio, debtToAssetRatio, formatPercent, ratioChange } from './financial-ratios';

describe('资产负债率 and 流动比率', () => {
  it('are exact ratios of fen, shown as percentages rounded half up to 2 places', () => {
    const debt = debtToAssetRatio(200_000_00, 300_000_00)!;
    expect([debt.n, debt.d]).toEqual([20_000_000n, 30_000_000n]);
    expect(formatPercent(debt)).toBe('66.67');
    expect(formatPercent(currentRatio(150_00, 100_00)!)).toBe('150.00');
    // 1/8 = 12.5 % exactly; to one place half up is 12.5, to none 13.
    expect(formatPercent({ n: 1n, d: 8n, text: '' }, 0)).toBe('13');
    expect(formatPercent({ n: 1n, d: 800n, text: '' }, 2)).toBe('0.13');
  });

  it('are undefined on a zero denominator, refused on negative or fractional fen', () => {
    expect(debtToAssetRatio(100, 0)).toBeNull();
    expect(currentRatio(100, 0)).toBeNull();
    expect(() => debtToAssetRatio(-1, 100)).toThrow(/totalLiabilities/);
    expect(() => currentRatio(1.5, 100)).toThrow(/currentAssets/);
  });

  it('the change between two reports is exact: previous + change = current', () => {
    fc.assert(
      fc.property(
        fc.nat(10 ** 12),
        fc.integer({ min: 1, max: 10 ** 12 }),
        fc.nat(10 ** 12),
        fc.integer({ min: 1, max: 10 ** 12 }),
        (a, b, c, e) => {
          const prev = debtToAssetRatio(a, b)!;
          const cur = debtToAssetRatio(c, e)!;
          const ch = ratioChange(prev, cur);
          expect((prev.n * ch.d + ch.n * prev.d) * cur.d).toBe(cur.n * prev.d * ch.d);
        },
      ),
    );
  });

  it('formatting never strays more than half a unit of the last place', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.integer({ min: 1, max: 10 ** 12 }), (n, d) => {
        const text = formatPercent({ n: BigInt(n), d: BigInt(d), text: '' });
        const shown = BigInt(text.replace('.', ''));
        // |shown/10000 − n/d| ≤ 1/20000  ⇔  |2·shown·d − 20000·n| ≤ d
        const diff = 2n * shown * BigInt(d) - 20000n * BigInt(n);
        expect(diff <= BigInt(d) && -diff <= BigInt(d)).toBe(true);
      }),
    );
  });
});
