import {
  ARCHIVE_STAGES,
  type ArchiveStage,
  type LocalDate,
  minDate,
  missingStages,
  type RetentionAnchor,
  requiredStages,
  retentionEnd,
} from '@daihou/core';
import { z } from 'zod';
import { parseOrBadInput } from '../audit/zod-errors';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Sql } from '../sql-client';
import { archiveBranchPath, LOAN_ENDED_SQL, retentionFactsOf } from './archive-document.repo';

/** How many loans and documents each list of the report names (the counts are always complete). */
export const CHECK_REPORT_LIST_LIMIT = 200;

export interface ArchiveCheckBranch {
  readonly branchId: string;
  readonly branchName: string;
  /** Documents held (not destroyed) by stage, every stage present (0 when none). */
  readonly documentsByStage: Record<ArchiveStage, number>;
  readonly documentsHeld: number;
  readonly destroyedInYear: number;
  readonly loansChecked: number;
  readonly loansMissingStagesCount: number;
  readonly loansMissingStages: {
    loanId: string;
    loanNo: string;
    customerId: string;
    customerName: string;
    missing: ArchiveStage[];
  }[];
  readonly checkedOut: number;
  readonly overdue: number;
  readonly dueForDestructionCount: number;
  readonly dueForDestruction: {
    documentId: string;
    customerName: string;
    stage: ArchiveStage;
    title: string;
    retentionEndsOn: LocalDate;
  }[];
}

export interface ArchiveCheckReport {
  readonly year: number;
  /** The date the report looks at: the business date, or 31 December of a past year. */
  readonly asOf: LocalDate;
  readonly businessDate: LocalDate;
  readonly branches: ArchiveCheckBranch[];
}

const reportSchema = z.strictObject({
  branchPath: archiveBranchPath,
  year: z.number().int().min(2000).max(2100),
});

/**
 * The yearly archive check (年度档案检查) per branch in scope: documents held by stage, loans whose file
 * lacks a mandatory stage (core requiredStages ∩ the stages marked mandatory in archive_stage_setting;
 * a customer-level document counts for every loan of the customer), paper files out and overdue, and
 * the documents whose retention ends by 31 December of the year. Loan status is as it is now.
 */
export async function archiveCheckReport(
  sql: Sql,
  input: z.input<typeof reportSchema>,
): Promise<ArchiveCheckReport> {
  const f = parseOrBadInput(reportSchema, input);
  const businessDate = await getBusinessDate(sql);
  const yearEnd = `${f.year}-12-31` as LocalDate;
  const asOf = minDate(businessDate, yearEnd);
  const mandatory = new Set(
    (await sql.query<{ stage: ArchiveStage }>('select stage from archive_stage_setting where mandatory')).map(
      (r) => r.stage,
    ),
  );
  const branches = await sql.query<{ id: string; name: string }>(
    `select b.id, b.name from branch b where starts_with(b.path, $1) order by b.path`,
    [f.branchPath],
  );
  const byBranch = new Map<string, ArchiveCheckBranch & { [k: string]: unknown }>();
  for (const b of branches) {
    byBranch.set(b.id, {
      branchId: b.id,
      branchName: b.name,
      documentsByStage: Object.fromEntries(ARCHIVE_STAGES.map((s) => [s, 0])) as Record<ArchiveStage, number>,
      documentsHeld: 0,
      destroyedInYear: 0,
      loansChecked: 0,
      loansMissingStagesCount: 0,
      loansMissingStages: [],
      checkedOut: 0,
      overdue: 0,
      dueForDestructionCount: 0,
      dueForDestruction: [],
    });
  }
  type Mutable = {
    -readonly [K in keyof ArchiveCheckBranch]: ArchiveCheckBranch[K];
  };
  const at = (id: string) => byBranch.get(id) as Mutable | undefined;

  const counts = await sql.query<{ branch_id: string; stage: ArchiveStage; held: string; destroyed: string }>(
    `select d.branch_id, d.stage, count(*) filter (where d.status = 'active')::text as held,
            count(*) filter (where d.status = 'destroyed' and extract(year from d.destroyed_on) = $2)::text as destroyed
       from archive_document d join branch b on b.id = d.branch_id
      where starts_with(b.path, $1) group by d.branch_id, d.stage`,
    [f.branchPath, f.year],
  );
  for (const c of counts) {
    const b = at(c.branch_id);
    if (!b) continue;
    b.documentsByStage[c.stage] = Number(c.held);
    b.documentsHeld += Number(c.held);
    b.destroyedInYear += Number(c.destroyed);
  }

  const loans = await sql.query<{
    id: string;
    loan_no: string;
    branch_id: string;
    customer_id: string;
    customer_name: string;
    status: 'active' | 'settled' | 'written_off';
    disb: LocalDate;
    stages: ArchiveStage[];
  }>(
    `select l.id::text as id, l.loan_no, l.branch_id, l.customer_id::text as customer_id, c.name as customer_name,
            l.status, to_char(l.disbursement_date, 'YYYY-MM-DD') as disb,
            array(select distinct d.stage from archive_document d
                   where d.status = 'active' and (d.loan_id = l.id or (d.loan_id is null and d.customer_id = l.customer_id))
                   order by d.stage) as stages
       from loan l join customer c on c.id = l.customer_id join branch b on b.id = l.branch_id
      where starts_with(b.path, $1) and l.disbursement_date <= $2::date
      order by l.branch_id, l.id`,
    [f.branchPath, asOf],
  );
  for (const l of loans) {
    const b = at(l.branch_id);
    if (!b) continue;
    b.loansChecked += 1;
    const required = requiredStages({ status: l.status, disbursementDate: l.disb }, asOf).filter((s) =>
      mandatory.has(s),
    );
    const missing = missingStages(required, new Set(l.stages));
    if (missing.length === 0) continue;
    b.loansMissingStagesCount += 1;
    if (b.loansMissingStages.length < CHECK_REPORT_LIST_LIMIT) {
      b.loansMissingStages.push({
        loanId: l.id,
        loanNo: l.loan_no,
        customerId: l.customer_id,
        customerName: l.customer_name,
        missing,
      });
    }
  }

  const outs = await sql.query<{ branch_id: string; out: string; overdue: string }>(
    `select d.branch_id, count(*)::text as out, count(*) filter (where k.due_on < $2::date)::text as overdue
       from archive_checkout k join archive_document d on d.id = k.document_id join branch b on b.id = d.branch_id
      where k.returned_on is null and starts_with(b.path, $1) group by d.branch_id`,
    [f.branchPath, businessDate],
  );
  for (const o of outs) {
    const b = at(o.branch_id);
    if (!b) continue;
    b.checkedOut = Number(o.out);
    b.overdue = Number(o.overdue);
  }

  const docs = await sql.query<{
    id: string;
    branch_id: string;
    customer_name: string;
    stage: ArchiveStage;
    title: string;
    code: string;
    years: number | null;
    anchor: RetentionAnchor;
    created_on: LocalDate;
    loan_ended_on: LocalDate | null;
  }>(
    `select d.id::text as id, d.branch_id, c.name as customer_name, d.stage, d.title, r.code, r.years, r.anchor,
            to_char(d.created_on, 'YYYY-MM-DD') as created_on, ${LOAN_ENDED_SQL} as loan_ended_on
       from archive_document d join customer c on c.id = d.customer_id join branch b on b.id = d.branch_id
       join archive_retention_class r on r.code = d.retention_class
      where d.status = 'active' and r.anchor <> 'none' and starts_with(b.path, $1)
      order by d.id`,
    [f.branchPath],
  );
  for (const d of docs) {
    const end = retentionEnd({ code: d.code, years: d.years, anchor: d.anchor }, retentionFactsOf(d));
    if (end === null || end > yearEnd) continue;
    const b = at(d.branch_id);
    if (!b) continue;
    b.dueForDestructionCount += 1;
    if (b.dueForDestruction.length < CHECK_REPORT_LIST_LIMIT) {
      b.dueForDestruction.push({
        documentId: d.id,
        customerName: d.customer_name,
        stage: d.stage,
        title: d.title,
        retentionEndsOn: end,
      });
    }
  }
  return { year: f.year, asOf, businessDate, branches: [...byBranch.values()] };
}
