import { describe, expect, it } from 'vitest';
import { dpdFloor, dpdFloorRule } from './dpd-floor';

describe('dpdFloor (RULES.md §5)', () => {
  it.each([
    [0, 'normal', 'dpd=0'],
    [1, 'special_mention', 'dpd>0'],
    [90, 'special_mention', 'dpd>0'],
    [91, 'substandard', 'dpd>90'],
    [270, 'substandard', 'dpd>90'],
    [271, 'doubtful', 'dpd>270'],
    [360, 'doubtful', 'dpd>270'],
    [361, 'loss', 'dpd>360'],
    [5000, 'loss', 'dpd>360'],
  ])('DPD %i is at least %s (%s)', (dpd, c, rule) => {
    expect(dpdFloor(dpd)).toBe(c);
    expect(dpdFloorRule(dpd)).toBe(rule);
  });

  it('takes configured bands', () => {
    const bands = { normal: 0, special_mention: 60, substandard: 180, doubtful: 360 };
    expect(dpdFloor(61, bands)).toBe('substandard');
    expect(dpdFloorRule(61, bands)).toBe('dpd>60');
    expect(dpdFloor(181, bands)).toBe('doubtful');
  });
});
