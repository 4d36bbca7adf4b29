import { maskIdNumber, maskPhone } from '@daihou/db';
import { describe, expect, it } from 'vitest';

describe('masking personal data in the register', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskIdNumber('110101199301131234')).toBe('1101**********1234');
    expect(maskIdNumber('91310101LFCWXLE484')).toBe('9131**********E484');
  });

  it('masks short numbers without revealing most of them', () => {
    expect(maskIdNumber('AB1234')).toBe('A****4');
    expect(maskIdNumber('A')).toBe('*');
  });

  it('shows a phone as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(null)).toBe('');
  });
});
