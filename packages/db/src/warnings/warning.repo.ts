import { DomainError, type LocalDate, parseLocalDate, type WARNING_LEVELS } from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { createWarningInspectionTask } from '../inspections/warning-inspection';
import {
  type AccessScope,
  limitOffset,
  type Page,
  SqlConditions,
  scopePrefix,
} from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Database, Sql } from '../sql-client';
import { scopeWarningEvidence } from './warning-evidence-scope';

export const WARNING_STATUSES = ['raised', 'confirmed', 'dismissed', 'lifted'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

export interface WarningMeasure {
  readonly id: string;
  readonly description: string;
  readonly deadline: LocalDate;
  readonly status: 'open' | 'done';
  readonly createdBy: string;
  readonly createdOn: LocalDate;
}

export interface Warning {
  readonly id: string;
  readonly loanId: string | null;
  readonly loanNo: string | null;
  readonly customerId: string;
  readonly customerName: string;
  readonly branchId: string;
  readonly code: string;
  readonly level: (typeof WARNING_LEVELS)[number];
  readonly status: WarningStatus;
  /** The evidence as stored JSON text, so integers stay exact. */
  readonly evidence: string;
  readonly raisedOn: LocalDate;
  /** Days since it was raised, at the business date. */
  readonly ageDays: number;
  readonly raisedBy: string;
  readonly decidedBy: string | null;
  readonly decidedOn: LocalDate | null;
  readonly decisionReason: string | null;
  readonly liftedBy: string | null;
  readonly liftedOn: LocalDate | null;
  readonly liftReason: string | null;
}

export interface WarningDetail extends Warning {
  readonly measures: WarningMeasure[];
}

interface WarningRow {
  id: string;
  loan_id: string | null;
  loan_no: string | null;
  customer_id: string;
  customer_name: string;
  branch_id: string;
  code: string;
  level: Warning['level'];
  status: WarningStatus;
  evidence: string;
  raised_on: LocalDate;
  age_days: number;
  raised_by: string;
  decided_by: string | null;
  decided_on: LocalDate | null;
  decision_reason: string | null;
  lifted_by: string | null;
  lifted_on: LocalDate | null;
  lift_reason: string | null;
}

const SELECT = `select w.id::text as id, w.loan_id::text as loan_id, l.loan_no, w.customer_id::text as customer_id,
    c.name as customer_name, w.branch_id, w.code, w.level, w.status, w.evidence::text as evidence,
    w.raised_on::text as raised_on, (s.business_date - w.raised_on) as age_days, w.raised_by, w.decided_by,
    w.decided_on::text as decided_on, w.decision_reason, w.lifted_by, w.lifted_on::text as lifted_on, w.lift_reason
  from warning w
  join branch b on b.id = w.branch_id
  join customer c on c.id = w.customer_id
  left join loan l on l.id = w.loan_id
  cross join system_state s`;

const toWarning = (r: WarningRow): Warning => ({
  id: r.id,
  loanId: r.loan_id,
  loanNo: r.loan_no,
  customerId: r.customer_id,
  customerName: r.customer_name,
  branchId: r.branch_id,
  code: r.code,
  level: r.level,
  status: r.status,
  evidence: r.evidence,
  raisedOn: r.raised_on,
  ageDays: Number(r.age_days),
  raisedBy: r.raised_by,
  decidedBy: r.decided_by,
  decidedOn: r.decided_on,
  decisionReason: r.decision_reason,
  liftedBy: r.lifted_by,
  liftedOn: r.lifted_on,
  liftReason: r.lift_reason,
});

export interface WarningFilters {
  readonly level?: Warning['level'] | undefined;
  readonly branchId?: string | undefined;
  readonly code?: string | undefined;
  readonly status?: WarningStatus | undefined;
  /** Raised at least this many days ago. */
  readonly minAgeDays?: number | undefined;
  readonly page: number;
  readonly pageSize: number;
}

function boardConditions(scope: AccessScope, f: Omit<WarningFilters, 'page' | 'pageSize'>): SqlConditions {
  const w = new SqlConditions();
  w.add((p) => `starts_with(b.path, ${p})`, scopePrefix(scope));
  if (f.level !== undefined) w.add((p) => `w.level = ${p}`, f.level);
  // A branch on the board means its subtree: a branch head picking A sees A01 and A02 too.
  if (f.branchId !== undefined)
    w.add((p) => `starts_with(b.path, (select path from branch where id = ${p}))`, f.branchId);
  if (f.code !== undefined) w.add((p) => `w.code = ${p}`, f.code);
  if (f.status !== undefined) w.add((p) => `w.status = ${p}`, f.status);
  if (f.minAgeDays !== undefined) w.add((p) => `w.raised_on <= s.business_date - ${p}::int`, f.minAgeDays);
  return w;
}

/** The warning board inside `scope`: most severe first, then oldest. */
export async function listWarnings(sql: Sql, scope: AccessScope, f: WarningFilters): Promise<Page<Warning>> {
  const w = boardConditions(scope, f);
  const { limit, offset } = limitOffset(f);
  const [count] = await sql.query<{ n: string }>(
    `select count(*)::text as n from (${SELECT} ${w.where}) x`,
    w.params,
  );
  const rows = await sql.query<WarningRow>(
    `${SELECT} ${w.where}
     order by array_position(array['red','orange','yellow','blue'], w.level), w.raised_on, w.id
     limit ${w.param(limit)} offset ${w.param(offset)}`,
    w.params,
  );
  const evidence = await scopeWarningEvidence(sql, scope, rows);
  return {
    items: rows.map((r, i) => ({ ...toWarning(r), evidence: evidence[i]! })),
    total: Number(count?.n ?? 0),
  };
}

/**
 * Warnings per level on the board inside `scope` with the other filters (the level filter is ignored:
 * the counts are what the level tabs show).
 */
export async function countWarningsByLevel(
  sql: Sql,
  scope: AccessScope,
  f: Omit<WarningFilters, 'page' | 'pageSize' | 'level'>,
): Promise<Record<Warning['level'], number>> {
  const w = boardConditions(scope, { ...f, level: undefined });
  const rows = await sql.query<{ level: Warning['level']; n: string }>(
    `select w.level, count(*)::text as n
       from warning w join branch b on b.id = w.branch_id cross join system_state s
       ${w.where} group by w.level`,
    w.params,
  );
  const counts: Record<Warning['level'], number> = { red: 0, orange: 0, yellow: 0, blue: 0 };
  for (const r of rows) counts[r.level] = Number(r.n);
  return counts;
}

/** One warning with its measures inside `scope`, or null (missing and out of scope alike). */
export async function findWarning(sql: Sql, scope: AccessScope, id: string): Promise<WarningDetail | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const [row] = await sql.query<WarningRow>(`${SELECT} where w.id = $1 and starts_with(b.path, $2)`, [
    id,
    scopePrefix(scope),
  ]);
  if (!row) return null;
  const measures = await sql.query<{
    id: string;
    description: string;
    deadline: LocalDate;
    status: 'open' | 'done';
    created_by: string;
    created_on: LocalDate;
  }>(
    `select id::text as id, description, deadline::text as deadline, status, created_by, created_on::text as created_on
       from warning_measure where warning_id = $1 order by id`,
    [id],
  );
  const [evidence] = await scopeWarningEvidence(sql, scope, [row]);
  return {
    ...toWarning(row),
    evidence: evidence!,
    measures: measures.map((m) => ({
      id: m.id,
      description: m.description,
      deadline: m.deadline,
      status: m.status,
      createdBy: m.created_by,
      createdOn: m.created_on,
    })),
  };
}

const reason = z.string().trim().min(1, 'a reason is required').max(2000);
const decisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('confirm'), reason: reason.optional() }),
  z.strictObject({ decision: z.literal('dismiss'), reason }),
  z.strictObject({ decision: z.literal('lift'), reason }),
  z.strictObject({
    decision: z.literal('measure'),
    description: z.string().trim().min(1).max(2000),
    deadline: z.string().transform((t, ctx) => {
      try {
        return parseLocalDate(t, 'deadline');
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a date YYYY-MM-DD' });
        return z.NEVER;
      }
    }),
  }),
]);
export type WarningDecision = z.input<typeof decisionSchema>;

/** Which decision is allowed from which status (RULES.md §11 lifecycle). */
const FROM: Record<WarningDecision['decision'], readonly WarningStatus[]> = {
  confirm: ['raised'],
  dismiss: ['raised'],
  measure: ['raised', 'confirmed'],
  lift: ['confirmed'],
};

/**
 * A person's decision on a warning: confirm or dismiss a raised one, add a disposal measure with its
 * deadline, lift a confirmed one. Dismissing and lifting need a reason (bad_input on `reason`); a decision
 * the status does not allow is rule_violation; a measure's deadline before the business date is bad_input.
 * One transaction with its audit entry; refused means nothing written.
 */
export async function decideWarning(
  db: Database,
  scope: AccessScope,
  id: string,
  input: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<WarningDetail> {
  const d = parseOrBadInput(decisionSchema, input);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: WarningStatus; branch_id: string }>(
      `select w.status, w.branch_id from warning w join branch b on b.id = w.branch_id
        where w.id = $1 and starts_with(b.path, $2) for update of w`,
      [/^\d{1,18}$/.test(id) ? id : '0', scopePrefix(scope)],
    );
    if (!row) throw new DomainError('not_found', `id: no warning ${id}`, 'id');
    if (!FROM[d.decision].includes(row.status)) {
      throw new DomainError(
        'rule_violation',
        `decision: a ${row.status} warning cannot take "${d.decision}"`,
        'decision',
      );
    }
    const today = await getBusinessDate(tx);
    if (d.decision === 'measure') {
      if (d.deadline < today)
        throw new DomainError(
          'bad_input',
          `deadline: ${d.deadline} is before the business date ${today}`,
          'deadline',
        );
      await tx.query(
        `insert into warning_measure (warning_id, description, deadline, created_by, created_on) values ($1, $2, $3, $4, $5)`,
        [id, d.description, d.deadline, actor, today],
      );
    } else if (d.decision === 'lift') {
      await tx.query(
        `update warning set status = 'lifted', lifted_by = $2, lifted_on = $3, lift_reason = $4, updated_at = now() where id = $1`,
        [id, actor, today, d.reason],
      );
    } else {
      await tx.query(
        `update warning set status = $2, decided_by = $3, decided_on = $4, decision_reason = $5, updated_at = now() where id = $1`,
        [id, d.decision === 'confirm' ? 'confirmed' : 'dismissed', actor, today, d.reason ?? null],
      );
    }
    const inspectionTaskId =
      d.decision === 'confirm' ? await createWarningInspectionTask(tx, id, actor, today) : null;
    const after = await findWarning(tx, scope, id);
    await appendAudit(tx, {
      actor,
      action: `warning.${d.decision}`,
      objectType: 'warning',
      objectId: id,
      branchId: row.branch_id,
      before: { status: row.status },
      after: {
        status: after!.status,
        ...(d.decision === 'measure'
          ? { description: d.description, deadline: d.deadline }
          : { reason: d.reason ?? null }),
        ...(d.decision === 'confirm' ? { inspectionTaskId } : {}),
      },
      requestId,
    });
    return after!;
  });
}
