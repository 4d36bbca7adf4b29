import {
  checkRequiredAreas,
  currentRatio,
  DEFAULT_INSPECTION_SETTINGS,
  DomainError,
  debtToAssetRatio,
  formatPercent,
  INSPECTION_AREAS,
  INSPECTION_FLAGS,
  INSPECTION_MODES,
  type InspectionArea,
  type InspectionFlag,
  type InspectionMode,
  type InspectionSettings,
  type LocalDate,
  type QualitativeTrigger,
  requiredAreas,
  triggersOf,
} from '@daihou/core';
import { z } from 'zod';
import { fileSignedInspectionReport } from '../archive/inspection-report.archive';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { getBusinessDate } from '../repositories/system-state.repo';
import { localDateText } from '../shared/local-date-text';
import type { Database, Sql } from '../sql-client';
import { raiseInspectionWarnings } from '../warnings/inspection-warnings';
import { restartPeriodicPlan } from './inspection-planning';
import { findInspectionTask, type InspectionTask } from './inspection-task.repo';

/** The permission a reviewer needs (credit reviewer, department head: RULES.md §9). */
export const INSPECTION_REVIEW_PERMISSION = 'inspections:review';

/** One area's finding: how it looks and what was seen. */
export const areaFindingSchema = z.strictObject({
  assessment: z.enum(['normal', 'attention', 'adverse']),
  note: z.string().trim().min(1).max(4000),
});

export const findingsSchema = z.strictObject(
  Object.fromEntries(INSPECTION_AREAS.map((a) => [a, areaFindingSchema.optional()])) as Record<
    InspectionArea,
    z.ZodOptional<typeof areaFindingSchema>
  >,
);
export type InspectionFindings = z.infer<typeof findingsSchema>;

const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const financialFiguresSchema = z.strictObject({
  totalAssets: fen,
  totalLiabilities: fen,
  currentAssets: fen,
  currentLiabilities: fen,
});
export type FinancialFigures = z.infer<typeof financialFiguresSchema>;

const submitSchema = z.strictObject({
  taskId: z.string().min(1).max(20),
  author: z.string().min(1).max(100),
  branchPath: z.string().min(1).max(400),
  mode: z.enum(INSPECTION_MODES),
  inspectedOn: localDateText,
  findings: findingsSchema,
  flags: z.array(z.enum(INSPECTION_FLAGS)).max(INSPECTION_FLAGS.length).default([]),
  figures: financialFiguresSchema.optional(),
  riskOpinion: z.string().trim().min(1).max(4000),
  proposedMeasures: z.string().trim().min(1).max(4000).optional(),
  requestId: z.string().max(200).nullable().optional(),
});
export type SubmitReportInput = z.input<typeof submitSchema>;

export interface InspectionReport {
  readonly id: string;
  readonly taskId: string;
  readonly mode: InspectionMode;
  readonly inspectedOn: LocalDate;
  readonly findings: InspectionFindings;
  readonly flags: InspectionFlag[];
  readonly figures: FinancialFigures | null;
  /** 资产负债率 and 流动比率 in percent, 2 places rounded half up (null without figures or a zero base). */
  readonly debtToAssetPercent: string | null;
  readonly currentRatioPercent: string | null;
  readonly riskOpinion: string;
  readonly proposedMeasures: string | null;
  readonly author: string;
  readonly submittedAt: string;
  readonly submittedOn: LocalDate;
  readonly status: 'submitted' | 'approved' | 'returned';
  readonly reviewer: string | null;
  readonly decidedAt: string | null;
  readonly comments: string | null;
  readonly signedAt: string | null;
  /** The qualitative triggers this report recorded on loans (RULES.md §5), still in force or not. */
  readonly triggers: QualitativeTrigger[];
}

interface ReportRow {
  id: string;
  task_id: string;
  mode: InspectionMode;
  inspected_on: LocalDate;
  findings: InspectionFindings | string;
  flags: InspectionFlag[];
  total_assets: string | null;
  total_liabilities: string | null;
  current_assets: string | null;
  current_liabilities: string | null;
  risk_opinion: string;
  proposed_measures: string | null;
  author: string;
  submitted_at: Date | string;
  submitted_on: LocalDate;
  status: 'submitted' | 'approved' | 'returned';
  reviewer: string | null;
  decided_at: Date | string | null;
  comments: string | null;
  signed_at: Date | string | null;
}

const REPORT_COLUMNS = `id::text as id, task_id::text as task_id, mode, to_char(inspected_on, 'YYYY-MM-DD') as inspected_on,
  findings, flags, total_assets::text as total_assets, total_liabilities::text as total_liabilities,
  current_assets::text as current_assets, current_liabilities::text as current_liabilities, risk_opinion,
  proposed_measures, author, submitted_at, to_char(submitted_on, 'YYYY-MM-DD') as submitted_on, status, reviewer,
  decided_at, comments, signed_at`;

const iso = (v: Date | string | null): string | null =>
  v === null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();

function toReport(r: ReportRow): Omit<InspectionReport, 'triggers'> {
  const figures =
    r.total_assets !== null &&
    r.total_liabilities !== null &&
    r.current_assets !== null &&
    r.current_liabilities !== null
      ? {
          totalAssets: Number(r.total_assets),
          totalLiabilities: Number(r.total_liabilities),
          currentAssets: Number(r.current_assets),
          currentLiabilities: Number(r.current_liabilities),
        }
      : null;
  const debt = figures ? debtToAssetRatio(figures.totalLiabilities, figures.totalAssets) : null;
  const current = figures ? currentRatio(figures.currentAssets, figures.currentLiabilities) : null;
  return {
    id: r.id,
    taskId: r.task_id,
    mode: r.mode,
    inspectedOn: r.inspected_on,
    findings: typeof r.findings === 'string' ? (JSON.parse(r.findings) as InspectionFindings) : r.findings,
    flags: r.flags,
    figures,
    debtToAssetPercent: debt ? formatPercent(debt) : null,
    currentRatioPercent: current ? formatPercent(current) : null,
    riskOpinion: r.risk_opinion,
    proposedMeasures: r.proposed_measures,
    author: r.author,
    submittedAt: iso(r.submitted_at)!,
    submittedOn: r.submitted_on,
    status: r.status,
    reviewer: r.reviewer,
    decidedAt: iso(r.decided_at),
    comments: r.comments,
    signedAt: iso(r.signed_at),
  };
}

const triggerSource = (reportId: string) => `inspection_report:${reportId}`;

async function withTriggers(sql: Sql, rows: ReportRow[]): Promise<InspectionReport[]> {
  if (rows.length === 0) return [];
  const t = await sql.query<{ source: string; trigger: QualitativeTrigger }>(
    `select distinct source, trigger from loan_class_trigger where source = any($1::text[]) order by trigger`,
    [rows.map((r) => triggerSource(r.id))],
  );
  return rows.map((r) => ({
    ...toReport(r),
    triggers: t.filter((x) => x.source === triggerSource(r.id)).map((x) => x.trigger),
  }));
}

/** The reports of a task, oldest first (a returned report stays, the resubmission is a new one). */
export async function listTaskReports(sql: Sql, taskId: string): Promise<InspectionReport[]> {
  const rows = await sql.query<ReportRow>(
    `select ${REPORT_COLUMNS} from inspection_report where task_id = $1 order by id`,
    [taskId],
  );
  return withTriggers(sql, rows);
}

async function reportInScope(
  tx: Sql,
  reportId: string,
  branchPath: string,
): Promise<{ report: ReportRow; task: InspectionTask }> {
  const rows = /^[1-9]\d{0,17}$/.test(reportId)
    ? await tx.query<ReportRow>(`select ${REPORT_COLUMNS} from inspection_report where id = $1 for update`, [
        reportId,
      ])
    : [];
  const report = rows[0];
  const task = report ? await findInspectionTask(tx, report.task_id, branchPath, true) : null;
  if (!report || !task) throw new DomainError('not_found', `id: no inspection report ${reportId}`, 'id');
  return { report, task };
}

/** The loans a report's findings are about: its loan, or every active loan of a customer task. */
async function loansOfTask(tx: Sql, task: InspectionTask): Promise<string[]> {
  if (task.loanId) return [task.loanId];
  const rows = await tx.query<{ id: string }>(
    `select id::text as id from loan where customer_id = $1 and status = 'active' order by id`,
    [task.customerId],
  );
  return rows.map((r) => r.id);
}

/**
 * The account manager submits an inspection report for an open or returned task inside their scope.
 * Refused with bad_input naming the field when a required area is missing (`findings.useOfFunds` …) or
 * an enterprise's finances come without the key figures; not_found outside the scope; conflict when
 * the task is not waiting for a report. A fund-misuse or lost-contact flag records the RULES.md §5
 * qualitative trigger on the task's loans from the business date and makes tonight's end of day look at
 * them. The report, the task, the triggers and the audit entry commit together.
 */
export async function submitInspectionReport(
  db: Database,
  input: SubmitReportInput,
): Promise<InspectionReport> {
  const r = parseOrBadInput(submitSchema, input);
  return db.transaction(async (tx) => {
    const task = await findInspectionTask(tx, r.taskId, r.branchPath, true);
    if (!task) throw new DomainError('not_found', `id: no inspection task ${r.taskId}`, 'id');
    if (task.status !== 'open' && task.status !== 'returned') {
      throw new DomainError(
        'conflict',
        `id: inspection task ${task.id} is ${task.status}, not waiting for a report`,
        'id',
      );
    }
    const businessDate = await getBusinessDate(tx);
    if (r.inspectedOn > businessDate) {
      throw new DomainError(
        'bad_input',
        `inspectedOn: must not be after the business date ${businessDate}`,
        'inspectedOn',
      );
    }
    const [loan] = task.loanId
      ? await tx.query<{ security_type: 'unsecured' | 'guarantee' | 'mortgage' | 'pledge' }>(
          'select security_type from loan where id = $1',
          [task.loanId],
        )
      : [];
    const covered = new Set(INSPECTION_AREAS.filter((a) => r.findings[a] !== undefined));
    checkRequiredAreas(
      task.kind,
      { customerType: task.customerType, securityType: loan?.security_type ?? null },
      covered,
    );
    if (task.customerType === 'enterprise' && covered.has('finances') && !r.figures) {
      throw new DomainError(
        'bad_input',
        'figures: an enterprise’s finances need the key figures (assets, liabilities, current assets and liabilities)',
        'figures',
      );
    }
    const flags = [...new Set(r.flags)];
    const [row] = await tx.query<ReportRow>(
      `insert into inspection_report (task_id, mode, inspected_on, findings, flags, total_assets, total_liabilities,
                                      current_assets, current_liabilities, risk_opinion, proposed_measures, author,
                                      submitted_on)
       values ($1, $2, $3, $4::jsonb, $5::text[], $6, $7, $8, $9, $10, $11, $12, $13)
       returning ${REPORT_COLUMNS}`,
      [
        task.id,
        r.mode,
        r.inspectedOn,
        JSON.stringify(r.findings),
        flags,
        r.figures?.totalAssets ?? null,
        r.figures?.totalLiabilities ?? null,
        r.figures?.currentAssets ?? null,
        r.figures?.currentLiabilities ?? null,
        r.riskOpinion,
        r.proposedMeasures ?? null,
        r.author,
        businessDate,
      ],
    );
    const report = row!;
    await tx.query(`update inspection_task set status = 'submitted', updated_at = now() where id = $1`, [
      task.id,
    ]);
    const triggers = triggersOf(flags);
    const loans = triggers.length > 0 ? await loansOfTask(tx, task) : [];
    if (loans.length > 0) {
      await tx.query(
        `insert into loan_class_trigger (loan_id, trigger, recorded_on, source, note)
         select l.id, t.trigger, $3::date, $4, $5
           from unnest($1::bigint[]) as l(id) cross join unnest($2::text[]) as t(trigger)`,
        [
          loans,
          triggers,
          businessDate,
          triggerSource(report.id),
          `inspection report ${report.id} by ${r.author}`,
        ],
      );
      await markForEndOfDay(tx, loans, businessDate);
    }
    await appendAudit(tx, {
      actor: r.author,
      action: 'inspection.report_submit',
      objectType: 'inspection_report',
      objectId: report.id,
      branchId: task.branchId,
      before: { taskStatus: task.status },
      after: {
        taskId: task.id,
        taskStatus: 'submitted',
        kind: task.kind,
        mode: r.mode,
        inspectedOn: r.inspectedOn,
        flags,
        triggersRecorded: triggers,
        loans,
      },
      requestId: r.requestId ?? null,
    });
    return (await withTriggers(tx, [report]))[0]!;
  });
}

/** Tonight's end of day must evaluate these loans even when nothing else is due on them. */
async function markForEndOfDay(tx: Sql, loanIds: readonly string[], date: LocalDate): Promise<void> {
  await tx.query(
    `update loan set next_check_date = least(coalesce(next_check_date, $2::date), $2::date), updated_at = now()
      where id = any($1::bigint[]) and status = 'active'`,
    [loanIds, date],
  );
}

export interface Reviewer {
  readonly username: string;
  /** The permissions the reviewer's roles grant (the server's role table). */
  readonly permissions: readonly string[];
}

const reviewSchema = z.strictObject({
  reportId: z.string().min(1).max(20),
  reviewer: z.strictObject({ username: z.string().min(1).max(100), permissions: z.array(z.string()) }),
  branchPath: z.string().min(1).max(400),
  decision: z.enum(['approve', 'return']),
  comments: z.string().trim().min(1).max(4000).optional(),
  requestId: z.string().max(200).nullable().optional(),
});
export type ReviewReportInput = z.input<typeof reviewSchema>;

/**
 * A credit reviewer or department head decides a submitted report (RULES.md §9): approve signs it and
 * completes the task (a first or periodic one restarts the loan's periodic rhythm from the business
 * date); return needs comments and sends the task back to its manager, lifting the triggers the report
 * recorded from the business date. Refused: forbidden without the review permission, rule_violation
 * when the reviewer wrote the report, conflict when it is not waiting for review, not_found outside the
 * scope, bad_input for a return without comments.
 */
export async function reviewInspectionReport(
  db: Database,
  input: ReviewReportInput,
  settings: InspectionSettings = DEFAULT_INSPECTION_SETTINGS,
): Promise<InspectionReport> {
  const v = parseOrBadInput(reviewSchema, input);
  if (v.decision === 'return' && !v.comments) {
    throw new DomainError(
      'bad_input',
      'comments: a returned report needs comments for its author',
      'comments',
    );
  }
  return db.transaction(async (tx) => {
    const { report, task } = await reportInScope(tx, v.reportId, v.branchPath);
    if (!v.reviewer.permissions.includes(INSPECTION_REVIEW_PERMISSION)) {
      throw new DomainError(
        'forbidden',
        `${v.reviewer.username} may not review inspection reports (needs ${INSPECTION_REVIEW_PERMISSION})`,
      );
    }
    if (report.status !== 'submitted') {
      throw new DomainError(
        'conflict',
        `id: inspection report ${report.id} is already ${report.status}`,
        'id',
      );
    }
    if (report.author === v.reviewer.username) {
      throw new DomainError(
        'rule_violation',
        `id: ${report.author} wrote report ${report.id} and may not review it`,
        'id',
      );
    }
    const businessDate = await getBusinessDate(tx);
    const approve = v.decision === 'approve';
    const [updated] = await tx.query<ReportRow>(
      `update inspection_report set status = $2, reviewer = $3, decided_at = now(), comments = $4,
              signed_at = case when $2 = 'approved' then now() end
        where id = $1 returning ${REPORT_COLUMNS}`,
      [report.id, approve ? 'approved' : 'returned', v.reviewer.username, v.comments ?? null],
    );
    await tx.query(
      `update inspection_task set status = $2, completed_on = $3, updated_at = now() where id = $1`,
      [task.id, approve ? 'approved' : 'returned', approve ? businessDate : null],
    );
    let lifted: string[] = [];
    let archiveDocumentId: string | null = null;
    let warnings: string[] = [];
    if (approve) {
      // The signed report's PDF goes into the customer's archive in the same transaction.
      archiveDocumentId = await fileSignedInspectionReport(tx, report.id);
      warnings = await raiseInspectionWarnings(
        tx,
        report.id,
        await loansOfTask(tx, task),
        v.reviewer.username,
        businessDate,
      );
      if (task.loanId && (task.kind === 'first' || task.kind === 'periodic')) {
        await restartPeriodicPlan(tx, task.loanId, businessDate, businessDate, settings);
      }
    } else {
      const rows = await tx.query<{ loan_id: string }>(
        `update loan_class_trigger set lifted_on = $2
          where source = $1 and lifted_on is null returning loan_id::text as loan_id`,
        [triggerSource(report.id), businessDate],
      );
      lifted = [...new Set(rows.map((r) => r.loan_id))];
      if (lifted.length > 0) await markForEndOfDay(tx, lifted, businessDate);
    }
    await appendAudit(tx, {
      actor: v.reviewer.username,
      action: approve ? 'inspection.report_approve' : 'inspection.report_return',
      objectType: 'inspection_report',
      objectId: report.id,
      branchId: task.branchId,
      before: { status: 'submitted', taskStatus: task.status },
      after: {
        status: approve ? 'approved' : 'returned',
        taskId: task.id,
        taskStatus: approve ? 'approved' : 'returned',
        author: report.author,
        comments: v.comments ?? null,
        signed: approve,
        archiveDocumentId,
        warningsRaised: warnings,
        triggersLiftedOnLoans: lifted,
      },
      requestId: v.requestId ?? null,
    });
    return (await withTriggers(tx, [updated!]))[0]!;
  });
}

/** One report inside `branchPath` (by its task's branch), or null. */
export async function findInspectionReport(
  sql: Sql,
  id: string,
  branchPath: string,
): Promise<InspectionReport | null> {
  if (!/^[1-9]\d{0,17}$/.test(id)) return null;
  const rows = await sql.query<ReportRow>(`select ${REPORT_COLUMNS} from inspection_report where id = $1`, [
    id,
  ]);
  if (!rows[0] || !(await findInspectionTask(sql, rows[0].task_id, branchPath))) return null;
  return (await withTriggers(sql, rows))[0]!;
}

/** What the report form of a task needs beside the task: the loan's stated purpose and the required areas. */
export interface InspectionReportContext {
  /** The loan's security type, payment mode and stated purpose (null for a whole-customer task). */
  readonly securityType: 'unsecured' | 'guarantee' | 'mortgage' | 'pledge' | null;
  readonly paymentMode: 'entrusted' | 'self' | null;
  readonly purpose: string | null;
  /** The areas a report of this task must cover (core `requiredAreas`, what submission checks). */
  readonly requiredAreas: InspectionArea[];
  /**
   * The customer's latest approved report with key figures from another task, for the comparison of
   * 资产负债率 and 流动比率 (the figures are the borrower's, whichever of its loans was inspected).
   */
  readonly previousReport: InspectionReport | null;
}

export async function inspectionReportContext(
  sql: Sql,
  task: InspectionTask,
): Promise<InspectionReportContext> {
  const [loan] = task.loanId
    ? await sql.query<{
        security_type: 'unsecured' | 'guarantee' | 'mortgage' | 'pledge';
        payment_mode: 'entrusted' | 'self';
        purpose: string;
      }>('select security_type, payment_mode, purpose from loan where id = $1', [task.loanId])
    : [];
  const previous = await sql.query<ReportRow>(
    `select ${REPORT_COLUMNS} from inspection_report
      where id = (select r.id from inspection_report r join inspection_task t on t.id = r.task_id
                   where t.customer_id = $1 and r.task_id <> $2 and r.status = 'approved'
                     and r.total_assets is not null
                   order by r.decided_at desc, r.id desc limit 1)`,
    [task.customerId, task.id],
  );
  const securityType = loan?.security_type ?? null;
  return {
    securityType,
    paymentMode: loan?.payment_mode ?? null,
    purpose: loan?.purpose ?? null,
    requiredAreas: requiredAreas(task.kind, { customerType: task.customerType, securityType }),
    previousReport: (await withTriggers(sql, previous))[0] ?? null,
  };
}
