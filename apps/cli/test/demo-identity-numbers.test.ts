import { describe, expect, it } from 'vitest';
import {
  creditCode,
  creditCodeCheckChar,
  isValidCreditCode,
  isValidResidentId,
  orgCodeCheckChar,
  residentId,
} from '../src/demo/identity-numbers';
import { SeededRandom } from '../src/demo/seeded-random';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts the standard examples and rejects a changed digit', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('440524188001010014')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519491231002x')).toBe(false);
  });

  it('builds numbers whose check character validates', () => {
    expect(residentId('110105', '1949-12-31', 2)).toBe('11010519491231002X');
    const rng = new SeededRandom(5);
    for (let i = 0; i < 500; i++) {
      const id = residentId(
        '320102',
        `19${rng.int(60, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
        rng.int(1, 999),
      );
      expect(isValidResidentId(id)).toBe(true);
    }
  });
});

describe('unified social credit codes (GB 32100) and organisation codes (GB 11714)', () => {
  it('accepts published codes and rejects a changed character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91440300708461136T')).toBe(true);
    expect(isValidCreditCode('91440300708461136U')).toBe(false);
    expect(isValidCreditCode('9144030070846113IT')).toBe(false);
  });

  it('computes the organisation code check character', () => {
    // 70846113-6 is the organisation code inside 91440300708461136T.
    expect(orgCodeCheckChar('70846113')).toBe('6');
    expect(creditCodeCheckChar('91440300708461136')).toBe('T');
  });

  it('builds codes whose check characters validate', () => {
    const rng = new SeededRandom(9);
    for (let i = 0; i < 500; i++) {
      const code = creditCode('321002', `MA${rng.digits(6)}`);
      expect(isValidCreditCode(code)).toBe(true);
      expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
    }
  });
});

describe('seeded random', () => {
  it('repeats for a seed, stays in range and spreads', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a.int(1, 6));
    expect(Array.from({ length: 1000 }, () => b.int(1, 6))).toEqual(xs);
    expect(new Set(xs)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(Math.min(...xs)).toBe(1);
    const c = new SeededRandom(43);
    expect(Array.from({ length: 20 }, () => c.int(1, 6))).not.toEqual(xs.slice(0, 20));
  });
});
