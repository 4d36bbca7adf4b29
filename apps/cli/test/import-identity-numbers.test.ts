import { describe, expect, it } from 'vitest';
import { creditCodeProblem, isMobilePhone, residentIdProblem } from '../src/import/identity-numbers';

describe('resident ID numbers (GB 11643)', () => {
  it.each(['110101199301132049', '310101199603151445', '110101198503121239', '11010519491231002X'])(
    'accepts %s',
    (id) => expect(residentIdProblem(id)).toBeNull(),
  );

  it('refuses a wrong check character', () => {
    expect(residentIdProblem('110101199301132048')).toMatch(/校验位/);
  });

  it('refuses an impossible birth date even with a matching check character', () => {
    // 1993-02-30 with its check character computed: the checksum alone would let it through.
    const body = '11010119930230204';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
    expect(residentIdProblem(body + '10X98765432'[sum % 11])).toMatch(/出生日期 1993-02-30/);
  });

  it.each(['11010119930113204', '1101011993011320499', '11010119930113204A'])(
    'refuses the shape of %s',
    (id) => {
      expect(residentIdProblem(id)).toMatch(/18 位/);
    },
  );
});

describe('unified social credit codes (GB 32100)', () => {
  it.each(['91310101LFCWXLE484', '91110000600037341L', '9122010283W3PH489K'])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('refuses a wrong length, naming it', () => {
    expect(creditCodeProblem('91310101LFCWXLE48')).toMatch(/18 位，实际 17 位/);
  });

  it('refuses letters outside the code alphabet (I, O, Z, S, V)', () => {
    expect(creditCodeProblem('91310101LFCWXLEI84')).toMatch(/无效字符/);
  });
});

describe('mobile phone numbers', () => {
  it.each([
    ['13812345678', true],
    ['19999410741', true],
    ['23812345678', false],
    ['1381234567', false],
    ['138-1234-5678', false],
  ])('%s → %s', (phone, ok) => expect(isMobilePhone(phone)).toBe(ok));
});
