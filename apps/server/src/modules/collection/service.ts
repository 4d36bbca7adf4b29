import { formatYuan } from '@daihou/core';
import {
  assignCollectionCase,
  type CollectionActionRecord,
  type CollectionCase,
  countWarningsByLevel,
  decideWarning,
  findCollectionCase,
  findGuaranteeCircle,
  findWarning,
  type GuaranteeCircle,
  liftStopFlag,
  listCollectionCases,
  listEligibleCollectors,
  listGuaranteeCircles,
  listStopFlags,
  listWarnings,
  type PromiseToPay,
  recordCollectionAction,
  setStopFlag,
  type Warning,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import type { CaseListQuery, CircleListQuery, WarningCountQuery, WarningListQuery } from './schemas';

/**
 * Warnings and collection over HTTP. The db layer (packages/db/src/warnings, src/collection) applies the
 * caller's scope, the lifecycle and contact-policy rules, and writes each change with its audit entry in
 * one transaction, so these functions only shape JSON (amounts as yuan strings, evidence as an object).
 */

const warningJson = <W extends Warning>(w: W) => ({
  ...w,
  evidence: JSON.parse(w.evidence) as Record<string, unknown>,
});

const hhmm = (m: number) =>
  `${String((m - (m % 60)) / 60).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const actionJson = ({ minute, ...a }: CollectionActionRecord) => ({ ...a, time: hhmm(minute) });
const promiseJson = (p: PromiseToPay) => ({ ...p, amount: formatYuan(p.amount) });
const caseJson = <C extends CollectionCase>(c: C) => ({
  ...c,
  overdueAmount: formatYuan(c.overdueAmount),
  principalOwed: formatYuan(c.principalOwed),
  nextPromiseAmount: c.nextPromiseAmount === null ? null : formatYuan(c.nextPromiseAmount),
});

export async function warningBoard(ctx: ServerContext, caller: Caller, q: WarningListQuery) {
  const page = await withFieldNames({}, () => listWarnings(ctx.db, caller.scope, q));
  return { items: page.items.map(warningJson), total: page.total, page: q.page, pageSize: q.pageSize };
}

export async function warningDetail(ctx: ServerContext, caller: Caller, id: string) {
  const w = await findWarning(ctx.db, caller.scope, id);
  if (!w) throw notFound(`warning ${id}`, 'id');
  return warningJson(w);
}

export async function decide(
  ctx: ServerContext,
  caller: Caller,
  id: string,
  body: unknown,
  requestId: string,
) {
  return warningJson(
    await withFieldNames({}, () => decideWarning(ctx.db, caller.scope, id, body, caller.username, requestId)),
  );
}

export async function caseQueue(ctx: ServerContext, caller: Caller, q: CaseListQuery) {
  const assigneeId = q.assignee === 'me' ? caller.userId : q.assignee === 'all' ? undefined : q.assignee;
  const page = await withFieldNames({}, () =>
    listCollectionCases(ctx.db, caller.scope, {
      status: q.status,
      assigneeId,
      page: q.page,
      pageSize: q.pageSize,
    }),
  );
  return { items: page.items.map(caseJson), total: page.total, page: q.page, pageSize: q.pageSize };
}

export async function caseDetail(ctx: ServerContext, caller: Caller, id: string) {
  const c = await findCollectionCase(ctx.db, caller.scope, id);
  if (!c) throw notFound(`collection case ${id}`, 'id');
  return { ...caseJson(c), actions: c.actions.map(actionJson), promises: c.promises.map(promiseJson) };
}

export async function recordAction(
  ctx: ServerContext,
  caller: Caller,
  id: string,
  body: unknown,
  requestId: string,
) {
  const r = await withFieldNames({}, () =>
    recordCollectionAction(ctx.db, caller.scope, id, body, caller.username, requestId),
  );
  return { ...actionJson(r), promise: r.promise === null ? null : promiseJson(r.promise) };
}

export async function assignCase(
  ctx: ServerContext,
  caller: Caller,
  id: string,
  body: unknown,
  requestId: string,
) {
  return withFieldNames({}, () =>
    assignCollectionCase(ctx.db, caller.scope, id, body, caller.username, requestId),
  );
}

export async function warningCounts(ctx: ServerContext, caller: Caller, q: WarningCountQuery) {
  return withFieldNames({}, () => countWarningsByLevel(ctx.db, caller.scope, q));
}

export async function eligibleCollectors(ctx: ServerContext, caller: Caller, id: string) {
  const items = await listEligibleCollectors(ctx.db, caller.scope, id);
  if (!items) throw notFound(`collection case ${id}`, 'id');
  return { items };
}

export async function stopFlags(ctx: ServerContext, caller: Caller, customerId: string) {
  const items = await listStopFlags(ctx.db, caller.scope, customerId);
  if (!items) throw notFound(`customer ${customerId}`, 'id');
  return { items };
}

export async function addStopFlag(
  ctx: ServerContext,
  caller: Caller,
  customerId: string,
  body: unknown,
  requestId: string,
) {
  return withFieldNames({}, () =>
    setStopFlag(ctx.db, caller.scope, customerId, body, caller.username, requestId),
  );
}

export async function removeStopFlag(
  ctx: ServerContext,
  caller: Caller,
  customerId: string,
  flagId: string,
  body: unknown,
  requestId: string,
) {
  return withFieldNames({}, () =>
    liftStopFlag(ctx.db, caller.scope, customerId, flagId, body, caller.username, requestId),
  );
}

export async function circles(ctx: ServerContext, caller: Caller, q: CircleListQuery) {
  const page = await withFieldNames({}, () => listGuaranteeCircles(ctx.db, caller.scope, q));
  return { items: [...page.items], total: page.total, page: q.page, pageSize: q.pageSize };
}

const circleJson = (c: GuaranteeCircle) => ({
  ...c,
  links: c.links.map((l) => ({ ...l, amount: formatYuan(l.amount) })),
});

export async function circle(ctx: ServerContext, caller: Caller, id: string) {
  const c = await findGuaranteeCircle(ctx.db, caller.scope, id);
  if (!c) throw notFound(`guarantee circle ${id}`, 'id');
  return circleJson(c);
}
