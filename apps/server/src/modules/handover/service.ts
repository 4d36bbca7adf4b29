import { formatYuan } from '@daihou/core';
import {
  cancelHandover,
  draftHandover,
  findBook,
  findHandover,
  findOrphans,
  type Handover,
  type HandoverPlan,
  listHandoverCandidates,
  listHandovers,
  previewHandover,
  signHandover,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import type { HandoverListQuery } from './schemas';

/**
 * Handover (离职移交) over HTTP. The db layer (packages/db/src/handover) applies scope and the rules and
 * writes each step with its audit entry in one transaction; these functions shape JSON (yuan strings).
 */

const planJson = (p: HandoverPlan) => ({
  ...p,
  successors: p.successors.map((s) => ({ ...s, balance: formatYuan(s.balance) })),
  items: p.items.map((i) => ({ ...i, balance: formatYuan(i.balance) })),
});
const handoverJson = (h: Handover) => ({
  ...h,
  successors: h.successors.map((s) => ({ ...s, balance: formatYuan(s.balance) })),
  items: h.items.map((i) => ({ ...i, balance: formatYuan(i.balance) })),
});

export const candidates = (ctx: ServerContext, caller: Caller) =>
  listHandoverCandidates(ctx.db, caller.scope);

export async function book(ctx: ServerContext, caller: Caller, userId: string) {
  const b = await findBook(ctx.db, caller.scope, userId);
  if (!b) throw notFound(`user ${userId}`, 'id');
  return {
    items: b.map(({ branchPath: _path, ...c }) => ({ ...c, balance: formatYuan(c.balance) })),
  };
}

export async function orphans(ctx: ServerContext, caller: Caller) {
  const r = await findOrphans(ctx.db, caller.scope);
  return { counts: r.counts, items: r.items.map((o) => ({ ...o, balance: formatYuan(o.balance) })) };
}

export async function preview(ctx: ServerContext, caller: Caller, body: unknown) {
  return planJson(
    await withFieldNames({}, () => previewHandover(ctx.db, caller.scope, body, caller.username)),
  );
}

export async function draft(ctx: ServerContext, caller: Caller, body: unknown, requestId: string) {
  return handoverJson(
    await withFieldNames({}, () => draftHandover(ctx.db, caller.scope, body, caller.username, requestId)),
  );
}

export async function list(ctx: ServerContext, caller: Caller, q: HandoverListQuery) {
  const page = await withFieldNames({}, () => listHandovers(ctx.db, caller.scope, q));
  return {
    items: page.items.map((h) => ({ ...h, balance: formatYuan(h.balance) })),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function detail(ctx: ServerContext, caller: Caller, id: string) {
  const h = await findHandover(ctx.db, caller.scope, id, caller.userId);
  if (!h) throw notFound(`handover ${id}`, 'id');
  return handoverJson(h);
}

export async function sign(ctx: ServerContext, caller: Caller, id: string, requestId: string) {
  return handoverJson(
    await withFieldNames({}, () =>
      signHandover(
        ctx.db,
        caller.scope,
        id,
        {
          userId: caller.userId,
          username: caller.username,
          mayActForDeparting: caller.permissions.has('handover:write'),
        },
        requestId,
      ),
    ),
  );
}

export async function cancel(
  ctx: ServerContext,
  caller: Caller,
  id: string,
  body: unknown,
  requestId: string,
) {
  return handoverJson(
    await withFieldNames({}, () =>
      cancelHandover(ctx.db, caller.scope, id, body, caller.username, requestId),
    ),
  );
}
