import {
  DomainError,
  formatYuan,
  type LimitationClock,
  parseLocalDate,
  WRITE_OFF_COMPONENTS,
  type WriteOffAmounts,
} from '@daihou/core';
import {
  bookWriteOffRecovery,
  checkRatesAgainstCap,
  createRecoveryPlan,
  findLoanRecoveryPlan,
  findWriteOff,
  type LitigationCase,
  type LoanClocks,
  listDemands,
  listLitigation,
  listLpr,
  listRecoveryPlans,
  loadInterestCapSetting,
  loanClocks,
  openLitigation,
  type RecoveryPlan,
  type RecoveryPlanDetail,
  recordDemand,
  recordLitigationStep,
  recoveryLoanInScope,
  requestApproval,
  reviewRecoveryPlan,
  scopePrefix,
  updateInterestCapSetting,
  upsertLpr,
  type WriteOffRecord,
  type WriteOffRecovery,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { fromDomainError, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { approvalJson } from '../approvals/service';
import type { CapCheckQuery, PlanListQuery } from './schemas';

/**
 * Recovery over HTTP (RULES.md §11, §12). The db layer (packages/db/src/recovery, the loan_write_off
 * approval kind) applies the scope, the rules and writes each change with its audit entry in one
 * transaction; these functions shape JSON (amounts as yuan strings) and rename fields to the edge's.
 */

const yuanAmounts = (a: WriteOffAmounts | Record<string, number>) =>
  Object.fromEntries(
    WRITE_OFF_COMPONENTS.map((c) => [c, formatYuan((a as Record<string, number>)[c] ?? 0)]),
  ) as Record<(typeof WRITE_OFF_COMPONENTS)[number], string>;

const writeOffJson = (w: WriteOffRecord) => ({
  ...w,
  evidence: [...w.evidence],
  responsibility: { ...w.responsibility, persons: [...w.responsibility.persons] },
  writtenOff: yuanAmounts(w.writtenOff),
  recovered: yuanAmounts(w.recovered),
  stillPursued: yuanAmounts(w.stillPursued),
});

const recoveryJson = (r: WriteOffRecovery) => ({
  ...r,
  amount: formatYuan(r.amount),
  allocated: yuanAmounts(r.allocated),
});

const litigationJson = (c: LitigationCase) => ({
  ...c,
  claimAmount: formatYuan(c.claimAmount),
  judgmentAmount: c.judgmentAmount === null ? null : formatYuan(c.judgmentAmount),
  costs: formatYuan(c.costs),
  recovered: formatYuan(c.recovered),
  steps: c.steps.map((s) => ({ ...s, cost: formatYuan(s.cost), recovered: formatYuan(s.recovered) })),
});

const limitationJson = (l: LimitationClock) => ({ ...l, lateEvents: [...l.lateEvents] });
const clocksJson = (c: LoanClocks) => ({
  ...c,
  limitation: { ...limitationJson(c.limitation), daysLeft: c.limitation.daysLeft },
  guarantees: c.guarantees.map((g) => ({
    ...g,
    guarantorLimitation: g.guarantorLimitation === null ? null : limitationJson(g.guarantorLimitation),
  })),
});

const planJson = (p: RecoveryPlan) => ({ ...p, targetAmount: formatYuan(p.targetAmount) });
const planDetailJson = (p: RecoveryPlanDetail) => ({
  ...planJson(p),
  measures: p.measures.map((m) => ({
    ...m,
    targetAmount: m.targetAmount === null ? null : formatYuan(m.targetAmount),
  })),
  reviews: [...p.reviews],
});

export async function recoveryOverview(ctx: ServerContext, caller: Caller, loanId: string) {
  return withFieldNames({}, async () => {
    const loan = await recoveryLoanInScope(ctx.db, caller.scope, loanId);
    const w = await findWriteOff(ctx.db, caller.scope, loanId);
    const plan = await findLoanRecoveryPlan(ctx.db, caller.scope, loanId);
    return {
      loanId: loan.id,
      loanNo: loan.loanNo,
      status: loan.status,
      classification: loan.classification,
      writeOff: w ? writeOffJson(w.writeOff) : null,
      recoveries: w ? w.recoveries.map(recoveryJson) : [],
      litigation: (await listLitigation(ctx.db, caller.scope, loanId)).map(litigationJson),
      demands: await listDemands(ctx.db, caller.scope, loanId),
      clocks: clocksJson(await loanClocks(ctx.db, caller.scope, loanId)),
      plan: plan ? planDetailJson(plan) : null,
    };
  });
}

export interface WriteOffRequestBody {
  readonly cause: string;
  readonly evidence: readonly string[];
  readonly recoveryEfforts: string;
  readonly responsibility: {
    readonly persons: readonly string[];
    readonly finding: string;
    readonly conclusion: string;
    readonly measures: string;
  };
  readonly reason: string;
}

/** The maker's request: 202 with the pending approval; a risk head approves it. */
export async function requestWriteOff(
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  body: WriteOffRequestBody,
  requestId: string,
) {
  try {
    // Scope first: a loan outside it is 404 before any rule is looked at.
    await recoveryLoanInScope(ctx.db, caller.scope, loanId);
    const { reason, ...payload } = body;
    const created = await requestApproval(ctx.db, {
      kind: 'loan_write_off',
      objectType: 'loan',
      objectId: loanId,
      payload,
      reason,
      maker: caller.username,
      requestId,
      branchPath: scopePrefix(caller.scope),
    });
    return approvalJson(created);
  } catch (err) {
    if (err instanceof DomainError && err.field !== undefined) {
      const field = err.field === 'objectId' ? 'id' : err.field.replace(/^payload\./, '');
      throw fromDomainError(err, { [err.field]: field });
    }
    if (err instanceof DomainError) throw fromDomainError(err);
    throw err;
  }
}

export async function bookRecovery(
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  body: unknown,
  idempotencyKey: string,
  requestId: string,
) {
  const r = await withFieldNames({}, () =>
    bookWriteOffRecovery(ctx.db, caller.scope, {
      loanId,
      body,
      idempotencyKey,
      actor: caller.username,
      requestId,
    }),
  );
  return recoveryJson(r.recovery);
}

export const startLitigation = async (
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  body: unknown,
  requestId: string,
) =>
  litigationJson(
    await withFieldNames({}, () =>
      openLitigation(ctx.db, caller.scope, loanId, body, caller.username, requestId),
    ),
  );

export const litigationStep = async (
  ctx: ServerContext,
  caller: Caller,
  caseId: string,
  body: unknown,
  requestId: string,
) =>
  litigationJson(
    await withFieldNames({}, () =>
      recordLitigationStep(ctx.db, caller.scope, caseId, body, caller.username, requestId),
    ),
  );

export const addDemand = (
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  body: unknown,
  requestId: string,
) => withFieldNames({}, () => recordDemand(ctx.db, caller.scope, loanId, body, caller.username, requestId));

export const addPlan = async (
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  body: unknown,
  requestId: string,
) =>
  planDetailJson(
    await withFieldNames({}, () =>
      createRecoveryPlan(ctx.db, caller.scope, loanId, body, caller.username, requestId),
    ),
  );

export const addReview = async (
  ctx: ServerContext,
  caller: Caller,
  planId: string,
  body: unknown,
  requestId: string,
) =>
  planDetailJson(
    await withFieldNames({}, () =>
      reviewRecoveryPlan(ctx.db, caller.scope, planId, body, caller.username, requestId),
    ),
  );

export async function planList(ctx: ServerContext, caller: Caller, q: PlanListQuery) {
  const page = await withFieldNames({}, () =>
    listRecoveryPlans(ctx.db, caller.scope, { due: q.due, page: q.page, pageSize: q.pageSize }),
  );
  return { items: page.items.map(planJson), total: page.total, page: q.page, pageSize: q.pageSize };
}

export async function caps(ctx: ServerContext) {
  return { setting: { ...(await loadInterestCapSetting(ctx.db)) }, lpr: await listLpr(ctx.db) };
}

export async function capCheck(ctx: ServerContext, q: CapCheckQuery) {
  const r = await withFieldNames({}, () =>
    checkRatesAgainstCap(ctx.db, {
      annualRate: q.annualRate,
      penaltyUplift: q.penaltyUplift,
      penaltyDailyRate: q.penaltyDailyRate,
      annualFeeRate: q.annualFeeRate,
      dayBasis: q.dayBasis === undefined ? undefined : (Number(q.dayBasis) as 360 | 365),
      contractDate: parseLocalDate(q.contractDate, 'contractDate'),
    }),
  );
  return r;
}

export const setCap = async (ctx: ServerContext, caller: Caller, body: unknown, requestId: string) => ({
  ...(await withFieldNames({}, () => updateInterestCapSetting(ctx.db, body, caller.username, requestId))),
});

export const addLpr = (ctx: ServerContext, caller: Caller, body: unknown, requestId: string) =>
  withFieldNames({}, () => upsertLpr(ctx.db, body, caller.username, requestId));
