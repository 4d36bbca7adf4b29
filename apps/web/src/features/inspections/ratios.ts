/**
 * The report form's live 资产负债率 and 流动比率, as the server computes them (packages/core
 * financial-ratios: exact fractions of fen, percent with two places rounded half up): integer fen in
 * bigint, never a float. The server's values replace these once the report is submitted.
 */

/** What the API accepts as yuan: up to 13 digits, at most two decimals (apps/server yuanText). */
export const YUAN_INPUT = /^\d{1,13}(\.\d{1,2})?$/;

/** "1234.5" → 123450n; anything the API would refuse → null. */
export function yuanInputToFen(text: string | undefined | null): bigint | null {
  const s = (text ?? '').trim();
  if (!YUAN_INPUT.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  return BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'));
}

/** n / d in percent with two places, rounded half up (n, d ≥ 0); null when d is zero, as the API says. */
export function percentText(n: bigint, d: bigint): string | null {
  if (d === 0n) return null;
  const scaled = n * 10_000n;
  const q = scaled / d;
  const v = 2n * (scaled % d) >= d ? q + 1n : q;
  return `${v / 100n}.${String(v % 100n).padStart(2, '0')}`;
}

export interface FigureInputs {
  readonly totalAssets?: string | undefined;
  readonly totalLiabilities?: string | undefined;
  readonly currentAssets?: string | undefined;
  readonly currentLiabilities?: string | undefined;
}

/** The two ratios of what has been typed so far (each null until its two figures are valid). */
export function liveRatios(f: FigureInputs): { debtToAsset: string | null; current: string | null } {
  const a = yuanInputToFen(f.totalAssets);
  const l = yuanInputToFen(f.totalLiabilities);
  const ca = yuanInputToFen(f.currentAssets);
  const cl = yuanInputToFen(f.currentLiabilities);
  return {
    debtToAsset: a !== null && l !== null ? percentText(l, a) : null,
    current: ca !== null && cl !== null ? percentText(ca, cl) : null,
  };
}

const hundredths = (p: string): bigint => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(p);
  if (!m) throw new Error(`not a percentage with two places: ${p}`);
  const v = BigInt(m[2]!) * 100n + BigInt(m[3]!);
  return m[1] === '-' ? -v : v;
};

/**
 * The change between two shown percentages in percentage points, signed: ("60.00", "66.67") → "+6.67".
 * It is the difference of the two values as shown, so a reader can check it by subtraction.
 */
export function percentChange(previous: string | null, current: string | null): string | null {
  if (previous === null || current === null) return null;
  const d = hundredths(current) - hundredths(previous);
  const abs = d < 0n ? -d : d;
  const sign = d > 0n ? '+' : d < 0n ? '-' : '±';
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
