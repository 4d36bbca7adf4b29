import { compoundAccrued, type InstallmentLedger, penaltyAccrued } from '@daihou/core';
import {
  findLoanListItemInScope,
  findManualClassification,
  keyCustomerIdsAmong,
  type LoanClassPeriod,
  type LoanEvent,
  type LoanListFilter,
  type LoanListItem,
  listLoanClassHistory,
  listLoanEvents,
  listLoansInScope,
  listRepaymentTotals,
  loadLoanWithLedger,
  maskIdNumber,
  maskNullable,
  maskPhone,
  toRepaymentView,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { notFound } from '../../shared/api-error';
import { branchFilterPath } from '../../shared/branch-filter';
import type { Caller } from '../../shared/caller';
import { percentText, yuan } from '../../shared/json-values';
import type { LoanListQuery } from './schemas';

/** `keys`: the key customers among the items' borrowers (keyCustomerIdsAmong), for `isKeyCustomer`. */
export const loanListItemJson = (l: LoanListItem, keys: ReadonlySet<string>) => ({
  id: l.id,
  loanNo: l.loanNo,
  customerId: l.customerId,
  customerNo: l.customerNo,
  customerName: l.customerName,
  customerIdNumber: maskIdNumber(l.customerIdNumber),
  customerPhone: maskNullable(l.customerPhone, maskPhone),
  branchId: l.branchId,
  managerId: l.managerId,
  managerName: l.managerName,
  principal: yuan(l.principal),
  principalOwed: yuan(l.principalOwed),
  dpd: l.dpd,
  bucket: l.bucket,
  classification: l.classification,
  status: l.status,
  method: l.method,
  disbursementDate: l.disbursementDate,
  maturityDate: l.maturityDate,
  isKeyCustomer: keys.has(l.customerId),
});

export const installmentJson = (i: InstallmentLedger) => ({
  period: i.period,
  kind: i.kind ?? 'scheduled',
  dueDate: i.dueDate,
  principalDue: yuan(i.principalDue),
  interestDue: yuan(i.interestDue),
  feeDue: yuan(i.feeDue),
  principalPaid: yuan(i.principalPaid),
  interestPaid: yuan(i.interestPaid),
  feePaid: yuan(i.feePaid),
  penaltyAccrued: yuan(penaltyAccrued(i)),
  penaltyPaid: yuan(i.penaltyPaid),
  compoundAccrued: yuan(compoundAccrued(i)),
  compoundPaid: yuan(i.compoundPaid),
});

const classPeriodJson = (p: LoanClassPeriod) => ({
  validFrom: p.validFrom,
  validTo: p.validTo,
  status: p.status,
  classification: p.classification,
  classRule: p.classRule,
  principalOwed: yuan(p.principalOwed),
  specificProvision: yuan(p.specificProvision),
});

const eventJson = (e: LoanEvent) => ({
  id: e.id,
  businessDate: e.businessDate,
  eventType: e.eventType,
  oldValue: e.oldValue,
  newValue: e.newValue,
  rule: e.rule,
  actor: e.actor,
  payload: e.payload,
  createdAt: e.createdAt,
});

/** The repository filter of a loan-list query (the branch checked to lie inside the caller's scope). */
export async function loanFilterOf(
  ctx: ServerContext,
  caller: Caller,
  q: Omit<LoanListQuery, 'page' | 'pageSize' | 'sort'> & { sort?: LoanListQuery['sort'] },
): Promise<LoanListFilter> {
  return {
    branchPath: await branchFilterPath(ctx.db, caller.scope, q.branchId),
    managerId: q.managerId,
    customerId: q.customerId,
    buckets: q.bucket,
    classifications: q.classification,
    statuses: q.status,
    methods: q.method,
    principalMin: q.amountMin,
    principalMax: q.amountMax,
    text: q.q,
    sort: q.sort,
  };
}

export async function listLoans(ctx: ServerContext, caller: Caller, q: LoanListQuery) {
  const page = await listLoansInScope(ctx.db, caller.scope, await loanFilterOf(ctx, caller, q), {
    page: q.page,
    pageSize: q.pageSize,
  });
  const keys = await keyCustomerIdsAmong(
    ctx.db,
    page.items.map((l) => l.customerId),
  );
  return {
    items: page.items.map((l) => loanListItemJson(l, keys)),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The loan screen: terms, state, schedule, repayments, class history and events (404 outside scope). */
export async function loanDetail(ctx: ServerContext, caller: Caller, loanId: string) {
  const item = await findLoanListItemInScope(ctx.db, caller.scope, loanId);
  const full = item ? await loadLoanWithLedger(ctx.db, loanId) : null;
  if (!item || !full) throw notFound(`loan ${loanId}`, 'id');
  const { loan, ledger } = full;
  // Each with its status: a reversed (冲正) repayment stays on the loan with nothing allocated.
  const repayments = (await listRepaymentTotals(ctx.db, loanId)).map((r) => ({
    ...toRepaymentView(r),
    status: r.status,
  }));
  const classHistory = await listLoanClassHistory(ctx.db, loanId);
  const events = await listLoanEvents(ctx.db, loanId);
  const manualClassification = await findManualClassification(ctx.db, loanId);
  return {
    ...loanListItemJson(item, await keyCustomerIdsAmong(ctx.db, [item.customerId])),
    contractId: loan.contractId,
    productCode: loan.productCode,
    annualRate: percentText(loan.terms.annualRate.text),
    term: loan.terms.term,
    frequency: loan.terms.frequency,
    paymentMode: loan.paymentMode,
    purpose: loan.purpose,
    securityType: loan.securityType,
    accruedThrough: loan.accruedThrough,
    creditBalance: yuan(loan.creditBalance),
    classRule: loan.classRule,
    manualClassification,
    schedule: ledger.installments.map(installmentJson),
    repayments,
    classHistory: classHistory.map(classPeriodJson),
    events: events.map(eventJson),
  };
}
