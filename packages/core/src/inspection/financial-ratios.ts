import { badInput } from '../errors/domain-error';
import { divRoundHalfUp } from '../money/rounding';
import type { Ratio } from '../rate/ratio';

/**
 * The two financial ratios of an inspection report (RULES.md §9), as exact fractions of fen amounts:
 * no float ever sees them. Display is a percentage rounded half up at the one point `formatPercent` names.
 */

const amount = (value: number, field: string): bigint => {
  if (!Number.isSafeInteger(value) || value < 0)
    throw badInput(field, `must be whole fen, not negative: ${value}`);
  return BigInt(value);
};

/** 资产负债率 = total liabilities / total assets; null when assets are zero (undefined, not infinite). */
export function debtToAssetRatio(totalLiabilities: number, totalAssets: number): Ratio | null {
  const l = amount(totalLiabilities, 'totalLiabilities');
  const a = amount(totalAssets, 'totalAssets');
  return a === 0n ? null : { n: l, d: a, text: `${l}/${a}` };
}

/** 流动比率 = current assets / current liabilities; null when current liabilities are zero. */
export function currentRatio(currentAssets: number, currentLiabilities: number): Ratio | null {
  const a = amount(currentAssets, 'currentAssets');
  const l = amount(currentLiabilities, 'currentLiabilities');
  return l === 0n ? null : { n: a, d: l, text: `${a}/${l}` };
}

/** A ratio as a percentage with `decimals` places, rounded half up: 2/3 → "66.67". */
export function formatPercent(r: Ratio, decimals = 2): string {
  const scale = 10n ** BigInt(decimals);
  const v = divRoundHalfUp(r.n * 100n * scale, r.d);
  const negative = v < 0n;
  const abs = negative ? -v : v;
  const whole = abs / scale;
  const frac = (abs % scale).toString().padStart(decimals, '0');
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${frac}` : ''}`;
}

/** The change of a ratio between two reports in percentage points, exact (b − a). */
export function ratioChange(previous: Ratio, current: Ratio): Ratio {
  const n = current.n * previous.d - previous.n * current.d;
  const d = current.d * previous.d;
  return { n, d, text: `${n}/${d}` };
}
