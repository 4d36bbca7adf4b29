import { DomainError, INSPECTION_KINDS, type InspectionKind, type LocalDate } from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { limitOffset, type Page, SqlConditions } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import { isUniqueViolation } from '../services/sql-errors';
import { localDateText } from '../shared/local-date-text';
import type { Database, Sql } from '../sql-client';

export const INSPECTION_TASK_STATUSES = ['open', 'submitted', 'returned', 'approved', 'cancelled'] as const;
export type InspectionTaskStatus = (typeof INSPECTION_TASK_STATUSES)[number];

export interface InspectionTask {
  readonly id: string;
  readonly kind: InspectionKind;
  readonly loanId: string | null;
  readonly loanNo: string | null;
  readonly customerId: string;
  readonly customerName: string;
  readonly customerType: 'individual' | 'enterprise';
  readonly isKeyCustomer: boolean;
  readonly branchId: string;
  readonly assigneeId: string | null;
  readonly assigneeName: string | null;
  readonly dueDate: LocalDate;
  readonly status: InspectionTaskStatus;
  /** Past its due date and still open or returned, as of the business date. */
  readonly overdue: boolean;
  readonly escalated: boolean;
  readonly escalatedOn: LocalDate | null;
  readonly origin: 'rule' | 'user';
  readonly reason: string;
  readonly createdBy: string;
  readonly createdOn: LocalDate;
  readonly completedOn: LocalDate | null;
}

interface TaskRow {
  id: string;
  kind: InspectionKind;
  loan_id: string | null;
  loan_no: string | null;
  customer_id: string;
  customer_name: string;
  customer_type: 'individual' | 'enterprise';
  is_key: boolean;
  branch_id: string;
  assignee_id: string | null;
  assignee_name: string | null;
  due_date: LocalDate;
  status: InspectionTaskStatus;
  overdue: boolean;
  escalated: boolean;
  escalated_on: LocalDate | null;
  origin: 'rule' | 'user';
  reason: string;
  created_by: string;
  created_on: LocalDate;
  completed_on: LocalDate | null;
}

/** The task columns; `$bd` is the business date's placeholder (for `overdue`). */
const taskSelect = (bd: string) => `
  select t.id::text as id, t.kind, t.loan_id::text as loan_id, l.loan_no, t.customer_id::text as customer_id,
         c.name as customer_name, c.customer_type,
         exists (select 1 from key_customer k where k.customer_id = t.customer_id and k.valid_to is null) as is_key,
         t.branch_id, t.assignee_id::text as assignee_id, u.display_name as assignee_name,
         to_char(t.due_date, 'YYYY-MM-DD') as due_date, t.status,
         (t.status in ('open', 'returned') and t.due_date < ${bd}::date) as overdue,
         t.escalated, to_char(t.escalated_on, 'YYYY-MM-DD') as escalated_on, t.origin, t.reason, t.created_by,
         to_char(t.created_on, 'YYYY-MM-DD') as created_on, to_char(t.completed_on, 'YYYY-MM-DD') as completed_on
    from inspection_task t
    join customer c on c.id = t.customer_id
    join branch b on b.id = t.branch_id
    left join loan l on l.id = t.loan_id
    left join app_user u on u.id = t.assignee_id`;

const toTask = (r: TaskRow): InspectionTask => ({
  id: r.id,
  kind: r.kind,
  loanId: r.loan_id,
  loanNo: r.loan_no,
  customerId: r.customer_id,
  customerName: r.customer_name,
  customerType: r.customer_type,
  isKeyCustomer: r.is_key,
  branchId: r.branch_id,
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name,
  dueDate: r.due_date,
  status: r.status,
  overdue: r.overdue,
  escalated: r.escalated,
  escalatedOn: r.escalated_on,
  origin: r.origin,
  reason: r.reason,
  createdBy: r.created_by,
  createdOn: r.created_on,
  completedOn: r.completed_on,
});

const idText = z.string().regex(/^[1-9]\d{0,17}$/, 'must be a positive whole number');
const branchPath = z.string().regex(/^\/(?:[A-Za-z0-9_-]{1,32}\/)*$/, 'must be a branch path');

const listSchema = z.strictObject({
  branchPath,
  status: z.array(z.enum(INSPECTION_TASK_STATUSES)).min(1).optional(),
  kind: z.array(z.enum(INSPECTION_KINDS)).min(1).optional(),
  overdue: z.boolean().optional(),
  escalated: z.boolean().optional(),
  assigneeId: idText.optional(),
  loanId: idText.optional(),
  customerId: idText.optional(),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1).max(500),
});
export type InspectionTaskFilters = z.input<typeof listSchema>;

/** Tasks inside the branch subtree `branchPath`, by due date (then id), filtered and paged. */
export async function listInspectionTasks(
  sql: Sql,
  filters: InspectionTaskFilters,
): Promise<Page<InspectionTask>> {
  const f = parseOrBadInput(listSchema, filters);
  const w = new SqlConditions();
  const bd = w.param(await getBusinessDate(sql));
  // Every statement below must use the business date's parameter, or PostgreSQL cannot type it.
  w.add(() => `${bd}::date is not null`);
  w.add((p) => `starts_with(b.path, ${p})`, f.branchPath);
  if (f.status) w.add((p) => `t.status = any(${p}::text[])`, f.status);
  if (f.kind) w.add((p) => `t.kind = any(${p}::text[])`, f.kind);
  if (f.overdue !== undefined) {
    w.add(() => `${f.overdue ? '' : 'not '}(t.status in ('open', 'returned') and t.due_date < ${bd}::date)`);
  }
  if (f.escalated !== undefined) w.add((p) => `t.escalated = ${p}::boolean`, f.escalated);
  if (f.assigneeId) w.add((p) => `t.assignee_id = ${p}::bigint`, f.assigneeId);
  if (f.loanId) w.add((p) => `t.loan_id = ${p}::bigint`, f.loanId);
  if (f.customerId) w.add((p) => `t.customer_id = ${p}::bigint`, f.customerId);
  const { limit, offset } = limitOffset(f);
  const rows = await sql.query<TaskRow & { total: string }>(
    `${taskSelect(bd)} ${w.where}
     order by t.due_date, t.id limit ${limit} offset ${offset}`,
    w.params,
  );
  const [count] = await sql.query<{ n: string }>(
    `select count(*)::text as n from inspection_task t join branch b on b.id = t.branch_id ${w.where}`,
    w.params,
  );
  return { items: rows.map(toTask), total: Number(count?.n ?? 0) };
}

/** One task inside `branchPath`, or null (missing and out of scope look the same). */
export async function findInspectionTask(
  sql: Sql,
  id: string,
  path: string,
  lock = false,
): Promise<InspectionTask | null> {
  if (!/^[1-9]\d{0,17}$/.test(id)) return null;
  if (lock) await sql.query('select 1 from inspection_task where id = $1 for update', [id]);
  const rows = await sql.query<TaskRow>(`${taskSelect('$3')} where t.id = $1 and starts_with(b.path, $2)`, [
    id,
    path,
    await getBusinessDate(sql),
  ]);
  return rows[0] ? toTask(rows[0]) : null;
}

const adhocSchema = z
  .strictObject({
    loanId: idText.optional(),
    customerId: idText.optional(),
    dueDate: localDateText,
    reason: z.string().trim().min(1).max(500),
    createdBy: z.string().min(1).max(100),
    branchPath,
    requestId: z.string().max(200).nullable().optional(),
  })
  .refine((v) => (v.loanId === undefined) !== (v.customerId === undefined), {
    message: 'give either loanId or customerId',
    path: ['loanId'],
  });
export type NewAdhocTask = z.input<typeof adhocSchema>;

/**
 * An ad-hoc inspection made by hand (RULES.md §9), about a loan or a whole customer inside the caller's
 * scope, for its account manager. 404 outside the scope, 409 when an unfinished ad-hoc task exists,
 * bad_input for a due date before the business date. Audited in the same transaction.
 */
export async function createAdhocTask(db: Database, input: NewAdhocTask): Promise<InspectionTask> {
  const a = parseOrBadInput(adhocSchema, input);
  return db.transaction(async (tx) => {
    const businessDate = await getBusinessDate(tx);
    if (a.dueDate < businessDate) {
      throw new DomainError(
        'bad_input',
        `dueDate: must be on or after the business date ${businessDate}`,
        'dueDate',
      );
    }
    const target = a.loanId
      ? await tx.query<{
          loan_id: string;
          customer_id: string;
          branch_id: string;
          assignee: string | null;
          status: string;
        }>(
          `select l.id::text as loan_id, l.customer_id::text as customer_id, l.branch_id,
                  coalesce(l.manager_id, c.manager_id)::text as assignee, l.status
             from loan l join customer c on c.id = l.customer_id join branch b on b.id = l.branch_id
            where l.id = $1 and starts_with(b.path, $2)`,
          [a.loanId, a.branchPath],
        )
      : await tx.query<{
          loan_id: null;
          customer_id: string;
          branch_id: string;
          assignee: string | null;
          status: string;
        }>(
          `select null as loan_id, c.id::text as customer_id, c.branch_id, c.manager_id::text as assignee,
                  'active' as status
             from customer c join branch b on b.id = c.branch_id
            where c.id = $1 and starts_with(b.path, $2)`,
          [a.customerId, a.branchPath],
        );
    const t = target[0];
    if (!t) {
      const field = a.loanId ? 'loanId' : 'customerId';
      throw new DomainError(
        'not_found',
        `${field}: no ${a.loanId ? 'loan' : 'customer'} ${a.loanId ?? a.customerId}`,
        field,
      );
    }
    if (t.status !== 'active') {
      throw new DomainError(
        'rule_violation',
        `loanId: loan ${t.loan_id} is ${t.status}; nothing to inspect`,
        'loanId',
      );
    }
    let id: string;
    try {
      const rows = await tx.query<{ id: string }>(
        `insert into inspection_task (kind, loan_id, customer_id, branch_id, assignee_id, due_date, origin, reason,
                                      created_by, created_on)
         values ('adhoc', $1, $2, $3, $4, $5, 'user', $6, $7, $8) returning id::text as id`,
        [t.loan_id, t.customer_id, t.branch_id, t.assignee, a.dueDate, a.reason, a.createdBy, businessDate],
      );
      id = rows[0]!.id;
    } catch (err) {
      if (
        isUniqueViolation(err, 'inspection_task_open_loan_idx') ||
        isUniqueViolation(err, 'inspection_task_open_customer_idx')
      ) {
        throw new DomainError(
          'conflict',
          `${a.loanId ? 'loanId' : 'customerId'}: an ad-hoc inspection is already open`,
          a.loanId ? 'loanId' : 'customerId',
        );
      }
      throw err;
    }
    const task = (await findInspectionTask(tx, id, a.branchPath))!;
    await appendAudit(tx, {
      actor: a.createdBy,
      action: 'inspection.task_create',
      objectType: 'inspection_task',
      objectId: id,
      branchId: task.branchId,
      before: null,
      after: {
        kind: 'adhoc',
        loanId: task.loanId,
        customerId: task.customerId,
        dueDate: task.dueDate,
        reason: task.reason,
      },
      requestId: a.requestId ?? null,
    });
    return task;
  });
}
