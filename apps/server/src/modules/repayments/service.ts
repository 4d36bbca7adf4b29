import type { Component } from '@daihou/core';
import {
  bookRepayment,
  isLoanInScope,
  type LoanBalances,
  type PreviewLine,
  previewRepayment,
  type RepaymentView,
} from '@daihou/db';
import type { Auditor } from '../../plugins/audit-trail';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { yuan } from '../../shared/json-values';

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

const balancesJson = (b: LoanBalances) => ({
  principalOwed: yuan(b.principalOwed),
  duePrincipal: yuan(b.duePrincipal),
  dueInterest: yuan(b.dueInterest),
  penalty: yuan(b.penalty),
  compound: yuan(b.compound),
  fee: yuan(b.fee),
  creditBalance: yuan(b.creditBalance),
});

/** Allocation lines grouped per installment, in the order the waterfall reached them. */
function perInstallment(lines: readonly PreviewLine[]) {
  const rows = new Map<number, { dueDate: string; amounts: Record<Component, number> }>();
  for (const l of lines) {
    let row = rows.get(l.period);
    if (!row) {
      row = { dueDate: l.dueDate, amounts: { penalty: 0, compound: 0, fee: 0, interest: 0, principal: 0 } };
      rows.set(l.period, row);
    }
    row.amounts[l.component] += l.amount;
  }
  return [...rows].map(([period, { dueDate, amounts: a }]) => ({
    period,
    dueDate,
    penalty: yuan(a.penalty),
    compound: yuan(a.compound),
    fee: yuan(a.fee),
    interest: yuan(a.interest),
    principal: yuan(a.principal),
    total: yuan(a.penalty + a.compound + a.fee + a.interest + a.principal),
  }));
}

/**
 * 还款试算: where `amount` would go if booked now on a loan inside the caller's scope — the booking's own
 * computation (previewRepayment), nothing written, no audit entry (a read).
 */
export async function quoteRepaymentInScope(
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  amount: string,
) {
  if (!(await isLoanInScope(ctx.db, caller.scope, loanId))) throw notFound(`loan ${loanId}`, 'id');
  const p = await withFieldNames({ loanId: 'id' }, () => previewRepayment(ctx.db, { loanId, amount }));
  return {
    loanId: p.loanId,
    date: p.date,
    amount: yuan(p.amount),
    installments: perInstallment(p.lines),
    allocated: {
      penalty: yuan(p.totals.penalty),
      compound: yuan(p.totals.compound),
      interest: yuan(p.totals.interest),
      principal: yuan(p.totals.principal),
      fee: yuan(p.totals.fee),
    },
    toCreditBalance: yuan(p.toCreditBalance),
    creditBalanceApplied: perInstallment(p.creditLines),
    before: balancesJson(p.before),
    after: balancesJson(p.after),
    statusAfter: p.statusAfter,
  };
}
