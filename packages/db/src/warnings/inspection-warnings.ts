import {
  DEFAULT_INSPECTION_SIGNAL_SETTINGS,
  type InspectionFlag,
  inspectionSignals,
  type LocalDate,
} from '@daihou/core';
import type { Sql } from '../sql-client';

interface FiguresRow {
  total_assets: string;
  total_liabilities: string;
  current_assets: string;
  current_liabilities: string;
}

const toFigures = (r: FiguresRow) => ({
  totalAssets: Number(r.total_assets),
  totalLiabilities: Number(r.total_liabilities),
  currentAssets: Number(r.current_assets),
  currentLiabilities: Number(r.current_liabilities),
});

const FIGURES = `total_assets::text as total_assets, total_liabilities::text as total_liabilities,
  current_assets::text as current_assets, current_liabilities::text as current_liabilities`;

/**
 * RULES.md §11 warnings of an inspection report being approved: one per finding flag (fund misuse,
 * business deterioration, lost contact) and `ratios_worsening` against the customer's previous approved
 * report with figures, on each loan the report's task covers. Raised on approval, when a reviewer has
 * signed the finding, not on submission: a report returned for correction raises nothing. The evidence
 * names the report; an open warning of the same code on the loan is kept (`on conflict do nothing`).
 * Returns the ids of the warnings raised.
 */
export async function raiseInspectionWarnings(
  tx: Sql,
  reportId: string,
  loanIds: readonly string[],
  reviewer: string,
  date: LocalDate,
): Promise<string[]> {
  if (loanIds.length === 0) return [];
  const [report] = await tx.query<
    FiguresRow & { flags: InspectionFlag[]; customer_id: string; task_id: string; has_figures: boolean }
  >(
    `select r.flags, t.customer_id::text as customer_id, r.task_id::text as task_id,
            r.total_assets is not null as has_figures, ${FIGURES}
       from inspection_report r join inspection_task t on t.id = r.task_id where r.id = $1`,
    [reportId],
  );
  if (!report) return [];
  const [previous] = report.has_figures
    ? await tx.query<FiguresRow & { id: string }>(
        `select r.id::text as id, ${FIGURES} from inspection_report r join inspection_task t on t.id = r.task_id
          where t.customer_id = $1 and r.task_id <> $2 and r.status = 'approved' and r.total_assets is not null
          order by r.decided_at desc, r.id desc limit 1`,
        [report.customer_id, report.task_id],
      )
    : [];
  const signals = inspectionSignals(
    report.flags,
    report.has_figures ? toFigures(report) : null,
    previous ? toFigures(previous) : null,
    DEFAULT_INSPECTION_SIGNAL_SETTINGS,
  );
  if (signals.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `insert into warning (loan_id, customer_id, branch_id, code, level, evidence, raised_on, raised_by)
     select l.id, l.customer_id, l.branch_id, s.code, s.level, s.evidence::jsonb, $3::date, $4
       from loan l cross join unnest($2::text[], $5::text[], $6::text[]) as s(code, level, evidence)
      where l.id = any($1::bigint[])
      order by l.id, s.code
     on conflict do nothing
     returning id::text as id`,
    [
      loanIds,
      signals.map((s) => s.code),
      date,
      reviewer,
      signals.map((s) => s.level),
      signals.map((s) => JSON.stringify({ ...s.evidence, reportId, previousReportId: previous?.id ?? null })),
    ],
  );
  return rows.map((r) => r.id);
}
