import type { Installment } from '../../api/types';
import { yuanToFen } from '../../shared/format';

export type InstallmentState = 'paid' | 'overdue' | 'partial' | 'due';

export interface InstallmentFigures {
  readonly dueFen: bigint;
  readonly paidFen: bigint;
  readonly outstandingFen: bigint;
  readonly principalOutstandingFen: bigint;
  readonly interestOutstandingFen: bigint;
  readonly penaltyOutstandingFen: bigint;
  readonly state: InstallmentState;
}

/**
 * One installment's amounts in integer fen and its state on the business date: paid when nothing of
 * principal, interest and fee is left; overdue when something is left after its due date; partly paid or
 * not yet due otherwise. Penalty and compound interest are shown beside it, not part of "due".
 */
export function installmentFigures(
  i: Installment,
  businessDate: string | null | undefined,
): InstallmentFigures {
  const f = yuanToFen;
  const dueFen = f(i.principalDue) + f(i.interestDue) + f(i.feeDue);
  const paidFen = f(i.principalPaid) + f(i.interestPaid) + f(i.feePaid);
  const outstandingFen = dueFen - paidFen;
  const penaltyOutstandingFen =
    f(i.penaltyAccrued) - f(i.penaltyPaid) + (f(i.compoundAccrued) - f(i.compoundPaid));
  let state: InstallmentState;
  if (outstandingFen <= 0n && penaltyOutstandingFen <= 0n) state = 'paid';
  else if (businessDate && i.dueDate < businessDate) state = 'overdue';
  else state = paidFen > 0n ? 'partial' : 'due';
  return {
    dueFen,
    paidFen,
    outstandingFen,
    principalOutstandingFen: f(i.principalDue) - f(i.principalPaid),
    interestOutstandingFen: f(i.interestDue) - f(i.interestPaid),
    penaltyOutstandingFen,
    state,
  };
}
