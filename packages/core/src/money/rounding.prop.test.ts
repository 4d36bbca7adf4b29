import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divFloor, divRoundHalfUp, mulDivRound } from './rounding';

/** Reference: the quotient and remainder, then one comparison of twice the remainder with the divisor. */
function halfUpReference(num: bigint, den: bigint): bigint {
  const abs = num < 0n ? -num : num;
  const q = abs / den;
  const r = abs % den;
  const rounded = r * 2n >= den ? q + 1n : q;
  return num < 0n ? -rounded : rounded;
}

const HUGE = 2n ** 200n;
const numerator = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
  fc.bigInt({ min: -HUGE, max: HUGE }),
);
const denominator = fc.oneof(
  fc.bigInt({ min: 1n, max: 20n }),
  fc.bigInt({ min: 1n, max: 2n ** 60n }),
  fc.bigInt({ min: 1n, max: HUGE }),
);

/** Safe non-negative integers, small and up to 2^53 − 1. */
const safeNat = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  fc.maxSafeNat(),
  fc.constantFrom(0, 1, 2 ** 26, 2 ** 26 + 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1),
);

describe('rounding against an exact bigint reference', () => {
  it('divRoundHalfUp', () => {
    fc.assert(
      fc.property(numerator, denominator, (num, den) => {
        expect(divRoundHalfUp(num, den)).toBe(halfUpReference(num, den));
      }),
      { numRuns: 300 },
    );
  });

  it('divFloor', () => {
    fc.assert(
      fc.property(numerator, denominator, (num, den) => {
        const q = divFloor(num, den);
        expect(q * den <= num && num < (q + 1n) * den).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('mulDivRound on safe non-negative integers, products far beyond 2^53', () => {
    fc.assert(
      fc.property(
        safeNat,
        safeNat,
        safeNat.filter((d) => d > 0),
        (a, b, den) => {
          const expected = halfUpReference(BigInt(a) * BigInt(b), BigInt(den));
          // Only results that fit a number are meaningful as fen.
          fc.pre(expected <= BigInt(Number.MAX_SAFE_INTEGER));
          expect(mulDivRound(a, b, den)).toBe(Number(expected));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mulDivRound near the fast-path boundary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 26 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        (b, shift, den) => {
          // a × b lands next to 2^52, where 2ab + den crosses the safe range
          const a0 = Number(2n ** 52n / BigInt(b)) + shift;
          const a = a0 < 0 ? 0 : a0;
          expect(mulDivRound(a, b, den)).toBe(Number(halfUpReference(BigInt(a) * BigInt(b), BigInt(den))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mulDivRound with a negative factor rounds away from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (a, b, den) => {
          expect(mulDivRound(a, b, den)).toBe(Number(halfUpReference(BigInt(a) * BigInt(b), BigInt(den))));
        },
      ),
      { numRuns: 200 },
    );
  });
});
