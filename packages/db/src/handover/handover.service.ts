import {
  checkManualPlan,
  DomainError,
  type Fen,
  type HandoverAssignment,
  type LocalDate,
  sharesOf,
  splitByBalance,
} from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { type AccessScope, limitOffset, type Page, scopePrefix } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import { isUniqueViolation } from '../services/sql-errors';
import type { Database, Sql } from '../sql-client';
import { type BookCustomer, readBook, rolesNeeded, UNFINISHED_TASK } from './handover-book';

export const HANDOVER_MODES = ['manual', 'by_balance'] as const;
export type HandoverMode = (typeof HANDOVER_MODES)[number];
export const HANDOVER_STATUSES = ['pending', 'completed', 'cancelled'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

const userId = z.string().regex(/^[1-9]\d{0,17}$/, 'must be a user id');
const draftSchema = z.strictObject({
  departingUserId: userId,
  mode: z.enum(HANDOVER_MODES),
  successorIds: z.array(userId).min(1, 'name at least one successor').max(20, 'at most 20 successors'),
  plan: z
    .array(
      z.strictObject({
        customerId: z.string().regex(/^[1-9]\d{0,17}$/, 'must be a customer id'),
        successorId: userId,
      }),
    )
    .max(100_000)
    .optional(),
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});
export type HandoverDraftInput = z.input<typeof draftSchema>;

const cancelSchema = z.strictObject({ reason: z.string().trim().min(1, 'a reason is required').max(2000) });

/** A user as a handover shows them. */
export interface HandoverUser {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly active: boolean;
}

/** One customer of the plan and what goes with it. */
export interface HandoverPlanItem {
  readonly customerId: string;
  readonly customerNo: string;
  readonly customerName: string;
  readonly branchId: string;
  readonly successorId: string;
  readonly balance: Fen;
  readonly loans: number;
  readonly inspectionTasks: number;
  readonly collectionCases: number;
}

export interface HandoverSuccessorShare extends HandoverUser {
  readonly customers: number;
  readonly balance: Fen;
  readonly loans: number;
  readonly inspectionTasks: number;
  readonly collectionCases: number;
}

/** What a draft would record (the preview), before anyone signs. */
export interface HandoverPlan {
  readonly mode: HandoverMode;
  readonly departing: HandoverUser;
  readonly successors: HandoverSuccessorShare[];
  readonly items: HandoverPlanItem[];
}

export interface HandoverSignature {
  readonly signedBy: string | null;
  readonly onBehalf: boolean;
  readonly signedAt: string | null;
}

export interface HandoverMove {
  readonly objectType: 'customer' | 'contract' | 'loan' | 'inspection_task' | 'collection_case';
  readonly objectId: string;
  /** The number people use: customer no., contract no., loan no. (a task's or case's loan no.). */
  readonly label: string;
  readonly customerId: string;
  readonly beforeUserId: string;
  readonly afterUserId: string;
}

export interface Handover {
  readonly id: string;
  readonly status: HandoverStatus;
  readonly mode: HandoverMode;
  readonly reason: string;
  readonly branchId: string;
  readonly draftedBy: string;
  readonly draftedOn: LocalDate;
  readonly completedOn: LocalDate | null;
  readonly cancelledBy: string | null;
  readonly cancelReason: string | null;
  readonly departing: HandoverUser & HandoverSignature;
  readonly successors: (HandoverSuccessorShare & HandoverSignature)[];
  readonly items: HandoverPlanItem[];
  /** What the completion moved (empty while pending or cancelled). */
  readonly moves: HandoverMove[];
  /** Customers for which the departing user still holds something now (0 after a complete handover). */
  readonly remainingCustomers: number;
}

export interface HandoverSummary {
  readonly id: string;
  readonly status: HandoverStatus;
  readonly mode: HandoverMode;
  readonly branchId: string;
  readonly departingUserId: string;
  readonly departingName: string;
  readonly customers: number;
  readonly balance: Fen;
  readonly signaturesMissing: number;
  readonly draftedBy: string;
  readonly draftedOn: LocalDate;
  readonly completedOn: LocalDate | null;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  branch_id: string;
  path: string;
  active: boolean;
  roles: string[];
}

const userSelect = `select u.id::text as id, u.username, u.display_name, u.branch_id, b.path, u.active, u.roles
                      from app_user u join branch b on b.id = u.branch_id`;

const asUser = (u: UserRow): HandoverUser => ({
  userId: u.id,
  username: u.username,
  displayName: u.display_name,
  branchId: u.branch_id,
  active: u.active,
});

const ROLE_NAMES = { account_manager: 'an account manager', collector: 'a collector' } as const;

/**
 * Why `u` cannot take `c` (null when they can): an active user with every role the customer's moving
 * objects need, whose branch subtree covers the customer's branch (RULES.md §12, docs/domain/handover.md).
 */
function refusal(u: UserRow, c: BookCustomer): string | null {
  if (!u.active) return `user ${u.username} is deactivated`;
  if (!c.branchPath.startsWith(u.path)) {
    return `user ${u.username} (branch ${u.branch_id}) is outside the branch of customer ${c.customerNo} (${c.branchId})`;
  }
  const missing = rolesNeeded(c).find((r) => !u.roles.includes(r));
  if (missing) return `user ${u.username} is not ${ROLE_NAMES[missing]} (customer ${c.customerNo} needs one)`;
  return null;
}

interface PlanContext {
  readonly departing: UserRow;
  readonly successors: UserRow[];
  readonly book: BookCustomer[];
  readonly plan: HandoverAssignment[];
  readonly input: z.output<typeof draftSchema>;
}

/** Reads and checks everything a draft needs; writes nothing. */
async function makePlan(
  sql: Sql,
  scope: AccessScope,
  body: unknown,
  actor: string,
  lock: boolean,
): Promise<PlanContext> {
  const input = parseOrBadInput(draftSchema, body);
  if (input.mode === 'manual' && input.plan === undefined) {
    throw new DomainError('bad_input', 'plan: a manual handover needs the plan', 'plan');
  }
  if (input.mode === 'by_balance' && input.plan !== undefined) {
    throw new DomainError('bad_input', 'plan: a handover by balance computes its plan; leave it out', 'plan');
  }
  const [departing] = await sql.query<UserRow>(
    `${userSelect} where u.id = $1 and starts_with(b.path, $2)${lock ? ' for update of u' : ''}`,
    [input.departingUserId, scopePrefix(scope)],
  );
  if (!departing) {
    throw new DomainError(
      'not_found',
      `departingUserId: no user ${input.departingUserId}`,
      'departingUserId',
    );
  }
  if (departing.username === actor) {
    throw new DomainError(
      'rule_violation',
      'departingUserId: your own handover is drafted by another department head',
      'departingUserId',
    );
  }
  const [pending] = await sql.query<{ id: string }>(
    `select id::text as id from handover where departing_user_id = $1 and status = 'pending'`,
    [departing.id],
  );
  if (pending) {
    throw new DomainError(
      'conflict',
      `departingUserId: handover ${pending.id} of ${departing.username} is pending; complete or cancel it first`,
      'departingUserId',
    );
  }
  const book = await readBook(sql, departing.id);
  if (book.length === 0) {
    throw new DomainError(
      'rule_violation',
      `departingUserId: ${departing.username} holds no customers, tasks or cases to hand over`,
      'departingUserId',
    );
  }
  // Only users in the caller's scope: one outside it is as unknown as an id no user has, so the answer
  // (naming the field and the id given) tells nothing about them — not their name, branch or whether
  // they are active.
  const users = await sql.query<UserRow>(
    `${userSelect} where u.id = any($1::bigint[]) and starts_with(b.path, $2)`,
    [input.successorIds, scopePrefix(scope)],
  );
  const byId = new Map(users.map((u) => [u.id, u]));
  const successors = input.successorIds.map((id, i) => {
    const field = `successorIds[${i}]`;
    if (input.successorIds.indexOf(id) !== i) {
      throw new DomainError('bad_input', `${field}: user ${id} is named twice`, field);
    }
    const u = byId.get(id);
    if (!u) throw new DomainError('bad_input', `${field}: no user ${id}`, field);
    if (u.id === departing.id) {
      throw new DomainError('rule_violation', `${field}: the departing user cannot be a successor`, field);
    }
    if (u.username === actor) {
      throw new DomainError('rule_violation', `${field}: the drafter cannot be a successor`, field);
    }
    if (!u.active)
      throw new DomainError('rule_violation', `${field}: user ${u.username} is deactivated`, field);
    return u;
  });
  const units = book.map((c) => ({ customerId: c.customerId, balance: c.balance }));
  const customerById = new Map(book.map((c) => [c.customerId, c]));
  let plan: HandoverAssignment[];
  if (input.mode === 'by_balance') {
    // Any customer may go to any successor, so each successor must be able to take every customer.
    successors.forEach((u, i) => {
      for (const c of book) {
        const why = refusal(u, c);
        if (why) throw new DomainError('rule_violation', `successorIds[${i}]: ${why}`, `successorIds[${i}]`);
      }
    });
    plan = splitByBalance(units, input.successorIds);
  } else {
    plan = checkManualPlan(units, input.successorIds, input.plan ?? []);
    input.plan!.forEach((a, i) => {
      const why = refusal(byId.get(a.successorId)!, customerById.get(a.customerId)!);
      if (why)
        throw new DomainError('rule_violation', `plan[${i}].successorId: ${why}`, `plan[${i}].successorId`);
    });
  }
  return { departing, successors, book, plan, input };
}

function shape(ctx: PlanContext): HandoverPlan {
  const customerById = new Map(ctx.book.map((c) => [c.customerId, c]));
  const items: HandoverPlanItem[] = ctx.plan.map((a) => {
    const c = customerById.get(a.customerId)!;
    return {
      customerId: c.customerId,
      customerNo: c.customerNo,
      customerName: c.customerName,
      branchId: c.branchId,
      successorId: a.successorId,
      balance: c.balance,
      loans: c.loans,
      inspectionTasks: c.inspectionTasks,
      collectionCases: c.collectionCases,
    };
  });
  return {
    mode: ctx.input.mode,
    departing: asUser(ctx.departing),
    successors: successorShares(
      ctx.successors.map(asUser),
      items,
      ctx.book.map((c) => ({ customerId: c.customerId, balance: c.balance })),
    ),
    items,
  };
}

function successorShares(
  users: readonly HandoverUser[],
  items: readonly HandoverPlanItem[],
  units: readonly { customerId: string; balance: Fen }[],
): HandoverSuccessorShare[] {
  const shares = sharesOf(
    units,
    users.map((u) => u.userId),
    items,
  );
  return users.map((u, i) => {
    const mine = items.filter((it) => it.successorId === u.userId);
    const sum = (k: 'loans' | 'inspectionTasks' | 'collectionCases') => mine.reduce((s, it) => s + it[k], 0);
    return {
      ...u,
      customers: shares[i]!.customers,
      balance: shares[i]!.balance,
      loans: sum('loans'),
      inspectionTasks: sum('inspectionTasks'),
      collectionCases: sum('collectionCases'),
    };
  });
}

/** The plan a draft with this body would record, checked as the draft is; nothing is written. */
export async function previewHandover(
  db: Database,
  scope: AccessScope,
  body: unknown,
  actor: string,
): Promise<HandoverPlan> {
  return shape(await makePlan(db, scope, body, actor, false));
}

/**
 * Drafts a handover (a department head): the departing user's book, each customer to a successor, by
 * hand or evenly by balance. One transaction with its audit entry `handover.draft`. Refusals name the
 * field: not_found (departing user outside the scope), conflict (one pending already), rule_violation
 * (a successor who is deactivated, outside a customer's branch or without the role), bad_input (also a
 * successor outside the scope: "no user <id>", as for an id no user has).
 */
export async function draftHandover(
  db: Database,
  scope: AccessScope,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<Handover> {
  const id = await db
    .transaction(async (tx) => {
      const ctx = await makePlan(tx, scope, body, actor, true);
      const today = await getBusinessDate(tx);
      const [h] = await tx.query<{ id: string }>(
        `insert into handover (departing_user_id, branch_id, mode, reason, drafted_by, drafted_on)
         values ($1, $2, $3, $4, $5, $6) returning id::text as id`,
        [ctx.departing.id, ctx.departing.branch_id, ctx.input.mode, ctx.input.reason, actor, today],
      );
      await tx.query(
        `insert into handover_party (handover_id, user_id, role, position) values ($1, $2, 'departing', 0)`,
        [h!.id, ctx.departing.id],
      );
      await tx.query(
        `insert into handover_party (handover_id, user_id, role, position)
         select $1, s.id, 'successor', s.ord from unnest($2::bigint[]) with ordinality as s (id, ord)`,
        [h!.id, ctx.input.successorIds],
      );
      const plan = shape(ctx);
      await tx.query(
        `insert into handover_item
           (handover_id, customer_id, successor_id, balance, loans, inspection_tasks, collection_cases)
         select $1, i.c, i.s, i.b, i.l, i.t, i.k
           from unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::int[], $6::int[], $7::int[])
                as i (c, s, b, l, t, k)`,
        [
          h!.id,
          plan.items.map((i) => i.customerId),
          plan.items.map((i) => i.successorId),
          plan.items.map((i) => String(i.balance)),
          plan.items.map((i) => i.loans),
          plan.items.map((i) => i.inspectionTasks),
          plan.items.map((i) => i.collectionCases),
        ],
      );
      await appendAudit(tx, {
        actor,
        action: 'handover.draft',
        objectType: 'handover',
        objectId: h!.id,
        branchId: ctx.departing.branch_id,
        after: {
          departingUserId: ctx.departing.id,
          mode: ctx.input.mode,
          reason: ctx.input.reason,
          successors: plan.successors.map((s) => ({
            userId: s.userId,
            customers: s.customers,
            balance: s.balance,
          })),
        },
        requestId,
      });
      return h!.id;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err, 'handover_pending_once_idx')) {
        throw new DomainError(
          'conflict',
          'departingUserId: a handover of this user is pending',
          'departingUserId',
        );
      }
      throw err;
    });
  return (await findHandover(db, scope, id, null))!;
}

interface HandoverRow {
  id: string;
  status: HandoverStatus;
  mode: HandoverMode;
  reason: string;
  branch_id: string;
  drafted_by: string;
  drafted_on: LocalDate;
  completed_on: LocalDate | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  departing_user_id: string;
}

const handoverColumns = `h.id::text as id, h.status, h.mode, h.reason, h.branch_id, h.drafted_by,
  to_char(h.drafted_on, 'YYYY-MM-DD') as drafted_on, to_char(h.completed_on, 'YYYY-MM-DD') as completed_on,
  h.cancelled_by, h.cancel_reason, h.departing_user_id::text as departing_user_id`;

/** A handover in scope, or one the caller (`partyUserId`) is a party to; null otherwise. */
async function handoverRow(
  sql: Sql,
  scope: AccessScope,
  id: string,
  partyUserId: string | null,
  lock: boolean,
): Promise<HandoverRow | null> {
  const [h] = await sql.query<HandoverRow>(
    `select ${handoverColumns} from handover h join branch b on b.id = h.branch_id
      where h.id = $1 and (starts_with(b.path, $2)
        or exists (select 1 from handover_party p where p.handover_id = h.id and p.user_id = $3))
      ${lock ? 'for update of h' : ''}`,
    [/^\d{1,18}$/.test(id) ? id : '0', scopePrefix(scope), partyUserId ?? '0'],
  );
  return h ?? null;
}

interface PartyRow extends UserRow {
  role: 'departing' | 'successor';
  signed_by: string | null;
  on_behalf: boolean;
  signed_at: string | null;
}

const partiesOf = (sql: Sql, id: string) =>
  sql.query<PartyRow>(
    `select u.id::text as id, u.username, u.display_name, u.branch_id, b.path, u.active, u.roles,
            p.role, p.signed_by, p.on_behalf, to_char(p.signed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as signed_at
       from handover_party p join app_user u on u.id = p.user_id join branch b on b.id = u.branch_id
      where p.handover_id = $1 order by p.role, p.position`,
    [id],
  );

const signature = (p: PartyRow): HandoverSignature => ({
  signedBy: p.signed_by,
  onBehalf: p.on_behalf,
  signedAt: p.signed_at,
});

/** One handover with its parties, plan and moves; null when outside the scope and not a party. */
export async function findHandover(
  db: Sql,
  scope: AccessScope,
  id: string,
  partyUserId: string | null,
): Promise<Handover | null> {
  const h = await handoverRow(db, scope, id, partyUserId, false);
  if (!h) return null;
  const parties = await partiesOf(db, h.id);
  const items = (
    await db.query<{
      customer_id: string;
      customer_no: string;
      customer_name: string;
      branch_id: string;
      successor_id: string;
      balance: string;
      loans: number;
      inspection_tasks: number;
      collection_cases: number;
    }>(
      `select i.customer_id::text as customer_id, c.customer_no, c.name as customer_name, c.branch_id,
              i.successor_id::text as successor_id, i.balance::text as balance, i.loans, i.inspection_tasks,
              i.collection_cases
         from handover_item i join customer c on c.id = i.customer_id
        where i.handover_id = $1 order by i.customer_id`,
      [h.id],
    )
  ).map(
    (r): HandoverPlanItem => ({
      customerId: r.customer_id,
      customerNo: r.customer_no,
      customerName: r.customer_name,
      branchId: r.branch_id,
      successorId: r.successor_id,
      balance: Number(r.balance) as Fen,
      loans: r.loans,
      inspectionTasks: r.inspection_tasks,
      collectionCases: r.collection_cases,
    }),
  );
  const moves = await db.query<HandoverMove>(
    `select m.object_type as "objectType", m.object_id::text as "objectId",
            coalesce(case m.object_type
              when 'customer' then (select c.customer_no from customer c where c.id = m.object_id)
              when 'contract' then (select k.contract_no from contract k where k.id = m.object_id)
              when 'loan' then (select l.loan_no from loan l where l.id = m.object_id)
              when 'inspection_task' then (select l.loan_no from inspection_task t join loan l on l.id = t.loan_id
                                            where t.id = m.object_id)
              when 'collection_case' then (select l.loan_no from collection_case k join loan l on l.id = k.loan_id
                                            where k.id = m.object_id)
            end, m.object_id::text) as "label",
            m.customer_id::text as "customerId", m.before_user_id::text as "beforeUserId",
            m.after_user_id::text as "afterUserId"
       from handover_move m where m.handover_id = $1 order by m.id`,
    [h.id],
  );
  const remaining = h.status === 'cancelled' ? [] : await readBook(db, h.departing_user_id);
  const departing = parties.find((p) => p.role === 'departing')!;
  const successors = parties.filter((p) => p.role === 'successor');
  const shares = successorShares(successors.map(asUser), items, items);
  return {
    id: h.id,
    status: h.status,
    mode: h.mode,
    reason: h.reason,
    branchId: h.branch_id,
    draftedBy: h.drafted_by,
    draftedOn: h.drafted_on,
    completedOn: h.completed_on,
    cancelledBy: h.cancelled_by,
    cancelReason: h.cancel_reason,
    departing: { ...asUser(departing), ...signature(departing) },
    successors: successors.map((p, i) => ({ ...shares[i]!, ...signature(p) })),
    items,
    moves,
    remainingCustomers: h.status === 'completed' ? remaining.length : 0,
  };
}

/** Handovers in scope, newest first. */
export async function listHandovers(
  db: Sql,
  scope: AccessScope,
  q: { status?: HandoverStatus | undefined; page: number; pageSize: number },
): Promise<Page<HandoverSummary>> {
  const { limit, offset } = limitOffset(q);
  const rows = await db.query<{
    id: string;
    status: HandoverStatus;
    mode: HandoverMode;
    branch_id: string;
    departing_user_id: string;
    departing_name: string;
    customers: number;
    balance: string;
    missing: number;
    drafted_by: string;
    drafted_on: LocalDate;
    completed_on: LocalDate | null;
    total: string;
  }>(
    `select h.id::text as id, h.status, h.mode, h.branch_id, h.departing_user_id::text as departing_user_id,
            u.display_name as departing_name,
            (select count(*) from handover_item i where i.handover_id = h.id)::int as customers,
            (select coalesce(sum(i.balance), 0) from handover_item i where i.handover_id = h.id)::text as balance,
            (select count(*) from handover_party p where p.handover_id = h.id and p.signed_at is null)::int as missing,
            h.drafted_by, to_char(h.drafted_on, 'YYYY-MM-DD') as drafted_on,
            to_char(h.completed_on, 'YYYY-MM-DD') as completed_on, count(*) over ()::text as total
       from handover h join branch b on b.id = h.branch_id join app_user u on u.id = h.departing_user_id
      where starts_with(b.path, $1) and ($2::text is null or h.status = $2)
      order by h.id desc limit $3 offset $4`,
    [scopePrefix(scope), q.status ?? null, limit, offset],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      mode: r.mode,
      branchId: r.branch_id,
      departingUserId: r.departing_user_id,
      departingName: r.departing_name,
      customers: r.customers,
      balance: Number(r.balance) as Fen,
      signaturesMissing: r.status === 'pending' ? r.missing : 0,
      draftedBy: r.drafted_by,
      draftedOn: r.drafted_on,
      completedOn: r.completed_on,
    })),
    total: rows.length ? Number(rows[0]!.total) : 0,
  };
}

/** Who signs: the caller's user id and name, and whether they may sign for a deactivated departing user. */
export interface HandoverSigner {
  readonly userId: string;
  readonly username: string;
  /** A department head (handover:write) in whose scope the handover is. */
  readonly mayActForDeparting: boolean;
}

/**
 * Signs a pending handover as the caller's party: the departing user, or a successor; a department head
 * signs for a departing user who is deactivated (`onBehalf`). The last signature completes it in the same
 * transaction (`completeHandover`). conflict when not pending or already signed; forbidden when the caller
 * is no party; rule_violation when a successor can no longer take a customer (nothing is written).
 */
export async function signHandover(
  db: Database,
  scope: AccessScope,
  id: string,
  signer: HandoverSigner,
  requestId: string | null = null,
): Promise<Handover> {
  await db.transaction(async (tx) => {
    const h = await handoverRow(tx, scope, id, signer.userId, true);
    if (!h) throw new DomainError('not_found', `id: no handover ${id}`, 'id');
    if (h.status !== 'pending') throw new DomainError('conflict', `id: handover ${id} is ${h.status}`, 'id');
    const parties = await partiesOf(tx, h.id);
    const own = parties.find((p) => p.id === signer.userId);
    const departing = parties.find((p) => p.role === 'departing')!;
    let party: PartyRow;
    let onBehalf = false;
    if (own) {
      party = own;
    } else if (signer.mayActForDeparting && !departing.active) {
      party = departing;
      onBehalf = true;
    } else if (signer.mayActForDeparting) {
      throw new DomainError(
        'rule_violation',
        `id: ${departing.username} is active and signs the handover themselves`,
        'id',
      );
    } else {
      throw new DomainError('forbidden', `id: you are not a party to handover ${id}`, 'id');
    }
    if (party.signed_at !== null) {
      throw new DomainError(
        'conflict',
        `id: ${party.username}'s signature is already on handover ${id}`,
        'id',
      );
    }
    await tx.query(
      `update handover_party set signed_by = $3, on_behalf = $4, signed_at = now()
        where handover_id = $1 and user_id = $2`,
      [h.id, party.id, signer.username, onBehalf],
    );
    await appendAudit(tx, {
      actor: signer.username,
      action: 'handover.sign',
      objectType: 'handover',
      objectId: h.id,
      branchId: h.branch_id,
      after: { userId: party.id, role: party.role, onBehalf },
      requestId,
    });
    const unsigned = parties.filter((p) => p.signed_at === null && p.id !== party.id);
    if (unsigned.length === 0) await completeHandover(tx, h, parties, signer.username, requestId);
  });
  return (await findHandover(db, scope, id, signer.userId))!;
}

/**
 * Moves the plan in one statement per kind of object: for each planned customer, what the departing user
 * holds for it now goes to the customer's successor (customer and contract and loan manager, unfinished
 * inspection tasks, open collection cases), each move recorded with before and after. The successors are
 * checked again against what moves now (they may have been deactivated or moved since the draft).
 */
async function completeHandover(
  tx: Sql,
  h: HandoverRow,
  parties: readonly PartyRow[],
  actor: string,
  requestId: string | null,
): Promise<void> {
  const book = new Map((await readBook(tx, h.departing_user_id)).map((c) => [c.customerId, c]));
  const items = await tx.query<{ customer_id: string; successor_id: string }>(
    `select customer_id::text as customer_id, successor_id::text as successor_id
       from handover_item where handover_id = $1 order by customer_id`,
    [h.id],
  );
  const users = new Map(parties.map((p) => [p.id, p]));
  for (const it of items) {
    const c = book.get(it.customer_id);
    if (!c) continue;
    const u = users.get(it.successor_id)!;
    const why = refusal(u, c);
    if (why) throw new DomainError('rule_violation', `id: ${why}; cancel and draft again`, 'id');
  }
  const moves: [string, string, string][] = [
    ['customer', 'customer', `t.id = i.customer_id and t.manager_id = $2`],
    ['contract', 'contract', `t.customer_id = i.customer_id and t.manager_id = $2`],
    ['loan', 'loan', `t.customer_id = i.customer_id and t.manager_id = $2`],
    [
      'inspection_task',
      'inspection_task',
      `t.customer_id = i.customer_id and t.assignee_id = $2 and t.status in ${UNFINISHED_TASK}`,
    ],
    [
      'collection_case',
      'collection_case',
      `t.customer_id = i.customer_id and t.assignee_id = $2 and t.status = 'open'`,
    ],
  ];
  const counts: Record<string, number> = {};
  for (const [objectType, table, where] of moves) {
    const column = table === 'inspection_task' || table === 'collection_case' ? 'assignee_id' : 'manager_id';
    const extra = table === 'inspection_task' ? ', updated_at = now()' : '';
    const customerOf = table === 'customer' ? 't.id' : 't.customer_id';
    const [r] = await tx.query<{ n: number }>(
      `with moved as (
         update ${table} t set ${column} = i.successor_id${extra}
           from handover_item i
          where i.handover_id = $1 and ${where}
         returning t.id, ${customerOf} as customer_id, i.successor_id
       ), recorded as (
         insert into handover_move (handover_id, object_type, object_id, customer_id, before_user_id, after_user_id)
         select $1, '${objectType}', id, customer_id, $2, successor_id from moved
         returning 1
       )
       select count(*)::int as n from recorded`,
      [h.id, h.departing_user_id],
    );
    counts[objectType] = r!.n;
  }
  const today = await getBusinessDate(tx);
  await tx.query(
    `update handover set status = 'completed', completed_on = $2, completed_at = now() where id = $1`,
    [h.id, today],
  );
  await appendAudit(tx, {
    actor,
    action: 'handover.complete',
    objectType: 'handover',
    objectId: h.id,
    branchId: h.branch_id,
    before: { holderId: h.departing_user_id },
    after: {
      moved: counts,
      bySuccessor: parties
        .filter((p) => p.role === 'successor')
        .map((p) => ({
          userId: p.id,
          customerIds: items.filter((i) => i.successor_id === p.id).map((i) => i.customer_id),
        })),
    },
    requestId,
  });
}

/** Cancels a pending handover (a department head in scope), with a reason; nothing moves. */
export async function cancelHandover(
  db: Database,
  scope: AccessScope,
  id: string,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<Handover> {
  const { reason } = parseOrBadInput(cancelSchema, body);
  await db.transaction(async (tx) => {
    const h = await handoverRow(tx, scope, id, null, true);
    if (!h) throw new DomainError('not_found', `id: no handover ${id}`, 'id');
    if (h.status !== 'pending') throw new DomainError('conflict', `id: handover ${id} is ${h.status}`, 'id');
    await tx.query(
      `update handover set status = 'cancelled', cancelled_by = $2, cancel_reason = $3 where id = $1`,
      [h.id, actor, reason],
    );
    await appendAudit(tx, {
      actor,
      action: 'handover.cancel',
      objectType: 'handover',
      objectId: h.id,
      branchId: h.branch_id,
      before: { status: 'pending' },
      after: { status: 'cancelled', reason },
      requestId,
    });
  });
  return (await findHandover(db, scope, id, null))!;
}
