import {
  addMonthsClamped,
  DomainError,
  type Fen,
  type LocalDate,
  parseLocalDate,
  parseYuan,
} from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { type AccessScope, limitOffset, type Page, scopePrefix } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Database, Sql } from '../sql-client';
import { isId, recoveryLoanInScope } from './recovery-loan';

/** RULES.md §12 一户一策. */
export const RECOVERY_LIKELIHOODS = ['likely', 'hard', 'unlikely'] as const;
export type RecoveryLikelihood = (typeof RECOVERY_LIKELIHOODS)[number];
export const RECOVERY_MEASURE_KINDS = [
  'visit',
  'collateral_sale',
  'guarantor_payment',
  'rent_collection',
  'restructuring',
  'extension',
  'litigation',
] as const;
export type RecoveryMeasureKind = (typeof RECOVERY_MEASURE_KINDS)[number];

/** The classes a plan is for (non-performing, RULES.md §5); written-off loans keep theirs (账销案存). */
const NON_PERFORMING = ['substandard', 'doubtful', 'loss'];

export interface RecoveryMeasure {
  readonly id: string;
  readonly kind: RecoveryMeasureKind;
  readonly description: string;
  readonly targetAmount: Fen | null;
  readonly dueDate: LocalDate;
  readonly status: 'open' | 'done' | 'dropped';
  readonly doneOn: LocalDate | null;
}

export interface RecoveryReview {
  readonly id: string;
  readonly reviewedOn: LocalDate;
  readonly likelihood: RecoveryLikelihood;
  readonly notes: string;
  readonly reviewer: string;
}

export interface RecoveryPlan {
  readonly id: string;
  readonly loanId: string;
  readonly loanNo: string;
  readonly customerName: string;
  readonly branchId: string;
  readonly classification: string;
  readonly likelihood: RecoveryLikelihood;
  readonly targetAmount: Fen;
  readonly targetDate: LocalDate;
  readonly summary: string;
  readonly status: 'active' | 'closed';
  readonly createdBy: string;
  readonly createdOn: LocalDate;
  readonly lastReviewedOn: LocalDate;
  /** The day the monthly review falls due: one month after the last review (month-end clamped). */
  readonly reviewDueOn: LocalDate;
  /** Not reviewed for more than a month (reviewDueOn before the business date). */
  readonly reviewOverdue: boolean;
}

export interface RecoveryPlanDetail extends RecoveryPlan {
  readonly measures: readonly RecoveryMeasure[];
  readonly reviews: readonly RecoveryReview[];
}

interface PlanRow {
  id: string;
  loan_id: string;
  loan_no: string;
  customer_name: string;
  branch_id: string;
  classification: string;
  likelihood: RecoveryLikelihood;
  target_amount: string;
  target_date: LocalDate;
  summary: string;
  status: 'active' | 'closed';
  created_by: string;
  created_on: LocalDate;
  last_reviewed_on: LocalDate;
  business_date: LocalDate;
}

const PLAN_SELECT = `select p.id::text as id, p.loan_id::text as loan_id, l.loan_no, cu.name as customer_name, p.branch_id,
    l.classification, p.likelihood, p.target_amount::text as target_amount, p.target_date::text as target_date,
    p.summary, p.status, p.created_by, p.created_on::text as created_on, p.last_reviewed_on::text as last_reviewed_on,
    s.business_date::text as business_date
  from recovery_plan p
  join loan l on l.id = p.loan_id
  join customer cu on cu.id = l.customer_id
  join branch b on b.id = p.branch_id
  cross join system_state s`;

function toPlan(r: PlanRow): RecoveryPlan {
  const due = addMonthsClamped(r.last_reviewed_on, 1);
  return {
    id: r.id,
    loanId: r.loan_id,
    loanNo: r.loan_no,
    customerName: r.customer_name,
    branchId: r.branch_id,
    classification: r.classification,
    likelihood: r.likelihood,
    targetAmount: Number(r.target_amount) as Fen,
    targetDate: r.target_date,
    summary: r.summary,
    status: r.status,
    createdBy: r.created_by,
    createdOn: r.created_on,
    lastReviewedOn: r.last_reviewed_on,
    reviewDueOn: due,
    reviewOverdue: r.status === 'active' && due < r.business_date,
  };
}

async function detail(sql: Sql, row: PlanRow): Promise<RecoveryPlanDetail> {
  const measures = await sql.query<{
    id: string;
    kind: RecoveryMeasureKind;
    description: string;
    target_amount: string | null;
    due_date: LocalDate;
    status: RecoveryMeasure['status'];
    done_on: LocalDate | null;
  }>(
    `select id::text as id, kind, description, target_amount::text as target_amount, due_date::text as due_date,
            status, done_on::text as done_on
       from recovery_measure where plan_id = $1 order by due_date, id`,
    [row.id],
  );
  const reviews = await sql.query<{
    id: string;
    reviewed_on: LocalDate;
    likelihood: RecoveryLikelihood;
    notes: string;
    reviewer: string;
  }>(
    `select id::text as id, reviewed_on::text as reviewed_on, likelihood, notes, reviewer
       from recovery_review where plan_id = $1 order by reviewed_on desc, id desc`,
    [row.id],
  );
  return {
    ...toPlan(row),
    measures: measures.map((m) => ({
      id: m.id,
      kind: m.kind,
      description: m.description,
      targetAmount: m.target_amount === null ? null : (Number(m.target_amount) as Fen),
      dueDate: m.due_date,
      status: m.status,
      doneOn: m.done_on,
    })),
    reviews: reviews.map((v) => ({
      id: v.id,
      reviewedOn: v.reviewed_on,
      likelihood: v.likelihood,
      notes: v.notes,
      reviewer: v.reviewer,
    })),
  };
}

/** The loan's active plan, else its latest one, else null. */
export async function findLoanRecoveryPlan(
  sql: Sql,
  scope: AccessScope,
  loanId: string,
): Promise<RecoveryPlanDetail | null> {
  const loan = await recoveryLoanInScope(sql, scope, loanId);
  const [row] = await sql.query<PlanRow>(
    `${PLAN_SELECT} where p.loan_id = $1 order by (p.status = 'active') desc, p.id desc limit 1`,
    [loan.id],
  );
  return row ? detail(sql, row) : null;
}

export interface PlanFilters {
  /** Only active plans whose monthly review is overdue. */
  readonly due?: boolean | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** Active plans inside the scope, those longest without a review first. */
export async function listRecoveryPlans(
  sql: Sql,
  scope: AccessScope,
  f: PlanFilters,
): Promise<Page<RecoveryPlan>> {
  const { limit, offset } = limitOffset(f);
  // Postgres adds a month clamped to the month's end, as addMonthsClamped does.
  const dueOnly = f.due ? `and (p.last_reviewed_on + interval '1 month')::date < s.business_date` : '';
  const where = `where p.status = 'active' and starts_with(b.path, $1) ${dueOnly}`;
  const rows = await sql.query<PlanRow>(
    `${PLAN_SELECT} ${where} order by p.last_reviewed_on, p.id limit $2 offset $3`,
    [scopePrefix(scope), limit, offset],
  );
  const [n] = await sql.query<{ n: string }>(
    `select count(*)::text as n from recovery_plan p join branch b on b.id = p.branch_id cross join system_state s ${where}`,
    [scopePrefix(scope)],
  );
  return { items: rows.map(toPlan), total: Number(n?.n ?? 0) };
}

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const measureSchema = z.strictObject({
  kind: z.enum(RECOVERY_MEASURE_KINDS),
  description: text(1000),
  targetAmount: z.string().optional(),
  dueDate: z.string(),
});
const planSchema = z.strictObject({
  likelihood: z.enum(RECOVERY_LIKELIHOODS),
  targetAmount: z.string(),
  targetDate: z.string(),
  summary: text(4000),
  measures: z.array(measureSchema).min(1, 'a plan needs at least one measure').max(30),
});

function positive(text: string, field: string): Fen {
  const a = parseYuan(text, field);
  if (a <= 0) throw new DomainError('bad_input', `${field}: must be more than 0.00`, field);
  return a;
}

function notBefore(date: LocalDate, today: LocalDate, field: string): void {
  if (date < today) {
    throw new DomainError('bad_input', `${field}: ${date} is before the business date ${today}`, field);
  }
}

/**
 * Creates the recovery plan (一户一策) of a non-performing or written-off loan with its measures; one
 * active plan per loan (conflict). Target and measure dates must not be in the past. Audited as
 * `recovery.plan`. The creation counts as the first review (the monthly clock starts that day).
 */
export async function createRecoveryPlan(
  db: Database,
  scope: AccessScope,
  loanId: string,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<RecoveryPlanDetail> {
  const b = parseOrBadInput(planSchema, body);
  const target = positive(b.targetAmount, 'targetAmount');
  const targetDate = parseLocalDate(b.targetDate, 'targetDate');
  const measures = b.measures.map((m, i) => ({
    ...m,
    targetAmount:
      m.targetAmount === undefined ? null : positive(m.targetAmount, `measures[${i}].targetAmount`),
    dueDate: parseLocalDate(m.dueDate, `measures[${i}].dueDate`),
  }));
  return db.transaction(async (tx) => {
    const loan = await recoveryLoanInScope(tx, scope, loanId, true);
    if (
      !(
        loan.status === 'written_off' ||
        (loan.status === 'active' && NON_PERFORMING.includes(loan.classification))
      )
    ) {
      throw new DomainError(
        'rule_violation',
        `id: a recovery plan is for a non-performing loan (substandard, doubtful, loss) or a written-off one; loan ${loan.id} is ${loan.status === 'active' ? loan.classification : loan.status}`,
        'id',
      );
    }
    const today = await getBusinessDate(tx);
    notBefore(targetDate, today, 'targetDate');
    for (const [i, m] of measures.entries()) notBefore(m.dueDate, today, `measures[${i}].dueDate`);
    const [open] = await tx.query<{ id: string }>(
      `select id::text as id from recovery_plan where loan_id = $1 and status = 'active'`,
      [loan.id],
    );
    if (open) {
      throw new DomainError(
        'conflict',
        `id: loan ${loan.id} already has an active recovery plan (${open.id})`,
        'id',
      );
    }
    const [row] = await tx.query<{ id: string }>(
      `insert into recovery_plan (loan_id, branch_id, likelihood, target_amount, target_date, summary, created_by,
                                  created_on, last_reviewed_on)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $8) returning id::text as id`,
      [loan.id, loan.branchId, b.likelihood, target, targetDate, b.summary, actor, today],
    );
    const planId = row!.id;
    for (const m of measures) {
      await tx.query(
        `insert into recovery_measure (plan_id, kind, description, target_amount, due_date, created_by)
         values ($1, $2, $3, $4, $5, $6)`,
        [planId, m.kind, m.description, m.targetAmount, m.dueDate, actor],
      );
    }
    await appendAudit(tx, {
      actor,
      action: 'recovery.plan',
      objectType: 'recovery_plan',
      objectId: planId,
      branchId: loan.branchId,
      before: null,
      after: {
        loanId: loan.id,
        likelihood: b.likelihood,
        targetAmount: String(target),
        targetDate,
        measures: measures.map((m) => ({ kind: m.kind, dueDate: m.dueDate })),
      },
      requestId,
    });
    const [p] = await tx.query<PlanRow>(`${PLAN_SELECT} where p.id = $1`, [planId]);
    return detail(tx, p!);
  });
}

const reviewSchema = z.strictObject({
  likelihood: z.enum(RECOVERY_LIKELIHOODS),
  notes: text(4000),
  /** Measures done or dropped since the last review. */
  measures: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[1-9]\d{0,17}$/),
        status: z.enum(['open', 'done', 'dropped']),
      }),
    )
    .max(30)
    .optional(),
  /** Closes the plan with this reason (the loan recovered, settled, or no more measures are worth it). */
  closeReason: z.string().trim().min(1).max(1000).optional(),
});

/**
 * The monthly review of an active plan on the business date: the likelihood as judged now, notes,
 * measures marked done or dropped, optionally the plan closed. Audited as `recovery.review`.
 */
export async function reviewRecoveryPlan(
  db: Database,
  scope: AccessScope,
  planId: string,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<RecoveryPlanDetail> {
  const b = parseOrBadInput(reviewSchema, body);
  return db.transaction(async (tx) => {
    const [p] = await tx.query<PlanRow>(
      `${PLAN_SELECT} where p.id = $1 and starts_with(b.path, $2) for update of p`,
      [isId(planId) ? planId : '0', scopePrefix(scope)],
    );
    if (!p) throw new DomainError('not_found', `id: no recovery plan ${planId}`, 'id');
    if (p.status !== 'active')
      throw new DomainError('rule_violation', `id: recovery plan ${planId} is closed`, 'id');
    const today = await getBusinessDate(tx);
    for (const [i, m] of (b.measures ?? []).entries()) {
      const updated = await tx.query(
        `update recovery_measure set status = $3, done_on = case when $3 = 'open' then null else $4::date end
          where id = $1 and plan_id = $2 returning id`,
        [m.id, p.id, m.status, today],
      );
      if (updated.length === 0) {
        throw new DomainError(
          'bad_input',
          `measures[${i}].id: measure ${m.id} is not in this plan`,
          `measures[${i}].id`,
        );
      }
    }
    await tx.query(
      `insert into recovery_review (plan_id, reviewed_on, likelihood, notes, reviewer) values ($1, $2, $3, $4, $5)`,
      [p.id, today, b.likelihood, b.notes, actor],
    );
    await tx.query(
      `update recovery_plan set likelihood = $2, last_reviewed_on = $3,
              status = case when $4::text is null then status else 'closed' end,
              closed_on = case when $4::text is null then closed_on else $3::date end,
              close_reason = coalesce($4, close_reason)
        where id = $1`,
      [p.id, b.likelihood, today, b.closeReason ?? null],
    );
    await appendAudit(tx, {
      actor,
      action: 'recovery.review',
      objectType: 'recovery_plan',
      objectId: p.id,
      branchId: p.branch_id,
      before: { likelihood: p.likelihood, lastReviewedOn: p.last_reviewed_on },
      after: {
        likelihood: b.likelihood,
        reviewedOn: today,
        measures: (b.measures ?? []).map((m) => ({ id: m.id, status: m.status })),
        closeReason: b.closeReason ?? null,
      },
      requestId,
    });
    const [row] = await tx.query<PlanRow>(`${PLAN_SELECT} where p.id = $1`, [p.id]);
    return detail(tx, row!);
  });
}
