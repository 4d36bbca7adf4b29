import {
  type Component,
  type ComponentTotals,
  DomainError,
  type Fen,
  fen,
  formatYuan,
  isSettled,
  type LocalDate,
  outstandingOf,
} from '@daihou/core';
import { z } from 'zod';
import {
  findLoan,
  type Loan,
  type LoanWithLedger,
  loadLoanForUpdate,
  saveLedger,
} from '../../repositories/loan.repo';
import { appendLoanEvent } from '../../repositories/loan-event.repo';
import { loadServicingSettings } from '../../repositories/product.repo';
import {
  type AllocationRecord,
  findRepayment,
  insertAllocations,
  type RepaymentTotals,
  toRepaymentView,
} from '../../repositories/repayment.repo';
import { getBusinessDate } from '../../repositories/system-state.repo';
import type { Sql } from '../../sql-client';
import { defineApprovalKind, locateBy } from '../approval-kind';
import { type DayMoney, reverseSameDay } from './same-day-reversal';

export const REPAYMENT_REVERSAL_PERMISSION = 'repayment.reversal.approve';

const repaymentReversalPayload = z.strictObject({
  /** What supports the reversal (the paying system's 冲正 reference, a document). */
  evidence: z.string().trim().min(1).max(2000).optional(),
});

export type RepaymentReversalPayload = z.infer<typeof repaymentReversalPayload>;

interface ReversalBasis {
  readonly loanId: string;
  readonly status: 'booked';
  readonly valueDate: LocalDate;
  readonly amount: string;
}

/**
 * Why this repayment cannot be reversed now, or null. Only a repayment of the current business date
 * whose day end of day has not closed can be (same-day reversal, 当日冲正): reversing an earlier one
 * would change the accrual, DPD, class and history of every day since (docs/domain/audit-and-approvals.md).
 */
function notReversible(repayment: RepaymentTotals, loan: Loan, businessDate: LocalDate): string | null {
  if (repayment.status !== 'booked') return `repayment ${repayment.id} is already ${repayment.status}`;
  if (loan.status === 'written_off') return `loan ${loan.id} is written off`;
  if (repayment.valueDate !== businessDate || loan.accruedThrough >= repayment.valueDate) {
    return (
      `repayment ${repayment.id} is dated ${repayment.valueDate} and that day is closed by end of day ` +
      `(business date ${businessDate}); only a repayment of the current business date can be reversed`
    );
  }
  return null;
}

async function loadDayMoney(tx: Sql, loanId: string, day: LocalDate): Promise<DayMoney> {
  const repayments = await tx.query<{ id: string; amount: string; to_credit_balance: string }>(
    `select id::text as id, amount, to_credit_balance from repayment
     where loan_id = $1 and value_date = $2 and status = 'booked' order by id`,
    [loanId, day],
  );
  const allocations = await tx.query<{
    repayment_id: string | null;
    period: number;
    component: Component;
    amount: string;
  }>(
    `select repayment_id::text as repayment_id, period, component, amount from repayment_allocation
     where loan_id = $1 and value_date = $2 order by id`,
    [loanId, day],
  );
  return {
    repayments: repayments.map((r) => ({
      id: r.id,
      amount: fen(Number(r.amount)),
      toCreditBalance: fen(Number(r.to_credit_balance)),
    })),
    allocations: allocations.map((a) => ({
      repaymentId: a.repayment_id,
      valueDate: day,
      period: a.period,
      component: a.component,
      amount: fen(Number(a.amount)),
    })),
  };
}

const totalsOf = (records: readonly AllocationRecord[], repaymentId: string): Record<Component, string> => {
  const t: ComponentTotals = {
    penalty: 0 as Fen,
    compound: 0 as Fen,
    fee: 0 as Fen,
    interest: 0 as Fen,
    principal: 0 as Fen,
  };
  for (const r of records)
    if (r.repaymentId === repaymentId) t[r.component] = (t[r.component] + r.amount) as Fen;
  return {
    penalty: formatYuan(t.penalty),
    compound: formatYuan(t.compound),
    fee: formatYuan(t.fee),
    interest: formatYuan(t.interest),
    principal: formatYuan(t.principal),
  };
};

const loanState = (l: { status: string; creditBalance: Fen; principalOwed: Fen }) => ({
  status: l.status,
  creditBalance: formatYuan(l.creditBalance),
  principalOwed: formatYuan(l.principalOwed),
});

/**
 * Reversal (冲正) of a repayment booked today. Approval takes the repayment's money back off the loan:
 * the day's money is unwound and the day's other repayments are applied again in booking order, so the
 * loan ends exactly as if the reversed repayment had never been booked; the repayment stays, marked
 * `reversed`, with no allocations. DPD, bucket and class follow at tonight's end of day, as for a booking.
 */
export const repaymentReversalKind = defineApprovalKind<RepaymentReversalPayload>({
  kind: 'repayment_reversal',
  objectType: 'repayment',
  permission: REPAYMENT_REVERSAL_PERMISSION,
  payloadSchema: repaymentReversalPayload,
  // A repayment belongs to its loan's branch (the request takes it, see prepare).
  locate: locateBy('select l.branch_id from repayment r join loan l on l.id = r.loan_id where r.id = $1'),

  async prepare(tx, repaymentId) {
    const repayment = await findRepayment(tx, repaymentId);
    if (!repayment) throw new DomainError('not_found', `objectId: no repayment ${repaymentId}`, 'objectId');
    const loan = (await findLoan(tx, repayment.loanId))!;
    const why = notReversible(repayment, loan, await getBusinessDate(tx));
    if (why) {
      const code = repayment.status === 'booked' ? 'rule_violation' : 'conflict';
      throw new DomainError(code, `objectId: ${why}`, 'objectId');
    }
    const basis: ReversalBasis = {
      loanId: loan.id,
      status: 'booked',
      valueDate: repayment.valueDate,
      amount: formatYuan(repayment.amount),
    };
    return { branchId: loan.branchId, basis: { ...basis } };
  },

  async apply(tx, ctx) {
    const basis = ctx.basis as unknown as ReversalBasis;
    // The loan lock first, as every writer of a loan's money takes it (booking, end of day).
    const locked: LoanWithLedger | null = await loadLoanForUpdate(tx, basis.loanId);
    const repayment = await findRepayment(tx, ctx.objectId);
    if (!locked || !repayment) return { stale: `repayment ${ctx.objectId} no longer exists` };
    const { loan, ledger } = locked;
    const day = repayment.valueDate;
    const why = notReversible(repayment, loan, await getBusinessDate(tx));
    if (why) return { stale: why };
    if (ledger.installments.some((i) => i.kind === 'prepayment' && i.dueDate === day)) {
      // A prepayment replaced the schedule today; unwinding it is not what this reversal does.
      return { stale: `loan ${loan.id} has a prepayment booked on ${day}; reverse that first` };
    }

    const money = await loadDayMoney(tx, loan.id, day);
    const settings = await loadServicingSettings(tx, loan.productCode);
    const reversed = reverseSameDay(ledger, day, money, repayment.id, settings.waterfallOrder);
    const oldAllocations = money.allocations;
    await tx.query('delete from repayment_allocation where loan_id = $1 and value_date = $2', [loan.id, day]);
    await insertAllocations(tx, loan.id, reversed.allocations);
    if (reversed.reapplied.length > 0) {
      await tx.query(
        `update repayment r set to_credit_balance = v.to_credit
         from unnest($1::bigint[], $2::bigint[]) as v(id, to_credit) where r.id = v.id`,
        [
          reversed.reapplied.map((r) => r.repaymentId),
          reversed.reapplied.map((r) => String(r.toCreditBalance)),
        ],
      );
    }
    await tx.query(`update repayment set status = 'reversed', to_credit_balance = 0 where id = $1`, [
      repayment.id,
    ]);
    const status = isSettled(reversed.ledger) ? 'settled' : 'active';
    const principalOwed = outstandingOf(reversed.ledger, day).principal;
    await saveLedger(tx, loan.id, reversed.ledger, { status, principalOwed, checkOn: day });

    const original = toRepaymentView(repayment);
    const base = { loanId: loan.id, businessDate: day, actor: ctx.checker };
    await appendLoanEvent(tx, {
      ...base,
      eventType: 'repayment_reversal',
      oldValue: original.amount,
      newValue: null,
      rule: 'maker-checker',
      payload: {
        repaymentId: repayment.id,
        approvalId: ctx.approvalId,
        maker: ctx.maker,
        reason: ctx.reason,
        amount: original.amount,
        allocated: { ...original.allocated },
        toCreditBalance: original.toCreditBalance,
      },
    });
    if (status !== loan.status) {
      await appendLoanEvent(tx, {
        ...base,
        eventType: 'status',
        oldValue: loan.status,
        newValue: status,
        rule: 'reversal',
      });
    }
    const after = { status, creditBalance: reversed.ledger.creditBalance, principalOwed };
    const reallocated = reversed.reapplied.map((r) => ({
      repaymentId: r.repaymentId,
      allocated: totalsOf(reversed.allocations, r.repaymentId),
      toCreditBalance: formatYuan(r.toCreditBalance),
    }));
    return {
      result: {
        repaymentId: repayment.id,
        loanId: loan.id,
        status: 'reversed',
        loan: loanState(after),
        reallocated,
      },
      audit: {
        action: 'repayment.reverse',
        before: {
          repayment: { status: 'booked', ...original, allocated: { ...original.allocated } },
          loan: loanState(loan),
          otherRepaymentsOfDay: money.repayments
            .filter((r) => r.id !== repayment.id)
            .map((r) => ({
              repaymentId: r.id,
              allocated: totalsOf(oldAllocations, r.id),
              toCreditBalance: formatYuan(r.toCreditBalance),
            })),
        },
        after: {
          repayment: { status: 'reversed' },
          loan: loanState(after),
          otherRepaymentsOfDay: reallocated,
          approvalId: ctx.approvalId,
          maker: ctx.maker,
          reason: ctx.reason,
          evidence: ctx.payload.evidence ?? null,
        },
      },
    };
  },
});
