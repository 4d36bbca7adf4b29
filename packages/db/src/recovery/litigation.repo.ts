import { DomainError, type Fen, type LocalDate, parseLocalDate, parseYuan } from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import { isUniqueViolation } from '../services/sql-errors';
import type { Database, Sql } from '../sql-client';
import { isId, recoveryLoanInScope } from './recovery-loan';

/** The stages of a litigation, in order (RULES.md §12 / issue #7 item 5). */
export const LITIGATION_STAGES = [
  'lawyer_handover',
  'filing',
  'hearing',
  'judgment',
  'enforcement',
  'closed',
] as const;
export type LitigationStage = (typeof LITIGATION_STAGES)[number];

export interface LitigationStep {
  readonly id: string;
  readonly stage: LitigationStage;
  readonly date: LocalDate;
  readonly cost: Fen;
  readonly recovered: Fen;
  readonly note: string | null;
  readonly actor: string;
}

export interface LitigationCase {
  readonly id: string;
  readonly loanId: string;
  readonly branchId: string;
  readonly stage: LitigationStage;
  readonly lawyer: string;
  readonly court: string | null;
  readonly caseNo: string | null;
  readonly claimAmount: Fen;
  readonly judgmentAmount: Fen | null;
  readonly costs: Fen;
  readonly recovered: Fen;
  readonly handedOverOn: LocalDate;
  readonly closedOn: LocalDate | null;
  readonly outcome: string | null;
  readonly steps: readonly LitigationStep[];
}

interface CaseRow {
  id: string;
  loan_id: string;
  branch_id: string;
  stage: LitigationStage;
  lawyer: string;
  court: string | null;
  case_no: string | null;
  claim_amount: string;
  judgment_amount: string | null;
  costs: string;
  recovered: string;
  handed_over_on: LocalDate;
  closed_on: LocalDate | null;
  outcome: string | null;
}

const CASE_SELECT = `select c.id::text as id, c.loan_id::text as loan_id, c.branch_id, c.stage, c.lawyer, c.court,
    c.case_no, c.claim_amount::text as claim_amount, c.judgment_amount::text as judgment_amount,
    c.costs::text as costs, c.recovered::text as recovered, c.handed_over_on::text as handed_over_on,
    c.closed_on::text as closed_on, c.outcome
  from litigation_case c join branch b on b.id = c.branch_id`;

async function withSteps(sql: Sql, rows: readonly CaseRow[]): Promise<LitigationCase[]> {
  if (rows.length === 0) return [];
  const steps = await sql.query<{
    id: string;
    case_id: string;
    stage: LitigationStage;
    step_on: LocalDate;
    cost: string;
    recovered: string;
    note: string | null;
    actor: string;
  }>(
    `select id::text as id, case_id::text as case_id, stage, step_on::text as step_on, cost::text as cost,
            recovered::text as recovered, note, actor
       from litigation_step where case_id = any($1::bigint[]) order by step_on, id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    loanId: r.loan_id,
    branchId: r.branch_id,
    stage: r.stage,
    lawyer: r.lawyer,
    court: r.court,
    caseNo: r.case_no,
    claimAmount: Number(r.claim_amount) as Fen,
    judgmentAmount: r.judgment_amount === null ? null : (Number(r.judgment_amount) as Fen),
    costs: Number(r.costs) as Fen,
    recovered: Number(r.recovered) as Fen,
    handedOverOn: r.handed_over_on,
    closedOn: r.closed_on,
    outcome: r.outcome,
    steps: steps
      .filter((s) => s.case_id === r.id)
      .map((s) => ({
        id: s.id,
        stage: s.stage,
        date: s.step_on,
        cost: Number(s.cost) as Fen,
        recovered: Number(s.recovered) as Fen,
        note: s.note,
        actor: s.actor,
      })),
  }));
}

/** The loan's litigation cases with their steps, newest first (the loan must be in scope). */
export async function listLitigation(
  sql: Sql,
  scope: AccessScope,
  loanId: string,
): Promise<LitigationCase[]> {
  const loan = await recoveryLoanInScope(sql, scope, loanId);
  const rows = await sql.query<CaseRow>(`${CASE_SELECT} where c.loan_id = $1 order by c.id desc`, [loan.id]);
  return withSteps(sql, rows);
}

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const yuan = z.string();

const openSchema = z.strictObject({
  lawyer: text(200),
  handedOverOn: z.string(),
  claimAmount: yuan,
  court: text(200).optional(),
  caseNo: text(100).optional(),
  note: z.string().trim().max(2000).optional(),
});

function notAfterToday(date: LocalDate, today: LocalDate, field: string): void {
  if (date > today) {
    throw new DomainError('bad_input', `${field}: ${date} is after the business date ${today}`, field);
  }
}

function positive(text: string, field: string): Fen {
  const a = parseYuan(text, field);
  if (a <= 0) throw new DomainError('bad_input', `${field}: must be more than 0.00`, field);
  return a;
}

function nonNegative(text: string | undefined, field: string): Fen {
  if (text === undefined) return 0 as Fen;
  const a = parseYuan(text, field);
  if (a < 0) throw new DomainError('bad_input', `${field}: must not be negative`, field);
  return a;
}

/**
 * Hands a loan over to the lawyers (the first stage). The loan must be active or written off; one case
 * in progress per loan (conflict). Audited as `litigation.open`.
 */
export async function openLitigation(
  db: Database,
  scope: AccessScope,
  loanId: string,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<LitigationCase> {
  const b = parseOrBadInput(openSchema, body);
  const handedOverOn = parseLocalDate(b.handedOverOn, 'handedOverOn');
  const claim = positive(b.claimAmount, 'claimAmount');
  return db.transaction(async (tx) => {
    const loan = await recoveryLoanInScope(tx, scope, loanId, true);
    if (loan.status === 'settled') {
      throw new DomainError(
        'rule_violation',
        `id: loan ${loan.id} is settled; there is nothing to sue for`,
        'id',
      );
    }
    notAfterToday(handedOverOn, await getBusinessDate(tx), 'handedOverOn');
    let id: string;
    try {
      const [row] = await tx.query<{ id: string }>(
        `insert into litigation_case (loan_id, branch_id, lawyer, court, case_no, claim_amount, handed_over_on, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning id::text as id`,
        [loan.id, loan.branchId, b.lawyer, b.court ?? null, b.caseNo ?? null, claim, handedOverOn, actor],
      );
      id = row!.id;
    } catch (err) {
      if (isUniqueViolation(err, 'litigation_open_idx')) {
        throw new DomainError('conflict', `id: loan ${loan.id} already has a litigation in progress`, 'id');
      }
      throw err;
    }
    await tx.query(
      `insert into litigation_step (case_id, loan_id, stage, step_on, note, actor)
       values ($1, $2, 'lawyer_handover', $3, $4, $5)`,
      [id, loan.id, handedOverOn, b.note ?? null, actor],
    );
    await appendAudit(tx, {
      actor,
      action: 'litigation.open',
      objectType: 'litigation_case',
      objectId: id,
      branchId: loan.branchId,
      before: null,
      after: { loanId: loan.id, lawyer: b.lawyer, handedOverOn, claimAmount: String(claim) },
      requestId,
    });
    const [row] = await tx.query<CaseRow>(`${CASE_SELECT} where c.id = $1`, [id]);
    return (await withSteps(tx, [row!]))[0]!;
  });
}

const stepSchema = z.strictObject({
  stage: z.enum(LITIGATION_STAGES),
  date: z.string(),
  court: text(200).optional(),
  caseNo: text(100).optional(),
  judgmentAmount: yuan.optional(),
  cost: yuan.optional(),
  recovered: yuan.optional(),
  outcome: text(2000).optional(),
  note: z.string().trim().max(2000).optional(),
});

/**
 * Records the next step of a case: a stage not before the current one (a second hearing or a further
 * enforcement round repeats its stage), dated not before the last step nor after the business date.
 * Filing needs the court and the case number, judgment the amount awarded, closing the outcome. Costs
 * and amounts recovered add up on the case. Audited as `litigation.step`.
 */
export async function recordLitigationStep(
  db: Database,
  scope: AccessScope,
  caseId: string,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<LitigationCase> {
  const b = parseOrBadInput(stepSchema, body);
  const date = parseLocalDate(b.date, 'date');
  const cost = nonNegative(b.cost, 'cost');
  const recovered = nonNegative(b.recovered, 'recovered');
  const judgment = b.judgmentAmount === undefined ? null : nonNegative(b.judgmentAmount, 'judgmentAmount');
  return db.transaction(async (tx) => {
    const [c] = await tx.query<CaseRow>(
      `${CASE_SELECT} where c.id = $1 and starts_with(b.path, $2) for update of c`,
      [isId(caseId) ? caseId : '0', scopePrefix(scope)],
    );
    if (!c) throw new DomainError('not_found', `id: no litigation case ${caseId}`, 'id');
    if (c.stage === 'closed') {
      throw new DomainError('rule_violation', `id: litigation case ${caseId} is closed`, 'id');
    }
    const from = LITIGATION_STAGES.indexOf(c.stage);
    const to = LITIGATION_STAGES.indexOf(b.stage);
    if (to < from || (to === from && b.stage === 'lawyer_handover')) {
      throw new DomainError(
        'rule_violation',
        `stage: the case is at ${c.stage}; the next step is ${LITIGATION_STAGES.slice(from === 0 ? 1 : from).join(', ')}`,
        'stage',
      );
    }
    notAfterToday(date, await getBusinessDate(tx), 'date');
    const [last] = await tx.query<{ d: LocalDate }>(
      'select max(step_on)::text as d from litigation_step where case_id = $1',
      [c.id],
    );
    if (last?.d && date < last.d) {
      throw new DomainError('bad_input', `date: ${date} is before the case's last step on ${last.d}`, 'date');
    }
    const court = b.court ?? c.court;
    const caseNo = b.caseNo ?? c.case_no;
    if (b.stage === 'filing' && (court === null || caseNo === null)) {
      throw new DomainError(
        'bad_input',
        'caseNo: filing needs the court and the case number (案号)',
        court === null ? 'court' : 'caseNo',
      );
    }
    if (b.stage === 'judgment' && judgment === null && c.judgment_amount === null) {
      throw new DomainError(
        'bad_input',
        'judgmentAmount: a judgment needs the amount awarded',
        'judgmentAmount',
      );
    }
    if (b.stage === 'closed' && b.outcome === undefined) {
      throw new DomainError('bad_input', 'outcome: closing a case needs its outcome', 'outcome');
    }
    await tx.query(
      `insert into litigation_step (case_id, loan_id, stage, step_on, cost, recovered, note, actor)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c.id, c.loan_id, b.stage, date, cost, recovered, b.note ?? null, actor],
    );
    await tx.query(
      `update litigation_case set stage = $2, court = $3, case_no = $4,
              judgment_amount = coalesce($5, judgment_amount), costs = costs + $6, recovered = recovered + $7,
              closed_on = case when $2 = 'closed' then $8::date end, outcome = coalesce($9, outcome), updated_at = now()
        where id = $1`,
      [c.id, b.stage, court, caseNo, judgment, cost, recovered, date, b.outcome ?? null],
    );
    await appendAudit(tx, {
      actor,
      action: 'litigation.step',
      objectType: 'litigation_case',
      objectId: c.id,
      branchId: c.branch_id,
      before: { stage: c.stage },
      after: {
        stage: b.stage,
        date,
        court,
        caseNo,
        cost: String(cost),
        recovered: String(recovered),
        judgmentAmount: judgment === null ? null : String(judgment),
        outcome: b.outcome ?? null,
      },
      requestId,
    });
    const [row] = await tx.query<CaseRow>(`${CASE_SELECT} where c.id = $1`, [c.id]);
    return (await withSteps(tx, [row!]))[0]!;
  });
}
