import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketOf } from './bucket';

describe('bucketOf (RULES.md §3.5)', () => {
  it.each([
    [0, 'M0'],
    [1, 'M1'],
    [30, 'M1'],
    [31, 'M2'],
    [60, 'M2'],
    [61, 'M3'],
    [90, 'M3'],
    [91, 'M4'],
    [120, 'M4'],
    [121, 'M5'],
    [150, 'M5'],
    [151, 'M6'],
    [180, 'M6'],
    [181, 'M7+'],
    [10000, 'M7+'],
  ])('DPD %i is %s', (dpd, bucket) => {
    expect(bucketOf(dpd)).toBe(bucket);
  });

  it('walks the buckets in order, 30 days each', () => {
    for (let dpd = 1; dpd <= 180; dpd++) {
      expect(bucketOf(dpd)).toBe(BUCKETS[(dpd - 1 - ((dpd - 1) % 30)) / 30 + 1]);
    }
  });
});
