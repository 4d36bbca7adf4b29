import { DomainError, outstandingOf } from '@daihou/core';
import type { AppliedChange, ApplyContext, ApprovalTarget, StaleRequest } from '../approvals/approval-kind';
import { holdLoanDayOpen } from '../eod/eod-run.repo';
import { loadLoanForUpdate, loadLoanWithLedger, saveLedger } from '../repositories/loan.repo';
import { appendLoanEvent, type JsonValue } from '../repositories/loan-event.repo';
import { insertAllocations } from '../repositories/repayment.repo';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Sql } from '../sql-client';
import {
  archiveSchedule,
  insertRescheduling,
  loanScheduleState,
  saveRescheduledTerms,
} from './rescheduling.repo';
import {
  type ExtensionPayload,
  planJson,
  planRescheduling,
  type ReschedulingPayload,
  type RestructurePayload,
} from './rescheduling.service';

/** What approval compares with the loan then: a change decided on another schedule is stale. */
interface ReschedulingBasis {
  readonly status: string;
  readonly scheduleVersion: number;
  readonly maturityDate: string;
}

const withKind = (
  kind: 'extension' | 'restructure',
  payload: ExtensionPayload | RestructurePayload,
): ReschedulingPayload =>
  kind === 'extension'
    ? { kind, ...(payload as ExtensionPayload) }
    : { kind, ...(payload as RestructurePayload) };

/** At request time: every rule checked on today's loan, nothing written; the basis for staleness. */
export async function prepareRescheduling(
  tx: Sql,
  loanId: string,
  kind: 'extension' | 'restructure',
  payload: ExtensionPayload | RestructurePayload,
): Promise<ApprovalTarget> {
  const found = await loadLoanWithLedger(tx, loanId);
  if (!found) throw new DomainError('not_found', `objectId: no loan ${loanId}`, 'objectId');
  const plan = await planRescheduling(tx, found, withKind(kind, payload), { requireConsents: true });
  const basis: ReschedulingBasis = {
    status: found.loan.status,
    scheduleVersion: plan.scheduleVersion,
    maturityDate: found.loan.maturityDate,
  };
  return { branchId: found.loan.branchId, basis: { ...basis } };
}

/**
 * At approval, in its transaction: the rules again on the loan as it is now (the change takes effect on
 * the approval's business date), then the old schedule archived as its version, the new installments,
 * the loan's terms, the rescheduling record with the guarantors' consents and a `extended` /
 * `restructured` loan event. Class, DPD and bucket follow at tonight's end of day (next_check_date is
 * set to today), which applies RULES.md §5 through the observation track.
 */
export async function applyRescheduling(
  tx: Sql,
  kind: 'extension' | 'restructure',
  ctx: ApplyContext<ExtensionPayload | RestructurePayload>,
): Promise<AppliedChange | StaleRequest> {
  // Like a booking: next_check_date = today must reach tonight's evaluation, so hold the partition back.
  await holdLoanDayOpen(tx, ctx.objectId, await getBusinessDate(tx));
  const locked = await loadLoanForUpdate(tx, ctx.objectId);
  if (!locked) return { stale: `loan ${ctx.objectId} no longer exists` };
  const { loan } = locked;
  const was = ctx.basis as unknown as ReschedulingBasis;
  const state = (await loanScheduleState(tx, loan.id))!;
  if (was.status !== loan.status || was.scheduleVersion !== state.scheduleVersion) {
    return {
      stale:
        `loan ${loan.id} changed since the request (status ${was.status} → ${loan.status}, ` +
        `schedule version ${was.scheduleVersion} → ${state.scheduleVersion})`,
    };
  }
  const plan = await planRescheduling(tx, locked, withKind(kind, ctx.payload), { requireConsents: true });
  const a = plan.applied;
  const version = state.scheduleVersion + 1;
  // Absent keys (months of a restructuring, periods of an extension) dropped: the stored JSON has none.
  const quote = JSON.parse(JSON.stringify(planJson(loan, plan))) as { [key: string]: JsonValue };

  await archiveSchedule(tx, loan.id, state.scheduleVersion, plan.eve.ledger.installments);
  await insertAllocations(tx, loan.id, plan.eve.creditAllocations);
  const principalOwed = outstandingOf(a.ledger, plan.date).principal;
  await saveLedger(tx, loan.id, a.ledger, { status: 'active', principalOwed, checkOn: plan.date });
  await saveRescheduledTerms(tx, loan.id, {
    annualRate: a.terms.annualRate.text,
    method: a.terms.method,
    term: a.terms.term,
    maturityDate: a.maturityDate,
    version,
  });
  const record = await insertRescheduling(tx, {
    loanId: loan.id,
    kind,
    approvalId: ctx.approvalId,
    effectiveDate: plan.date,
    scheduleVersion: version,
    reason: ctx.reason,
    forFinancialDifficulty: plan.change.forFinancialDifficulty,
    months: plan.change.kind === 'extension' ? plan.change.months : null,
    oldAnnualRate: loan.terms.annualRate.text,
    oldMethod: loan.terms.method,
    oldTerm: loan.terms.term,
    oldMaturityDate: loan.maturityDate,
    annualRate: a.terms.annualRate.text,
    method: a.terms.method,
    term: a.terms.term,
    maturityDate: a.maturityDate,
    principal: a.principal,
    carried: {
      overduePrincipal: quote.carriedOverduePrincipal ?? '0.00',
      interest: quote.carriedInterest ?? '0.00',
      fee: quote.carriedFee ?? '0.00',
      penalty: quote.carriedPenalty ?? '0.00',
      compound: quote.carriedCompound ?? '0.00',
    },
    guarantorConsents: plan.consents,
    observationStart: a.track.observationStart,
    maker: ctx.maker,
    checker: ctx.checker,
  });

  const base = { loanId: loan.id, businessDate: plan.date, actor: ctx.checker };
  if (plan.eve.caughtUp) {
    await appendLoanEvent(tx, {
      ...base,
      eventType: 'accrual',
      oldValue: locked.ledger.accruedThrough,
      newValue: plan.eve.ledger.accruedThrough,
      rule: 'catch-up',
    });
  }
  const rule =
    kind === 'extension'
      ? 'RULES§12:extension'
      : plan.change.forFinancialDifficulty
        ? 'RULES§12:restructure(financial-difficulty)'
        : 'RULES§12:restructure';
  await appendLoanEvent(tx, {
    ...base,
    eventType: kind === 'extension' ? 'extended' : 'restructured',
    oldValue: loan.maturityDate,
    newValue: a.maturityDate,
    rule,
    payload: {
      reschedulingId: record.id,
      approvalId: ctx.approvalId,
      maker: ctx.maker,
      reason: ctx.reason,
      scheduleVersion: version,
      guarantorConsents: plan.consents.map((c) => ({ ...c })),
      ...quote,
    },
  });
  const before = {
    annualRate: loan.terms.annualRate.text,
    method: loan.terms.method,
    term: loan.terms.term,
    maturityDate: loan.maturityDate,
    scheduleVersion: state.scheduleVersion,
    principalOwed: loan.principalOwed,
  };
  const after = {
    annualRate: a.terms.annualRate.text,
    method: a.terms.method,
    term: a.terms.term,
    maturityDate: a.maturityDate,
    scheduleVersion: version,
    principalOwed,
    reschedulingId: record.id,
    reason: ctx.reason,
    maker: ctx.maker,
    forFinancialDifficulty: plan.change.forFinancialDifficulty,
    guarantorConsents: plan.consents.map((c) => ({ ...c })),
  };
  return {
    result: { reschedulingId: record.id, loanId: loan.id, scheduleVersion: version, ...quote },
    audit: { action: kind === 'extension' ? 'loan.extend' : 'loan.restructure', before, after },
  };
}
