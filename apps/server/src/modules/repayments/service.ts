import { bookRepayment, isLoanInScope, type RepaymentView } from '@daihou/db';
import type { Auditor } from '../../plugins/audit-trail';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';

export interface RepaymentRequest {
  readonly loanId: string;
  readonly date: string;
  readonly amount: string;
  readonly idempotencyKey: string;
}

/**
 * Books a repayment through the servicing service (RULES.md §3, idempotent by key) on a loan inside the
 * caller's scope. The `repayment.book` audit entry is appended inside the booking's transaction, so an
 * idempotent replay (which writes nothing) appends none.
 */
export async function bookRepaymentInScope(
  ctx: ServerContext,
  caller: Caller,
  r: RepaymentRequest,
  audit: Auditor,
): Promise<RepaymentView> {
  if (!(await isLoanInScope(ctx.db, caller.scope, r.loanId))) throw notFound(`loan ${r.loanId}`, 'id');
  return withFieldNames({ loanId: 'id', idempotencyKey: 'Idempotency-Key' }, () =>
    bookRepayment(
      ctx.db,
      {
        loanId: r.loanId,
        date: r.date,
        amount: r.amount,
        idempotencyKey: r.idempotencyKey,
        actor: caller.username,
      },
      {
        onBooked: (tx, booked) =>
          audit(tx, {
            action: 'repayment.book',
            objectType: 'loan',
            objectId: booked.loanId,
            branchId: booked.branchId,
            before: booked.before,
            after: { ...booked.after, repayment: booked.view, idempotencyKey: r.idempotencyKey },
          }),
      },
    ),
  );
}
