import {
  addDays,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  CONTACT_TARGETS,
  type ContactChannel,
  type ContactOutcome,
  type ContactTarget,
  checkContact,
  DEFAULT_CONTACT_POLICY,
  DomainError,
  type LocalDate,
  parseLocalDate,
  parseYuan,
  type StopFlag,
} from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import {
  type AccessScope,
  limitOffset,
  type Page,
  SqlConditions,
  scopePrefix,
} from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Database, Sql } from '../sql-client';

export interface CollectionCase {
  readonly id: string;
  readonly loanId: string;
  readonly loanNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly branchId: string;
  readonly openedOn: LocalDate;
  readonly stage: string;
  /** DPD at the business date, derived from the loan. */
  readonly dpd: number;
  /** Fen, as of the last evaluation. */
  readonly overdueAmount: number;
  readonly principalOwed: number;
  readonly assigneeId: string | null;
  readonly assigneeName: string | null;
  readonly status: 'open' | 'closed';
  readonly closedOn: LocalDate | null;
  readonly closeReason: string | null;
  /** The oldest open stage task (what to do next), or null. */
  readonly nextTask: string | null;
  /** The earliest open promise to pay: its date and amount (fen). */
  readonly nextPromiseDate: LocalDate | null;
  readonly nextPromiseAmount: number | null;
  /** Promises to pay on the case that were broken. */
  readonly brokenPromises: number;
}

export interface CollectionActionRecord {
  readonly id: string;
  readonly channel: ContactChannel;
  readonly target: ContactTarget;
  readonly contactPoint: string;
  readonly date: LocalDate;
  readonly minute: number;
  readonly outcome: ContactOutcome;
  readonly notes: string | null;
  readonly actor: string;
}

export interface PromiseToPay {
  readonly id: string;
  readonly actionId: string;
  readonly amount: number;
  readonly promiseDate: LocalDate;
  readonly promisedOn: LocalDate;
  readonly status: 'open' | 'kept' | 'broken';
  readonly resolvedOn: LocalDate | null;
}

export interface CollectionTask {
  readonly id: string;
  readonly stage: string;
  readonly kind: string;
  readonly createdOn: LocalDate;
  readonly status: 'open' | 'done' | 'cancelled';
}

export interface CollectionCaseDetail extends CollectionCase {
  readonly tasks: CollectionTask[];
  readonly actions: CollectionActionRecord[];
  readonly promises: PromiseToPay[];
}

const SELECT = `select c.id::text as id, c.loan_id::text as loan_id, l.loan_no, c.customer_id::text as customer_id,
    cu.name as customer_name, c.branch_id, c.opened_on::text as opened_on, c.stage,
    case when l.oldest_unpaid_due < s.business_date then s.business_date - l.oldest_unpaid_due else 0 end as dpd,
    c.overdue_amount::text as overdue_amount, l.principal_owed::text as principal_owed,
    c.assignee_id::text as assignee_id, u.display_name as assignee_name, c.status, c.closed_on::text as closed_on,
    c.close_reason,
    (select t.kind from collection_task t where t.case_id = c.id and t.status = 'open' order by t.id limit 1) as next_task,
    np.promise_date::text as next_promise_date, np.amount::text as next_promise_amount,
    (select count(*) from promise_to_pay p where p.case_id = c.id and p.status = 'broken')::int as broken_promises
  from collection_case c
  left join app_user u on u.id = c.assignee_id
  left join lateral (select p.promise_date, p.amount from promise_to_pay p
                      where p.case_id = c.id and p.status = 'open' order by p.promise_date, p.id limit 1) np on true
  join loan l on l.id = c.loan_id
  join customer cu on cu.id = c.customer_id
  join branch b on b.id = c.branch_id
  cross join system_state s`;

interface CaseRow {
  id: string;
  loan_id: string;
  loan_no: string;
  customer_id: string;
  customer_name: string;
  branch_id: string;
  opened_on: LocalDate;
  stage: string;
  dpd: number;
  overdue_amount: string;
  principal_owed: string;
  assignee_id: string | null;
  assignee_name: string | null;
  status: 'open' | 'closed';
  closed_on: LocalDate | null;
  close_reason: string | null;
  next_task: string | null;
  next_promise_date: LocalDate | null;
  next_promise_amount: string | null;
  broken_promises: number;
}

const toCase = (r: CaseRow): CollectionCase => ({
  id: r.id,
  loanId: r.loan_id,
  loanNo: r.loan_no,
  customerId: r.customer_id,
  customerName: r.customer_name,
  branchId: r.branch_id,
  openedOn: r.opened_on,
  stage: r.stage,
  dpd: Number(r.dpd),
  overdueAmount: Number(r.overdue_amount),
  principalOwed: Number(r.principal_owed),
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name,
  status: r.status,
  closedOn: r.closed_on,
  closeReason: r.close_reason,
  nextTask: r.next_task,
  nextPromiseDate: r.next_promise_date,
  nextPromiseAmount: r.next_promise_amount === null ? null : Number(r.next_promise_amount),
  brokenPromises: Number(r.broken_promises),
});

export interface CaseFilters {
  readonly status?: 'open' | 'closed' | undefined;
  /** Only cases assigned to this user (a collector's own queue). */
  readonly assigneeId?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** The collection queue inside `scope`, by priority: DPD, then the overdue amount (core compareCasePriority). */
export async function listCollectionCases(
  sql: Sql,
  scope: AccessScope,
  f: CaseFilters,
): Promise<Page<CollectionCase>> {
  const w = new SqlConditions();
  w.add((p) => `starts_with(b.path, ${p})`, scopePrefix(scope));
  w.add((p) => `c.status = ${p}`, f.status ?? 'open');
  if (f.assigneeId !== undefined) w.add((p) => `c.assignee_id = ${p}::bigint`, f.assigneeId);
  const { limit, offset } = limitOffset(f);
  const [count] = await sql.query<{ n: string }>(
    `select count(*)::text as n from (${SELECT} ${w.where}) x`,
    w.params,
  );
  const rows = await sql.query<CaseRow>(
    `${SELECT} ${w.where} order by l.oldest_unpaid_due nulls last, c.overdue_amount desc, c.id
     limit ${w.param(limit)} offset ${w.param(offset)}`,
    w.params,
  );
  return { items: rows.map(toCase), total: Number(count?.n ?? 0) };
}

const isId = (id: string) => /^\d{1,18}$/.test(id);

export interface EligibleCollector {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  /** Open cases assigned to them now (their workload). */
  readonly openCases: number;
}

/**
 * Who an open case in `scope` may be reassigned to: the active collectors whose branch covers the case's
 * (the rule assignCollectionCase enforces), the least loaded first. Null when the case is not in scope.
 */
export async function listEligibleCollectors(
  sql: Sql,
  scope: AccessScope,
  caseId: string,
): Promise<EligibleCollector[] | null> {
  if (!isId(caseId)) return null;
  const [c] = await sql.query<{ path: string }>(
    `select b.path from collection_case c join branch b on b.id = c.branch_id
      where c.id = $1 and starts_with(b.path, $2)`,
    [caseId, scopePrefix(scope)],
  );
  if (!c) return null;
  const rows = await sql.query<{
    id: string;
    username: string;
    display_name: string;
    branch_id: string;
    open_cases: number;
  }>(
    `select u.id::text as id, u.username, u.display_name, u.branch_id,
            (select count(*) from collection_case k where k.assignee_id = u.id and k.status = 'open')::int as open_cases
       from app_user u join branch b on b.id = u.branch_id
      where u.active and 'collector' = any(u.roles) and starts_with($1, b.path)
      order by open_cases, u.username`,
    [c.path],
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    branchId: r.branch_id,
    openCases: Number(r.open_cases),
  }));
}

/** One case with its tasks, actions and promises inside `scope`, or null (missing and out of scope alike). */
export async function findCollectionCase(
  sql: Sql,
  scope: AccessScope,
  id: string,
): Promise<CollectionCaseDetail | null> {
  if (!isId(id)) return null;
  const [row] = await sql.query<CaseRow>(`${SELECT} where c.id = $1 and starts_with(b.path, $2)`, [
    id,
    scopePrefix(scope),
  ]);
  if (!row) return null;
  const tasks = await sql.query<{
    id: string;
    stage: string;
    kind: string;
    created_on: LocalDate;
    status: CollectionTask['status'];
  }>(
    `select id::text as id, stage, kind, created_on::text as created_on, status from collection_task where case_id = $1 order by id`,
    [id],
  );
  const actions = await sql.query<{
    id: string;
    channel: ContactChannel;
    target: ContactTarget;
    contact_point: string;
    action_date: LocalDate;
    action_minute: number;
    outcome: ContactOutcome;
    notes: string | null;
    actor: string;
  }>(
    `select id::text as id, channel, target, contact_point, action_date::text as action_date, action_minute, outcome,
            notes, actor
       from collection_action where case_id = $1 order by action_date, action_minute, id`,
    [id],
  );
  const promises = await sql.query<{
    id: string;
    action_id: string;
    amount: string;
    promise_date: LocalDate;
    promised_on: LocalDate;
    status: PromiseToPay['status'];
    resolved_on: LocalDate | null;
  }>(
    `select id::text as id, action_id::text as action_id, amount::text as amount, promise_date::text as promise_date,
            promised_on::text as promised_on, status, resolved_on::text as resolved_on
       from promise_to_pay where case_id = $1 order by id`,
    [id],
  );
  return {
    ...toCase(row),
    tasks: tasks.map((t) => ({
      id: t.id,
      stage: t.stage,
      kind: t.kind,
      createdOn: t.created_on,
      status: t.status,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      channel: a.channel,
      target: a.target,
      contactPoint: a.contact_point,
      date: a.action_date,
      minute: a.action_minute,
      outcome: a.outcome,
      notes: a.notes,
      actor: a.actor,
    })),
    promises: promises.map((p) => ({
      id: p.id,
      actionId: p.action_id,
      amount: Number(p.amount),
      promiseDate: p.promise_date,
      promisedOn: p.promised_on,
      status: p.status,
      resolvedOn: p.resolved_on,
    })),
  };
}

const localDate = (field: string) =>
  z.string().transform((t, ctx) => {
    try {
      return parseLocalDate(t, field);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a date YYYY-MM-DD' });
      return z.NEVER;
    }
  });

const actionSchema = z.strictObject({
  channel: z.enum(CONTACT_CHANNELS),
  target: z.enum(CONTACT_TARGETS),
  contactPoint: z.string().trim().min(1).max(200),
  /** The borrower's local date and time of the contact. */
  date: localDate('date'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h)'),
  outcome: z.enum(CONTACT_OUTCOMES),
  notes: z.string().trim().max(4000).optional(),
  promise: z
    .strictObject({
      /** Yuan as a string, e.g. "1200.00". */
      amount: z.string().min(1).max(30),
      date: localDate('promise.date'),
    })
    .optional(),
});
export type CollectionActionInput = z.input<typeof actionSchema>;

/**
 * Records a contact on an open case. The contact policy (RULES.md §10, core checkContact) is checked
 * against every recorded contact of the debtor and the debtor's stop flags; a refused contact is
 * rule_violation on `time`/`target`/`contactPoint` with the policy's reason, and nothing is written. A
 * promise needs the outcome `promise`, a positive amount and a date not before the business date.
 */
export async function recordCollectionAction(
  db: Database,
  scope: AccessScope,
  caseId: string,
  input: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<CollectionActionRecord & { promise: PromiseToPay | null }> {
  const a = parseOrBadInput(actionSchema, input);
  const [hh, mm] = a.time.split(':').map(Number) as [number, number];
  const minute = hh * 60 + mm;
  const promiseAmount = a.promise === undefined ? null : parseYuan(a.promise.amount, 'promise.amount');
  if (a.outcome === 'promise' && a.promise === undefined) {
    throw new DomainError(
      'bad_input',
      'promise: an outcome "promise" needs the promised amount and date',
      'promise',
    );
  }
  if (a.promise !== undefined && a.outcome !== 'promise') {
    throw new DomainError('bad_input', 'outcome: a promise to pay needs the outcome "promise"', 'outcome');
  }
  if (promiseAmount !== null && promiseAmount <= 0) {
    throw new DomainError('bad_input', 'promise.amount: must be more than 0', 'promise.amount');
  }
  return db.transaction(async (tx) => {
    const [c] = await tx.query<{
      id: string;
      loan_id: string;
      customer_id: string;
      branch_id: string;
      status: string;
    }>(
      `select c.id::text as id, c.loan_id::text as loan_id, c.customer_id::text as customer_id, c.branch_id, c.status
         from collection_case c join branch b on b.id = c.branch_id
        where c.id = $1 and starts_with(b.path, $2) for update of c`,
      [isId(caseId) ? caseId : '0', scopePrefix(scope)],
    );
    if (!c) throw new DomainError('not_found', `id: no collection case ${caseId}`, 'id');
    if (c.status !== 'open')
      throw new DomainError('rule_violation', `id: collection case ${caseId} is closed`, 'id');
    // Two collectors acting on the same debtor (through different cases) queue here, so the daily caps
    // are counted on what the other one committed.
    await tx.query('select id from customer where id = $1 for update', [c.customer_id]);
    const today = await getBusinessDate(tx);
    // The borrower's local calendar may be past midnight before end of day moves the business date.
    if (a.date > addDays(today, 1)) {
      throw new DomainError('bad_input', `date: ${a.date} is after the business date ${today}`, 'date');
    }
    if (a.promise !== undefined && a.promise.date < today) {
      throw new DomainError(
        'bad_input',
        `promise.date: ${a.promise.date} is before the business date ${today}`,
        'promise.date',
      );
    }
    const history = await tx.query<{
      action_date: LocalDate;
      action_minute: number;
      channel: ContactChannel;
      target: ContactTarget;
      contact_point: string;
      outcome: ContactOutcome;
    }>(
      `select a.action_date::text as action_date, a.action_minute, a.channel, a.target, a.contact_point, a.outcome
         from collection_action a join collection_case c on c.id = a.case_id
        where c.customer_id = $1`,
      [c.customer_id],
    );
    const flags = await tx.query<{ flag: StopFlag }>(
      `select flag from customer_stop_flag where customer_id = $1 and lifted_on is null`,
      [c.customer_id],
    );
    const decision = checkContact(
      {
        date: a.date,
        minute,
        channel: a.channel,
        target: a.target,
        contactPoint: a.contactPoint,
        automated: false,
      },
      {
        contacts: history.map((h) => ({
          date: h.action_date,
          minute: h.action_minute,
          channel: h.channel,
          target: h.target,
          contactPoint: h.contact_point,
          outcome: h.outcome,
        })),
        stopFlags: flags.map((f) => f.flag),
      },
      DEFAULT_CONTACT_POLICY,
    );
    if (!decision.allowed) {
      const field =
        decision.reason === 'quiet_hours' || decision.reason === 'bad_time'
          ? 'time'
          : decision.reason.startsWith('third_party')
            ? 'target'
            : 'contactPoint';
      throw new DomainError('rule_violation', `${field}: ${decision.reason}: ${decision.message}`, field);
    }
    const [row] = await tx.query<{ id: string }>(
      `insert into collection_action (case_id, loan_id, channel, target, contact_point, action_date, action_minute,
                                      outcome, notes, actor)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id::text as id`,
      [
        c.id,
        c.loan_id,
        a.channel,
        a.target,
        a.contactPoint,
        a.date,
        minute,
        a.outcome,
        a.notes ?? null,
        actor,
      ],
    );
    const action: CollectionActionRecord = {
      id: row!.id,
      channel: a.channel,
      target: a.target,
      contactPoint: a.contactPoint,
      date: a.date,
      minute,
      outcome: a.outcome,
      notes: a.notes ?? null,
      actor,
    };
    let promise: PromiseToPay | null = null;
    if (a.promise !== undefined && promiseAmount !== null) {
      const [p] = await tx.query<{ id: string }>(
        `insert into promise_to_pay (case_id, action_id, loan_id, amount, promise_date, promised_on)
         values ($1, $2, $3, $4, $5, $6) returning id::text as id`,
        [c.id, action.id, c.loan_id, promiseAmount, a.promise.date, today],
      );
      promise = {
        id: p!.id,
        actionId: action.id,
        amount: promiseAmount,
        promiseDate: a.promise.date,
        promisedOn: today,
        status: 'open',
        resolvedOn: null,
      };
    }
    await appendAudit(tx, {
      actor,
      action: 'collection.action',
      objectType: 'collection_case',
      objectId: c.id,
      branchId: c.branch_id,
      after: {
        actionId: action.id,
        channel: a.channel,
        target: a.target,
        date: a.date,
        time: a.time,
        outcome: a.outcome,
        promise: promise === null ? null : { amount: String(promise.amount), date: promise.promiseDate },
      },
      requestId,
    });
    return { ...action, promise };
  });
}
