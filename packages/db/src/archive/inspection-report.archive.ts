import { currentRatio, debtToAssetRatio, formatPercent, formatYuanGrouped } from '@daihou/core';
import type { Sql } from '../sql-client';
import { insertDocument } from './archive-document.repo';
import { renderInspectionReportPdf } from './inspection-report.pdf';

interface SignedReportRow {
  id: string;
  kind: string;
  mode: string;
  customer_id: string;
  customer_name: string;
  customer_no: string;
  branch_id: string;
  branch_name: string;
  institution: string;
  loan_id: string | null;
  loan_no: string | null;
  inspected_on: string;
  findings: Record<string, { assessment: string; note: string } | undefined> | string;
  flags: string[];
  total_assets: string | null;
  total_liabilities: string | null;
  current_assets: string | null;
  current_liabilities: string | null;
  risk_opinion: string;
  proposed_measures: string | null;
  author: string;
  submitted_on: string;
  reviewer: string;
  signed_at: string;
  comments: string | null;
}

const AREAS = ['useOfFunds', 'operations', 'finances', 'guarantor', 'collateral'] as const;

/**
 * Files the PDF of a report just signed into its customer's archive (stage inspection, source
 * inspection_report, the stage's retention class), inside the approval's transaction: the signature
 * and its paper-file copy commit together. Names shown are display names with the username. Returns
 * the new document's id. No audit entry here: the approval's entry names the document.
 */
export async function fileSignedInspectionReport(tx: Sql, reportId: string): Promise<string> {
  const [r] = await tx.query<SignedReportRow>(
    `select r.id::text as id, t.kind, r.mode, c.id::text as customer_id, c.name as customer_name, c.customer_no,
            c.branch_id, cb.name as branch_name,
            coalesce((select institution_name from archive_setting where id = 1),
                     (select name from branch where parent_id is null order by path limit 1)) as institution,
            t.loan_id::text as loan_id, l.loan_no, to_char(r.inspected_on, 'YYYY-MM-DD') as inspected_on,
            r.findings, r.flags, r.total_assets::text as total_assets, r.total_liabilities::text as total_liabilities,
            r.current_assets::text as current_assets, r.current_liabilities::text as current_liabilities,
            r.risk_opinion, r.proposed_measures,
            coalesce((select u.display_name || '（' || u.username || '）' from app_user u where u.username = r.author), r.author) as author,
            to_char(r.submitted_on, 'YYYY-MM-DD') as submitted_on,
            coalesce((select u.display_name || '（' || u.username || '）' from app_user u where u.username = r.reviewer), r.reviewer) as reviewer,
            to_char(r.signed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || '（北京时间）' as signed_at,
            r.comments
       from inspection_report r join inspection_task t on t.id = r.task_id
       join customer c on c.id = t.customer_id join branch cb on cb.id = c.branch_id
       left join loan l on l.id = t.loan_id
      where r.id = $1 and r.status = 'approved'`,
    [reportId],
  );
  if (!r) throw new Error(`inspection report ${reportId} is not signed`);
  const findings = typeof r.findings === 'string' ? JSON.parse(r.findings) : r.findings;
  const figures: { label: string; value: string }[] = [];
  if (
    r.total_assets !== null &&
    r.total_liabilities !== null &&
    r.current_assets !== null &&
    r.current_liabilities !== null
  ) {
    const [ta, tl, ca, cl] = [
      r.total_assets,
      r.total_liabilities,
      r.current_assets,
      r.current_liabilities,
    ].map(Number) as [number, number, number, number];
    const debt = debtToAssetRatio(tl, ta);
    const current = currentRatio(ca, cl);
    figures.push(
      { label: '资产总额（元）', value: formatYuanGrouped(ta) },
      { label: '负债总额（元）', value: formatYuanGrouped(tl) },
      { label: '流动资产（元）', value: formatYuanGrouped(ca) },
      { label: '流动负债（元）', value: formatYuanGrouped(cl) },
      { label: '资产负债率', value: debt ? `${formatPercent(debt)}%` : '—' },
      { label: '流动比率', value: current ? `${formatPercent(current)}%` : '—' },
    );
  }
  const pdf = await renderInspectionReportPdf({
    institution: r.institution,
    branchName: r.branch_name,
    reportId: r.id,
    taskKind: r.kind,
    mode: r.mode,
    customerName: r.customer_name,
    customerNo: r.customer_no,
    loanNo: r.loan_no,
    inspectedOn: r.inspected_on,
    findings: AREAS.flatMap((a) => {
      const x = findings[a];
      return x ? [{ area: a, assessment: x.assessment, note: x.note }] : [];
    }),
    flags: r.flags,
    figures,
    riskOpinion: r.risk_opinion,
    proposedMeasures: r.proposed_measures,
    author: r.author,
    submittedOn: r.submitted_on,
    reviewer: r.reviewer,
    signedAt: r.signed_at,
    reviewComments: r.comments,
  });
  const doc = await insertDocument(tx, {
    customer: {
      id: r.customer_id,
      name: r.customer_name,
      customer_no: r.customer_no,
      branch_id: r.branch_id,
    },
    loanId: r.loan_id,
    stage: 'inspection',
    title: `贷后检查报告 JC-${r.id.padStart(8, '0')}（${r.inspected_on}）`,
    retentionClass: null,
    paperLocation: null,
    source: 'inspection_report',
    inspectionReportId: r.id,
    actor: 'system',
    file: {
      fileName: `贷后检查报告-JC-${r.id.padStart(8, '0')}.pdf`,
      mediaType: 'application/pdf',
      content: pdf,
    },
  });
  return doc.id;
}

/** The archive document holding a signed report's PDF, or null (not signed, or unknown). Scope: the caller reads it through the archive. */
export async function findInspectionReportPdfDocument(sql: Sql, reportId: string): Promise<string | null> {
  if (!/^[1-9]\d{0,17}$/.test(reportId)) return null;
  const rows = await sql.query<{ id: string }>(
    `select id::text as id from archive_document where inspection_report_id = $1 and source = 'inspection_report'`,
    [reportId],
  );
  return rows[0]?.id ?? null;
}
