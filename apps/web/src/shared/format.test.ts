import { describe, expect, it } from 'vitest';
import {
  fenToYuan,
  formatCount,
  formatRatio,
  formatShare,
  formatTimestamp,
  formatYuan,
  yuanToFen,
} from './format';

describe('formatYuan', () => {
  it('groups thousands and keeps the two decimals exactly', () => {
    expect(formatYuan('1234.56')).toBe('¥1,234.56');
    expect(formatYuan('0.00')).toBe('¥0.00');
    expect(formatYuan('999.99')).toBe('¥999.99');
    expect(formatYuan('1000.00')).toBe('¥1,000.00');
    expect(formatYuan('123456789012.34')).toBe('¥123,456,789,012.34');
    // Beyond 2^53 fen: text, so no rounding.
    expect(formatYuan('90071992547409.93')).toBe('¥90,071,992,547,409.93');
    expect(formatYuan('-1234.50')).toBe('-¥1,234.50');
  });
  it('marks what is not an amount instead of guessing', () => {
    expect(formatYuan('12.3')).toBe('¥12.3?');
    expect(formatYuan('abc')).toBe('¥abc?');
  });
});

describe('yuanToFen / fenToYuan', () => {
  it('round-trips', () => {
    for (const s of ['0.00', '0.01', '1234.56', '-7.05', '90071992547409.93']) {
      expect(fenToYuan(yuanToFen(s))).toBe(s);
    }
    expect(yuanToFen('1234.56')).toBe(123456n);
  });
  it('refuses what is not two decimals', () => {
    expect(() => yuanToFen('1.5')).toThrow(/two decimals/);
  });
});

describe('formatRatio', () => {
  it('shows a decimal ratio as a percentage with two decimals, half up', () => {
    expect(formatRatio('0.0213')).toBe('2.13%');
    expect(formatRatio('0.02135')).toBe('2.14%');
    expect(formatRatio('0.021349')).toBe('2.13%');
    expect(formatRatio('1.5')).toBe('150.00%');
    expect(formatRatio('12.3456')).toBe('1,234.56%');
    expect(formatRatio('0')).toBe('0.00%');
    expect(formatRatio(null)).toBe('—');
  });
});

describe('formatShare', () => {
  it('divides integer fen', () => {
    expect(formatShare(1n, 3n)).toBe('33.33%');
    expect(formatShare(2n, 3n)).toBe('66.67%');
    expect(formatShare(0n, 0n)).toBe('—');
  });
});

describe('formatTimestamp and formatCount', () => {
  it('formats', () => {
    expect(formatTimestamp('2026-11-22T08:09:10.123Z')).toBe('2026-11-22 08:09:10');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});
