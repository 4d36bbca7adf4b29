import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import type { Sql } from '../sql-client';

interface CircleEvidence {
  members?: unknown;
  overdueMembers?: unknown;
  [key: string]: unknown;
}

const idsOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map(String)
    : [];

/**
 * A guarantee-circle warning's evidence names member customers, and a circle crosses branches: a caller
 * sees the members inside their own scope and only how many others there are (`hiddenMembers`), never
 * their ids — the same rule as the circle pages (docs/domain/warnings-and-collection.md). Other evidence is
 * returned as stored. `evidence` is the stored JSON text; the result is JSON text too.
 */
export async function scopeWarningEvidence(
  sql: Sql,
  scope: AccessScope,
  rows: readonly { code: string; evidence: string }[],
): Promise<string[]> {
  const circles = rows.map((r) =>
    r.code === 'guarantee_circle' ? (JSON.parse(r.evidence) as CircleEvidence) : null,
  );
  const named = [
    ...new Set(circles.flatMap((c) => (c ? [...idsOf(c.members), ...idsOf(c.overdueMembers)] : []))),
  ];
  if (named.length === 0) return rows.map((r) => r.evidence);
  const visible = new Set(
    (
      await sql.query<{ id: string }>(
        `select c.id::text as id from customer c join branch b on b.id = c.branch_id
          where c.id = any($1::bigint[]) and starts_with(b.path, $2)`,
        [named.filter((id) => /^\d{1,18}$/.test(id)), scopePrefix(scope)],
      )
    ).map((r) => r.id),
  );
  return rows.map((r, i) => {
    const c = circles[i];
    if (!c) return r.evidence;
    const members = idsOf(c.members);
    const shown = members.filter((m) => visible.has(m));
    return JSON.stringify({
      ...c,
      members: shown,
      overdueMembers: idsOf(c.overdueMembers).filter((m) => visible.has(m)),
      hiddenMembers: members.length - shown.length,
    });
  });
}
