import { createHmac } from 'node:crypto';
import { findGuaranteeCircles } from '@daihou/core';
import {
  type AccessScope,
  limitOffset,
  type Page,
  type PageRequest,
  scopePrefix,
} from '../repositories/access-scope';
import type { Sql } from '../sql-client';

/**
 * Guarantee circles (担保圈, RULES.md §11) as the console shows them. A circle is a strongly connected
 * component of the graph borrower → guarantor over guarantees of contracts with an active loan where the
 * guarantor is a customer (the graph end of day uses for the contagion signal), found by core's
 * iterative Tarjan. Circles are not stored: they are computed from the guarantees on each request, so
 * they are always those of the book as it is now.
 *
 * A circle's id is opaque: the first 16 hex digits of HMAC-SHA-256 over its sorted member customer ids,
 * keyed with the installation's secret (table guarantee_circle_key, migration 0019). Circles are disjoint,
 * so the member set names exactly one; the id stays the same while its members do (across requests and
 * callers) and changes when they change. It reveals no member: a member's customer id, the obvious id,
 * would hand out a customer id the caller may not see, and an unkeyed hash could be checked against
 * guesses of the members outside the caller's scope.
 *
 * Scope: a circle is shown to a caller when at least one member's branch is in their scope. Members
 * outside it are shown as anonymous nodes (branch and overdue state, no id, number or name): the caller
 * learns that their customer's circle reaches another branch, not who is in it there.
 */

export interface CircleMember {
  /** Index of the member in `members`; links refer to it. */
  readonly key: number;
  readonly customerId: string | null;
  readonly customerNo: string | null;
  readonly name: string | null;
  readonly branchId: string;
  readonly inScope: boolean;
  /** Has an active loan past due at the business date. */
  readonly overdue: boolean;
  /** The highest DPD of its active loans (0 when current). */
  readonly maxDpd: number;
}

export interface CircleLink {
  /** The borrower's member key. */
  readonly from: number;
  /** The guarantor's member key. */
  readonly to: number;
  /** Guarantees behind the link (several contracts of one borrower guaranteed by one guarantor). */
  readonly guarantees: number;
  /** Their guaranteed amounts (fen). */
  readonly amount: number;
}

export interface GuaranteeCircleSummary {
  readonly id: string;
  readonly memberCount: number;
  readonly membersInScope: number;
  readonly overdueMembers: number;
  readonly linkCount: number;
  readonly maxDpd: number;
  /** Branches of the members, ascending. */
  readonly branches: string[];
  /** Names of the first members in scope (up to 5), to recognise the circle in a list. */
  readonly memberNames: string[];
}

export interface GuaranteeCircle extends GuaranteeCircleSummary {
  readonly members: CircleMember[];
  readonly links: CircleLink[];
}

interface Edge {
  b: string;
  g: string;
  n: number;
  amount: string;
}

/** The id of the circle of these members (customer ids sorted ascending). */
const circleIdOf = (secret: string, sortedIds: readonly string[]): string =>
  createHmac('sha256', secret).update(sortedIds.join(','), 'utf8').digest('hex').slice(0, 16);

/** A circle id as circleIdOf makes it; anything else names no circle. */
const CIRCLE_ID = /^[0-9a-f]{16}$/;

async function circleSecret(sql: Sql): Promise<string> {
  const [row] = await sql.query<{ secret: string }>('select secret from guarantee_circle_key where id = 1');
  if (!row) throw new Error('guarantee_circle_key has no secret: migration 0019 has not run');
  return row.secret;
}

async function circlesOfBook(sql: Sql): Promise<GuaranteeCircle[]> {
  const edges = await sql.query<Edge>(
    `select c.customer_id::text as b, g.guarantor_customer_id::text as g, count(*)::int as n,
            sum(g.amount)::text as amount
       from guarantee g join contract c on c.id = g.contract_id
      where g.guarantor_customer_id is not null
        and exists (select 1 from loan l where l.contract_id = c.id and l.status = 'active')
      group by c.customer_id, g.guarantor_customer_id`,
  );
  const index = new Map<string, number>();
  const names: string[] = [];
  const idOf = (c: string) => {
    let i = index.get(c);
    if (i === undefined) {
      i = names.length;
      index.set(c, i);
      names.push(c);
    }
    return i;
  };
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  edges.forEach((e, i) => {
    from[i] = idOf(e.b);
    to[i] = idOf(e.g);
  });
  const { circles, component } = findGuaranteeCircles({ nodes: names.length, from, to });
  if (circles.length === 0) return [];
  const memberIds = circles.flat().map((i) => names[i]!);
  const secret = await circleSecret(sql);
  const facts = await sql.query<{
    id: string;
    customer_no: string;
    name: string;
    branch_id: string;
    path: string;
    max_dpd: number | null;
  }>(
    `select cu.id::text as id, cu.customer_no, cu.name, cu.branch_id, b.path,
            (select max(s.business_date - l.oldest_unpaid_due) from loan l
              where l.customer_id = cu.id and l.status = 'active' and l.oldest_unpaid_due < s.business_date) as max_dpd
       from customer cu join branch b on b.id = cu.branch_id cross join system_state s
      where cu.id = any($1::bigint[])`,
    [memberIds],
  );
  const factOf = new Map(facts.map((f) => [f.id, f]));
  const linksOf = new Map<number, Edge[]>();
  for (const e of edges) {
    const c = component[index.get(e.b)!]!;
    if (c === -1 || component[index.get(e.g)!] !== c) continue;
    const list = linksOf.get(c) ?? [];
    list.push(e);
    linksOf.set(c, list);
  }
  return circles.map((circle, c) => {
    const ids = circle.map((i) => names[i]!).sort((a, b) => Number(a) - Number(b));
    const keyOf = new Map(ids.map((id, k) => [id, k]));
    return {
      id: circleIdOf(secret, ids),
      memberCount: ids.length,
      membersInScope: 0,
      overdueMembers: 0,
      linkCount: 0,
      maxDpd: 0,
      branches: [],
      memberNames: [],
      members: ids.map((id, key) => {
        const f = factOf.get(id);
        const dpd = Number(f?.max_dpd ?? 0);
        return {
          key,
          customerId: id,
          customerNo: f?.customer_no ?? null,
          name: f?.name ?? null,
          branchId: f?.branch_id ?? '',
          inScope: false,
          overdue: dpd > 0,
          maxDpd: dpd,
          // The path rides along until the scope is applied (dropped there).
          path: f?.path ?? '',
        };
      }),
      links: (linksOf.get(c) ?? [])
        .map((e) => ({
          from: keyOf.get(e.b)!,
          to: keyOf.get(e.g)!,
          guarantees: Number(e.n),
          amount: Number(e.amount),
        }))
        .sort((x, y) => x.from - y.from || x.to - y.to),
    };
  });
}

/** The circle as `scope` may see it, or null when none of its members is in scope. */
function scoped(circle: GuaranteeCircle, scope: AccessScope): GuaranteeCircle | null {
  const prefix = scopePrefix(scope);
  const members = circle.members.map((m) => {
    const { path, ...rest } = m as CircleMember & { path: string };
    const inScope = path.startsWith(prefix);
    return inScope
      ? { ...rest, inScope }
      : { ...rest, inScope, customerId: null, customerNo: null, name: null };
  });
  const membersInScope = members.filter((m) => m.inScope).length;
  // A loop, not Math.max(...): a circle can have more members than a call takes arguments.
  let maxDpd = 0;
  for (const m of members) if (m.maxDpd > maxDpd) maxDpd = m.maxDpd;
  if (membersInScope === 0) return null;
  return {
    ...circle,
    members,
    membersInScope,
    overdueMembers: members.filter((m) => m.overdue).length,
    linkCount: circle.links.length,
    maxDpd,
    branches: [...new Set(members.map((m) => m.branchId))].sort(),
    memberNames: members
      .filter((m) => m.inScope && m.name !== null)
      .slice(0, 5)
      .map((m) => m.name!),
  };
}

export interface CircleFilters extends PageRequest {
  /** Only circles with at least one overdue member. */
  readonly overdueOnly?: boolean | undefined;
  /** Only the circle this customer (in scope) belongs to. */
  readonly customerId?: string | undefined;
}

/** The circles of the book visible in `scope`: the most overdue members first, then the largest. */
export async function listGuaranteeCircles(
  sql: Sql,
  scope: AccessScope,
  f: CircleFilters,
): Promise<Page<GuaranteeCircleSummary>> {
  const { limit, offset } = limitOffset(f);
  const visible = (await circlesOfBook(sql))
    .map((c) => scoped(c, scope))
    .filter(
      (c): c is GuaranteeCircle =>
        c !== null &&
        (!f.overdueOnly || c.overdueMembers > 0) &&
        (f.customerId === undefined || c.members.some((m) => m.customerId === f.customerId)),
    )
    .sort(
      (a, b) =>
        b.overdueMembers - a.overdueMembers ||
        b.memberCount - a.memberCount ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return {
    items: visible.slice(offset, offset + limit).map(({ members: _m, links: _l, ...summary }) => summary),
    total: visible.length,
  };
}

/** One circle by its id (see above) as `scope` may see it, or null (none, or no member in scope). */
export async function findGuaranteeCircle(
  sql: Sql,
  scope: AccessScope,
  id: string,
): Promise<GuaranteeCircle | null> {
  if (!CIRCLE_ID.test(id)) return null;
  const circle = (await circlesOfBook(sql)).find((c) => c.id === id);
  return circle === undefined ? null : scoped(circle, scope);
}
