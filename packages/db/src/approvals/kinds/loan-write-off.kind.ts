import {
  checkWriteOffEligibility,
  DomainError,
  formatYuan,
  type LocalDate,
  WRITE_OFF_CAUSES,
  type WriteOffAmounts,
  writeOffAmounts,
} from '@daihou/core';
import { z } from 'zod';
import { holdLoanDayOpen } from '../../eod/eod-run.repo';
import { countRecoveryEfforts, litigationStagesOf } from '../../recovery/recovery-loan';
import { loadLoanForUpdate, loadLoanWithLedger } from '../../repositories/loan.repo';
import { appendLoanEvent } from '../../repositories/loan-event.repo';
import { getBusinessDate } from '../../repositories/system-state.repo';
import type { Sql } from '../../sql-client';
import { defineApprovalKind, locateLoan } from '../approval-kind';

export const LOAN_WRITE_OFF_PERMISSION = 'loan.write_off.approve';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

const writeOffPayload = z.strictObject({
  cause: z.enum(WRITE_OFF_CAUSES),
  /** References to the documents proving the cause (ruling numbers, certificates, notices). */
  evidence: z.array(text(500)).min(1, 'a write-off needs evidence of its cause').max(50),
  /** What was done to recover before asking. */
  recoveryEfforts: text(4000),
  /** 责任认定. */
  responsibility: z.strictObject({
    persons: z.array(text(100)).max(50),
    finding: z.enum(['no_fault', 'fault']),
    conclusion: text(4000),
    measures: z.string().trim().max(4000),
  }),
});

export type WriteOffPayload = z.infer<typeof writeOffPayload>;

/** What approval compares: the claim the request was decided on. */
interface WriteOffBasis {
  readonly status: string;
  readonly accruedThrough: LocalDate;
  readonly creditBalance: number;
  readonly amounts: Record<keyof WriteOffAmounts, number>;
}

const plain = (a: WriteOffAmounts): Record<keyof WriteOffAmounts, number> => ({
  principal: a.principal,
  interest: a.interest,
  fee: a.fee,
  penalty: a.penalty,
  compound: a.compound,
});

/** Prefixes a core refusal's field with `payload.` when it names an input of the application. */
function asRequestError(err: unknown): never {
  if (err instanceof DomainError && err.field && !['loanId'].includes(err.field)) {
    throw new DomainError(err.code, `payload.${err.message}`, `payload.${err.field}`);
  }
  if (err instanceof DomainError && err.field === 'loanId') {
    throw new DomainError(err.code, err.message.replace(/^loanId:/, 'objectId:'), 'objectId');
  }
  throw err;
}

async function eligibility(tx: Sql, loanId: string, payload: WriteOffPayload, lock: boolean) {
  const found = lock ? await loadLoanForUpdate(tx, loanId) : await loadLoanWithLedger(tx, loanId);
  if (!found) return null;
  const { loan, ledger } = found;
  const [row] = await tx.query<{ oldest_unpaid_due: LocalDate | null }>(
    'select oldest_unpaid_due::text as oldest_unpaid_due from loan where id = $1',
    [loanId],
  );
  const amounts = writeOffAmounts(ledger);
  const businessDate = await getBusinessDate(tx);
  const efforts = await countRecoveryEfforts(tx, loanId);
  try {
    checkWriteOffEligibility(
      {
        cause: payload.cause,
        evidence: payload.evidence,
        recoveryEfforts: payload.recoveryEfforts,
        responsibility: payload.responsibility,
      },
      {
        status: loan.status,
        creditBalance: ledger.creditBalance,
        amounts,
        oldestUnpaidDue: row?.oldest_unpaid_due ?? null,
        recoveryEffortCount: efforts,
        litigationStages: await litigationStagesOf(tx, loanId),
        businessDate,
      },
    );
  } catch (err) {
    asRequestError(err);
  }
  const basis: WriteOffBasis = {
    status: loan.status,
    accruedThrough: ledger.accruedThrough,
    creditBalance: ledger.creditBalance,
    amounts: plain(amounts),
  };
  return { loan, amounts, basis, businessDate, efforts };
}

/** Field by field: the stored basis comes back from jsonb with its keys in jsonb's order. */
const sameBasis = (a: WriteOffBasis, b: WriteOffBasis): boolean =>
  a.status === b.status &&
  a.accruedThrough === b.accruedThrough &&
  Number(a.creditBalance) === b.creditBalance &&
  (Object.keys(b.amounts) as (keyof WriteOffAmounts)[]).every((k) => Number(a.amounts[k]) === b.amounts[k]);

const yuanOf = (a: WriteOffAmounts) => ({
  principal: formatYuan(a.principal),
  interest: formatYuan(a.interest),
  fee: formatYuan(a.fee),
  penalty: formatYuan(a.penalty),
  compound: formatYuan(a.compound),
});

/**
 * 核销 (RULES.md §12). The request is checked against core's eligibility rules when it is made and again
 * when it is approved; approval (by a second person with `loan.write_off.approve`, never the maker) takes
 * the claim off the balance sheet in the approval's transaction: the write-off record, the loan
 * `written_off` with no principal owed on balance, a new as-of history interval, the loan event, the
 * collection case closed. Later recoveries are booked against the record (write-off.repo.ts).
 */
export const loanWriteOffKind = defineApprovalKind<WriteOffPayload>({
  kind: 'loan_write_off',
  objectType: 'loan',
  permission: LOAN_WRITE_OFF_PERMISSION,
  payloadSchema: writeOffPayload,
  locate: locateLoan,

  async prepare(tx, loanId, payload) {
    const e = await eligibility(tx, loanId, payload, false);
    if (!e) throw new DomainError('not_found', `objectId: no loan ${loanId}`, 'objectId');
    return { branchId: e.loan.branchId, basis: { ...e.basis, amounts: { ...e.basis.amounts } } };
  },

  async apply(tx, ctx) {
    // Like a booking: wait out an end-of-day partition working on the loan, and hold it back until commit.
    await holdLoanDayOpen(tx, ctx.objectId, await getBusinessDate(tx));
    let e: Awaited<ReturnType<typeof eligibility>>;
    try {
      e = await eligibility(tx, ctx.objectId, ctx.payload, true);
    } catch (err) {
      if (err instanceof DomainError)
        return { stale: `loan ${ctx.objectId} can no longer be written off (${err.message})` };
      throw err;
    }
    if (!e) return { stale: `loan ${ctx.objectId} no longer exists` };
    const was = ctx.basis as unknown as WriteOffBasis;
    if (!sameBasis(was, e.basis)) {
      return { stale: `loan ${ctx.objectId} changed since the request (its claim or status moved)` };
    }
    const { loan, amounts, businessDate } = e;
    const p = ctx.payload;
    const [row] = await tx.query<{ id: string }>(
      `insert into write_off (loan_id, branch_id, approval_id, cause, evidence, recovery_efforts, recovery_effort_count,
                              responsibility, written_off_on, principal, interest, fee, penalty, compound, maker, approver)
       values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14, $15, $16)
       returning id::text as id`,
      [
        loan.id,
        loan.branchId,
        ctx.approvalId,
        p.cause,
        JSON.stringify(p.evidence),
        p.recoveryEfforts,
        e.efforts,
        JSON.stringify(p.responsibility),
        businessDate,
        amounts.principal,
        amounts.interest,
        amounts.fee,
        amounts.penalty,
        amounts.compound,
        ctx.maker,
        ctx.checker,
      ],
    );
    const writeOffId = row!.id;
    // Off balance: no principal owed on the books, end of day no longer evaluates it (status not active).
    await tx.query(
      `update loan set status = 'written_off', principal_owed = 0, next_check_date = null,
                       evaluated_on = $2, updated_at = now()
        where id = $1`,
      [loan.id, businessDate],
    );
    // As-of history: from the end of today the loan is written off with nothing on balance.
    await tx.query(
      `update loan_state_history set valid_to = $2
        where loan_id = $1 and valid_to = 'infinity' and valid_from < $2`,
      [loan.id, businessDate],
    );
    await tx.query(
      `insert into loan_state_history (loan_id, valid_from, status, principal_owed, credit_balance,
                                       oldest_unpaid_due, classification, class_rule, specific_provision)
       select id, $2::date, 'written_off', 0, 0, oldest_unpaid_due, classification, class_rule, 0 from loan where id = $1
       on conflict (loan_id, valid_from) do update set status = 'written_off', principal_owed = 0,
         credit_balance = 0, specific_provision = 0`,
      [loan.id, businessDate],
    );
    const closed = await tx.query<{ id: string }>(
      `update collection_case set status = 'closed', closed_on = $2, updated_on = $2, close_reason = 'written_off'
        where loan_id = $1 and status = 'open' returning id::text as id`,
      [loan.id, businessDate],
    );
    if (closed.length > 0) {
      await tx.query(
        `update collection_task set status = 'cancelled', done_on = $2
          where case_id = any($1::bigint[]) and status = 'open'`,
        [closed.map((c) => c.id), businessDate],
      );
    }
    await appendLoanEvent(tx, {
      loanId: loan.id,
      businessDate,
      eventType: 'status',
      oldValue: loan.status,
      newValue: 'written_off',
      rule: `write_off:${p.cause}`,
      actor: ctx.checker,
      payload: {
        writeOffId,
        approvalId: ctx.approvalId,
        maker: ctx.maker,
        checker: ctx.checker,
        amounts: yuanOf(amounts),
      },
    });
    return {
      result: { writeOffId, loanId: loan.id, writtenOffOn: businessDate, amounts: yuanOf(amounts) },
      audit: {
        action: 'loan.write_off',
        before: { status: loan.status, principalOwed: formatYuan(loan.principalOwed) },
        after: {
          status: 'written_off',
          principalOwed: '0.00',
          writeOffId,
          approvalId: ctx.approvalId,
          maker: ctx.maker,
          cause: p.cause,
          evidence: p.evidence,
          amounts: yuanOf(amounts),
          responsibility: {
            persons: p.responsibility.persons,
            finding: p.responsibility.finding,
            conclusion: p.responsibility.conclusion,
            measures: p.responsibility.measures,
          },
        },
      },
    };
  },
});
