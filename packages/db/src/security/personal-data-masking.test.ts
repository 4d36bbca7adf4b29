import { describe, expect, it } from 'vitest';
import { maskAccountNumber, maskIdNumber, maskNullable, maskPhone } from './personal-data-masking';

describe('personal data masking', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskIdNumber('110101199301131234')).toBe('1101**********1234');
    expect(maskIdNumber('91310101LFCWXLE484')).toBe('9131**********E484');
  });

  it('masks short identifiers down to their ends', () => {
    expect(maskIdNumber('AB1234')).toBe('A****4');
    expect(maskIdNumber('AB')).toBe('**');
    expect(maskIdNumber('')).toBe('');
  });

  it('masks phones as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone(null)).toBe('');
  });

  it('masks account numbers like ID numbers and keeps absent values absent', () => {
    expect(maskAccountNumber('6222021234567890123')).toBe('6222***********0123');
    expect(maskNullable(null, maskPhone)).toBeNull();
    expect(maskNullable('13812345678', maskPhone)).toBe('138****5678');
  });
});
