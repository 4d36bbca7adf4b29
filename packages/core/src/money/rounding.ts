/**
 * Exact integer arithmetic with a single half-up rounding at the end (RULES.md §1). No floating point:
 * the fast path uses integer-valued numbers only while every intermediate stays a safe integer,
 * otherwise bigint.
 */

/** round-half-up(num / den) for den > 0; half up means away from zero for positive values. */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('denominator must be positive');
  if (num >= 0n) return (num * 2n + den) / (den * 2n);
  return -((-num * 2n + den) / (den * 2n));
}

/** floor(num / den) for den > 0 on bigints. */
export function divFloor(num: bigint, den: bigint): bigint {
  const q = num / den;
  return num % den !== 0n && num < 0n ? q - 1n : q;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Integer floor division on safe non-negative integer numbers without floats: exact. */
function floorDivSafe(num: number, den: number): number {
  const rem = num % den;
  return (num - rem) / den;
}

/**
 * round-half-up(a × b / den) for non-negative safe integers a, b and positive den. Fast path when
 * 2ab + den is a safe integer; exact bigint otherwise.
 */
export function mulDivRound(a: number, b: number, den: number): number {
  if (a >= 0 && b >= 0 && (b === 0 || a <= (MAX_SAFE - den) / 2 / b)) {
    const prod = a * b;
    if (Number.isSafeInteger(prod * 2 + den)) return floorDivSafe(prod * 2 + den, den * 2);
  }
  return Number(divRoundHalfUp(BigInt(a) * BigInt(b), BigInt(den)));
}
