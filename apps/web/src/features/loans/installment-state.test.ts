import { describe, expect, it } from 'vitest';
import type { Installment } from '../../api/types';
import { installmentFigures } from './installment-state';

const base: Installment = {
  period: 1,
  kind: 'scheduled',
  dueDate: '2026-02-10',
  principalDue: '1000.00',
  interestDue: '50.00',
  feeDue: '0.00',
  principalPaid: '0.00',
  interestPaid: '0.00',
  feePaid: '0.00',
  penaltyAccrued: '0.00',
  penaltyPaid: '0.00',
  compoundAccrued: '0.00',
  compoundPaid: '0.00',
};

describe('installmentFigures', () => {
  it('is not yet due before its due date, and on it', () => {
    expect(installmentFigures(base, '2026-02-01').state).toBe('due');
    expect(installmentFigures(base, '2026-02-10').state).toBe('due');
  });
  it('is overdue the day after its due date while anything is left', () => {
    const f = installmentFigures({ ...base, interestPaid: '50.00', principalPaid: '999.99' }, '2026-02-11');
    expect(f.state).toBe('overdue');
    expect(f.outstandingFen).toBe(1n);
    expect(f.principalOutstandingFen).toBe(1n);
  });
  it('is partly paid before its due date when some is paid', () => {
    expect(installmentFigures({ ...base, interestPaid: '50.00' }, '2026-02-01').state).toBe('partial');
  });
  it('is paid when principal, interest, fee, penalty and compound are all paid', () => {
    const paid = { ...base, principalPaid: '1000.00', interestPaid: '50.00' };
    expect(installmentFigures(paid, '2026-03-01').state).toBe('paid');
    const penaltyLeft = { ...paid, penaltyAccrued: '3.20', penaltyPaid: '1.00', compoundAccrued: '0.05' };
    const f = installmentFigures(penaltyLeft, '2026-03-01');
    expect(f.state).toBe('overdue');
    expect(f.penaltyOutstandingFen).toBe(225n);
  });
});
