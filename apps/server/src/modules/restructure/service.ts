import {
  DomainError,
  extensionLimitMonths,
  observationEnd,
  type RepaymentMethod,
  termClass,
  termMonths,
} from '@daihou/core';
import {
  extensionHistory,
  findLoanListItemInScope,
  listReschedulings,
  listSupersededSchedules,
  loadLoanWithLedger,
  loanScheduleState,
  planJson,
  planRescheduling,
  type ReschedulingPayload,
  type ReschedulingRecord,
  requestApproval,
  scopePrefix,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { fromDomainError, notFound } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { yuan } from '../../shared/json-values';
import { approvalJson } from '../approvals/service';
import { installmentJson } from '../loans/service';

/**
 * Extension (展期) and restructuring (重组) over HTTP: quotes computed by the same plan the approval
 * applies (packages/db/src/restructure), requests through maker–checker. Errors name the body's fields:
 * `payload.months` is `months`, the loan (`objectId`) is `id`.
 */
async function withBodyFields<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError && err.field !== undefined) {
      const field = err.field === 'objectId' ? 'id' : err.field.replace(/^payload\./, '');
      throw fromDomainError(err, { [err.field]: field });
    }
    if (err instanceof DomainError) throw fromDomainError(err);
    throw err;
  }
}

async function loanInScope(ctx: ServerContext, caller: Caller, loanId: string) {
  const item = await findLoanListItemInScope(ctx.db, caller.scope, loanId);
  const full = item ? await loadLoanWithLedger(ctx.db, loanId) : null;
  if (!item || !full) throw notFound(`loan ${loanId}`, 'id');
  return full;
}

/** What the change would do today, not written; guarantor consents are checked on the request. */
export async function quote(
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  payload: ReschedulingPayload,
) {
  const full = await loanInScope(ctx, caller, loanId);
  return withBodyFields(async () => {
    const plan = await planRescheduling(ctx.db, full, payload, { requireConsents: false });
    return planJson(full.loan, plan);
  });
}

export interface ReschedulingRequest {
  readonly kind: 'loan_extension' | 'loan_restructure';
  readonly loanId: string;
  /** Validated by the kind's schema in the db layer. */
  readonly payload: unknown;
  readonly reason: string;
  readonly requestId: string;
}

export async function requestRescheduling(ctx: ServerContext, caller: Caller, r: ReschedulingRequest) {
  // Outside the scope the loan does not exist: 404 before any rule could tell something about it.
  await loanInScope(ctx, caller, r.loanId);
  const created = await withBodyFields(() =>
    requestApproval(ctx.db, {
      kind: r.kind,
      objectType: 'loan',
      objectId: r.loanId,
      payload: r.payload,
      reason: r.reason,
      maker: caller.username,
      requestId: r.requestId,
      branchPath: scopePrefix(caller.scope),
    }),
  );
  return approvalJson(created);
}

const recordJson = (r: ReschedulingRecord, frequency: 'monthly' | 'quarterly') => ({
  id: r.id,
  kind: r.kind,
  approvalId: r.approvalId,
  effectiveDate: r.effectiveDate,
  scheduleVersion: r.scheduleVersion,
  reason: r.reason,
  forFinancialDifficulty: r.forFinancialDifficulty,
  months: r.months,
  oldAnnualRate: r.oldAnnualRate,
  oldMethod: r.oldMethod,
  oldTerm: r.oldTerm,
  oldMaturityDate: r.oldMaturityDate,
  annualRate: r.annualRate,
  method: r.method,
  term: r.term,
  maturityDate: r.maturityDate,
  principal: yuan(r.principal),
  carried: r.carried,
  guarantorConsents: r.guarantorConsents.map((c) => ({ ...c })),
  observationStart: r.observationStart,
  observationEnd: observationEnd({
    effectiveDate: r.effectiveDate,
    forFinancialDifficulty: r.forFinancialDifficulty,
    observationStart: r.observationStart,
    frequency,
  }),
  maker: r.maker,
  checker: r.checker,
});

/** The loan's schedule versions, its extensions and restructurings, limits and guarantors. */
export async function reschedulingOverview(ctx: ServerContext, caller: Caller, loanId: string) {
  const { loan, ledger } = await loanInScope(ctx, caller, loanId);
  const state = (await loanScheduleState(ctx.db, loanId))!;
  const history = await extensionHistory(ctx.db, loanId);
  const originalMonths = termMonths(
    history.first?.oldTerm ?? loan.terms.term,
    (history.first?.oldMethod ?? loan.terms.method) as RepaymentMethod,
    loan.terms.frequency,
  );
  const guarantees = await ctx.db.query<{ id: string; guarantor_name: string; amount: string }>(
    'select id::text as id, guarantor_name, amount from guarantee where contract_id = $1 order by id',
    [loan.contractId],
  );
  const records = await listReschedulings(ctx.db, loanId);
  const superseded = await listSupersededSchedules(ctx.db, loanId);
  return {
    loanId,
    scheduleVersion: state.scheduleVersion,
    maturityDate: loan.maturityDate,
    originalTermMonths: originalMonths,
    termClass: termClass(originalMonths),
    extensionLimitMonths: extensionLimitMonths(originalMonths),
    extendedMonths: history.extendedMonths,
    guarantees: guarantees.map((g) => ({
      id: g.id,
      guarantorName: g.guarantor_name,
      amount: yuan(Number(g.amount)),
    })),
    reschedulings: records.map((r) => recordJson(r, loan.terms.frequency)).reverse(),
    schedules: [
      {
        version: state.scheduleVersion,
        current: true,
        installments: ledger.installments.map(installmentJson),
      },
      ...superseded.reverse().map((s) => ({
        version: s.version,
        current: false,
        installments: s.installments.map(installmentJson),
      })),
    ],
  };
}
