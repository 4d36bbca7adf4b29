import { formatYuan, type LocalDate } from '@daihou/core';
import { appendLoanEvent } from '../repositories/loan-event.repo';
import type { RepaymentView } from '../repositories/repayment.repo';
import type { Sql } from '../sql-client';
import type { BookRepaymentRequest } from './repayment-booking.input';

/** What a booking changed besides the repayment itself. */
export interface BookingChange {
  /** The accrued-through date before a lazy catch-up, null when none was needed. */
  readonly caughtUpFrom: LocalDate | null;
  readonly caughtUpThrough: LocalDate;
  /** Fen of credit balance spent on the repayment date before the repayment. */
  readonly creditUsed: number;
  readonly oldStatus: string;
  readonly newStatus: string;
}

/**
 * The loan events of one booking (DESIGN.md: every state change is an event with business date, cause
 * and actor): the catch-up accrual when there was one, the repayment, and a status change.
 */
export async function writeBookingEvents(
  tx: Sql,
  request: BookRepaymentRequest,
  view: RepaymentView,
  change: BookingChange,
): Promise<void> {
  const base = { loanId: request.loanId, businessDate: request.date, actor: request.actor };
  if (change.caughtUpFrom !== null) {
    await appendLoanEvent(tx, {
      ...base,
      eventType: 'accrual',
      oldValue: change.caughtUpFrom,
      newValue: change.caughtUpThrough,
      rule: 'catch-up',
    });
  }
  await appendLoanEvent(tx, {
    ...base,
    eventType: 'repayment',
    newValue: view.amount,
    rule: 'waterfall',
    payload: {
      repaymentId: view.id,
      amount: view.amount,
      allocated: { ...view.allocated },
      toCreditBalance: view.toCreditBalance,
      creditBalanceUsed: formatYuan(change.creditUsed),
    },
  });
  if (change.newStatus !== change.oldStatus) {
    // Same rule name as core's servicing timeline, so booking and end of day explain a status alike.
    await appendLoanEvent(tx, {
      ...base,
      eventType: 'status',
      oldValue: change.oldStatus,
      newValue: change.newStatus,
      rule: 'all-paid',
    });
  }
}
