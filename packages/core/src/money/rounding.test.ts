import { describe, expect, it } from 'vitest';
import { divFloor, divRoundHalfUp, mulDivRound } from './rounding';

describe('divRoundHalfUp', () => {
  it('rounds halves up (away from zero)', () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(15n, 10n)).toBe(2n);
    expect(divRoundHalfUp(25n, 10n)).toBe(3n);
    expect(divRoundHalfUp(385n, 1000n)).toBe(0n);
    expect(divRoundHalfUp(3850n, 100n)).toBe(39n);
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n);
    expect(divRoundHalfUp(-4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(0n, 7n)).toBe(0n);
  });

  it('refuses a zero or negative denominator', () => {
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => divRoundHalfUp(1n, -3n)).toThrow(RangeError);
  });
});

describe('divFloor', () => {
  it('floors toward minus infinity', () => {
    expect(divFloor(7n, 2n)).toBe(3n);
    expect(divFloor(-7n, 2n)).toBe(-4n);
    expect(divFloor(-8n, 2n)).toBe(-4n);
    expect(divFloor(0n, 2n)).toBe(0n);
  });
});

describe('mulDivRound', () => {
  it('is one exact quotient rounded half up (RULES.md §1: 30.00 at 15.40 % a month is 0.39)', () => {
    // 3000 fen × 1540 / (100 × 100 × 12) = 0.385 fen… in fen: 3000 × 1540 / 120000 = 38.5 → 39
    expect(mulDivRound(3000, 1540, 120000)).toBe(39);
    expect(mulDivRound(12000000, 600, 120000)).toBe(60000);
    expect(mulDivRound(0, 5, 7)).toBe(0);
    expect(mulDivRound(5, 0, 7)).toBe(0);
  });

  it('stays exact beyond 2^53', () => {
    const big = Number.MAX_SAFE_INTEGER;
    // (2^53 − 1)² / (2^53 − 1) = 2^53 − 1 exactly
    expect(mulDivRound(big, big, big)).toBe(big);
    expect(mulDivRound(big, 3, 3)).toBe(big);
    // (2^53 − 1) × 2 / 4 = 2^52 − 0.5, a tie, up to 2^52
    expect(mulDivRound(big, 2, 4)).toBe(2 ** 52);
  });

  it('rounds negative products away from zero on a tie', () => {
    expect(mulDivRound(-3, 1, 2)).toBe(-2);
    expect(mulDivRound(-1, 1, 3)).toBe(0);
  });
});
