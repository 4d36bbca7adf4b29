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

  it('shows a guarantor exposure and net worth in yuan, days left as they are', () => {
    expect(
      readableEvidence({
        guarantors: [{ guaranteeId: '9', netWorth: 100000, exposure: 100001, guarantees: 2 }],
        items: [{ kind: 'insurance', expiresOn: '2026-05-31', daysLeft: 30 }],
      }),
    ).toEqual({
      guarantors: [{ guaranteeId: '9', netWorth: '¥1,000.00', exposure: '¥1,000.01', guarantees: 2 }],
      items: [{ kind: 'insurance', expiresOn: '2026-05-31', daysLeft: 30 }],
    });
  });

  it('keeps a value it cannot read exactly as it came', () => {
    expect(readableEvidence({ due: 1.5, paid: 'x' })).toEqual({ due: 1.5, paid: 'x' });
    expect(readableEvidence(null)).toBeNull();
  });
});
