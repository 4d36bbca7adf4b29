import { describe, expect, it } from 'vitest';
import { readableEvidence } from './evidence';

describe('readableEvidence', () => {
  it('shows fen amounts in yuan at any depth and leaves other numbers alone', () => {
    expect(
      readableEvidence({
        dpd: 75,
        guarantors: [{ guarantorCustomerId: '6', overdueLoans: [{ dpd: 75, principalOwed: 5108606 }] }],
        periods: [{ period: 3, due: 100001, paid: 0 }],
      }),
    ).toEqual({
      dpd: 75,
      guarantors: [{ guarantorCustomerId: '6', overdueLoans: [{ dpd: 75, principalOwed: '¥51,086.06' }] }],
      periods: [{ period: 3, due: '¥1,000.01', paid: '¥0.00' }],
    });
  });

  it('keeps a value it cannot read exactly as it came', () => {
    expect(readableEvidence({ due: 1.5, paid: 'x' })).toEqual({ due: 1.5, paid: 'x' });
    expect(readableEvidence(null)).toBeNull();
  });
});
