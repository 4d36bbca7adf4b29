import {
  BUCKETS,
  type Bucket,
  CLASSIFICATIONS,
  type Classification,
  type Fen,
  fen,
  type LoanStatus,
  type LocalDate,
  type RepaymentMethod,
} from '@daihou/core';
import type { Sql } from '../sql-client';
import {
  type AccessScope,
  limitOffset,
  type Page,
  type PageRequest,
  SqlConditions,
  scopePrefix,
} from './access-scope';

/**
 * Loans as lists and screens read them, always within an access scope: a loan booked outside the
 * caller's branch subtree is invisible here (not an error: the edge turns "not visible" into 404).
 */

/** One row of the loan list (CONTRACT.md GET /loans items, plus what list screens sort and filter by). */
export interface LoanListItem {
  readonly id: string;
  readonly loanNo: string;
  readonly customerId: string;
  readonly customerNo: string;
  readonly customerName: string;
  /** The borrower's ID number and phone as stored: the API masks them before they leave the server. */
  readonly customerIdNumber: string;
  readonly customerPhone: string | null;
  readonly branchId: string;
  readonly managerId: string | null;
  /** The account manager's display name (app_user); null when the loan has none. */
  readonly managerName: string | null;
  readonly principal: Fen;
  readonly principalOwed: Fen;
  readonly dpd: number;
  readonly bucket: Bucket;
  readonly classification: Classification;
  readonly status: LoanStatus;
  readonly method: RepaymentMethod;
  readonly disbursementDate: LocalDate;
  readonly maturityDate: LocalDate;
}

/** The sort keys a list may be ordered by: an allow-list, never a column name from the request. */
export const LOAN_SORT_KEYS = [
  'loanNo',
  'customerName',
  'principal',
  'principalOwed',
  'dpd',
  'bucket',
  'classification',
  'disbursementDate',
  'maturityDate',
] as const;
export type LoanSortKey = (typeof LOAN_SORT_KEYS)[number];

const sqlTextArray = (values: readonly string[]): string =>
  `array[${values.map((v) => `'${v}'`).join(', ')}]`;

// Buckets and classes sort by severity, not alphabetically. The arrays are code constants.
const SORT_EXPRESSIONS: Record<LoanSortKey, string> = {
  loanNo: 'l.loan_no',
  customerName: 'c.name',
  principal: 'l.principal',
  principalOwed: 'l.principal_owed',
  dpd: 'l.dpd',
  bucket: `array_position(${sqlTextArray(BUCKETS)}, l.bucket)`,
  classification: `array_position(${sqlTextArray(CLASSIFICATIONS)}, l.classification)`,
  disbursementDate: 'l.disbursement_date',
  maturityDate: 'l.maturity_date',
};

export interface LoanSort {
  readonly key: LoanSortKey;
  readonly descending: boolean;
}

export interface LoanListFilter {
  /** Only loans booked in this branch path's subtree (already checked to lie inside the scope). */
  readonly branchPath?: string | undefined;
  readonly managerId?: string | undefined;
  readonly customerId?: string | undefined;
  readonly buckets?: readonly Bucket[] | undefined;
  readonly classifications?: readonly Classification[] | undefined;
  readonly statuses?: readonly LoanStatus[] | undefined;
  readonly methods?: readonly RepaymentMethod[] | undefined;
  /** Loan amount (principal at disbursement) range, inclusive. */
  readonly principalMin?: Fen | undefined;
  readonly principalMax?: Fen | undefined;
  /**
   * Free text: part of the loan number, customer number, contract number or customer name
   * (case-insensitive), or a whole ID number. Matched with strpos, so '%' and '_' are plain characters.
   */
  readonly text?: string | undefined;
  readonly sort?: LoanSort | undefined;
}

interface LoanListRow {
  id: string;
  loan_no: string;
  customer_id: string;
  customer_no: string;
  customer_name: string;
  customer_id_number: string;
  customer_phone: string | null;
  branch_id: string;
  manager_id: string | null;
  manager_name: string | null;
  principal: string;
  principal_owed: string;
  dpd: number;
  bucket: Bucket;
  classification: Classification;
  status: LoanStatus;
  method: RepaymentMethod;
  disbursement_date: string;
  maturity_date: string;
}

const LIST_COLUMNS = `l.id, l.loan_no, l.customer_id, c.customer_no, c.name as customer_name,
  c.id_number as customer_id_number, c.phone as customer_phone, l.branch_id,
  l.manager_id, m.display_name as manager_name, l.principal, l.principal_owed, l.dpd, l.bucket,
  l.classification, l.status, l.method, l.disbursement_date, l.maturity_date`;

const LIST_FROM = `from loan l
  join branch b on b.id = l.branch_id
  join customer c on c.id = l.customer_id
  join contract ct on ct.id = l.contract_id
  left join app_user m on m.id = l.manager_id`;

/**
 * The tables a filtered read needs: the branch (scope) always, the customer and the contract only when
 * the free-text filter, the sort or the selected columns name them. Every loan has exactly one of each
 * (not-null foreign keys), so leaving a join out changes no row and no count; it spares two primary-key
 * probes per matching loan, and lets the count of a branch-and-bucket filter be an index-only scan of
 * loan_branch_bucket_idx instead of a visit to every matching loan (issue #4: 16 ms → 0.5 ms at 100,000
 * loans for branch A01, bucket M1; `daihou bench api`). The manager's name (app_user by primary key; a
 * left join, since a loan may have none, so it changes no row either) is joined only for the selected
 * columns — one probe per row of the page — never for the count.
 */
function listFrom(filter: LoanListFilter, columns: boolean): string {
  const text = filter.text !== undefined && filter.text !== '';
  const customer = columns || text || filter.sort?.key === 'customerName';
  return `from loan l
  join branch b on b.id = l.branch_id${customer ? '\n  join customer c on c.id = l.customer_id' : ''}${
    text ? '\n  join contract ct on ct.id = l.contract_id' : ''
  }${columns ? '\n  left join app_user m on m.id = l.manager_id' : ''}`;
}

const toItem = (r: LoanListRow): LoanListItem => ({
  id: r.id,
  loanNo: r.loan_no,
  customerId: r.customer_id,
  customerNo: r.customer_no,
  customerName: r.customer_name,
  customerIdNumber: r.customer_id_number,
  customerPhone: r.customer_phone,
  branchId: r.branch_id,
  managerId: r.manager_id,
  managerName: r.manager_name,
  principal: fen(Number(r.principal)),
  principalOwed: fen(Number(r.principal_owed)),
  dpd: r.dpd,
  bucket: r.bucket,
  classification: r.classification,
  status: r.status,
  method: r.method,
  disbursementDate: r.disbursement_date as LocalDate,
  maturityDate: r.maturity_date as LocalDate,
});

/**
 * The WHERE conditions of a loan filter inside a scope, over the aliases l (loan), b (branch), c (customer)
 * and ct (contract): shared by the list and the register export so both select exactly the same loans.
 */
export function loanConditions(scope: AccessScope, filter: LoanListFilter): SqlConditions {
  const w = new SqlConditions();
  w.add((p) => `starts_with(b.path, ${p})`, scopePrefix(scope));
  if (filter.branchPath !== undefined) w.add((p) => `starts_with(b.path, ${p})`, filter.branchPath);
  if (filter.managerId !== undefined) w.add((p) => `l.manager_id = ${p}::bigint`, filter.managerId);
  if (filter.customerId !== undefined) w.add((p) => `l.customer_id = ${p}::bigint`, filter.customerId);
  // One bucket as `=`: then loan_bucket_loan_no_idx yields the default order (0007_api_indexes.sql).
  if (filter.buckets?.length === 1) w.add((p) => `l.bucket = ${p}`, filter.buckets[0]);
  else if (filter.buckets?.length) w.add((p) => `l.bucket = any(${p}::text[])`, [...filter.buckets]);
  if (filter.classifications?.length) {
    w.add((p) => `l.classification = any(${p}::text[])`, [...filter.classifications]);
  }
  if (filter.statuses?.length) w.add((p) => `l.status = any(${p}::text[])`, [...filter.statuses]);
  if (filter.methods?.length) w.add((p) => `l.method = any(${p}::text[])`, [...filter.methods]);
  if (filter.principalMin !== undefined) {
    w.add((p) => `l.principal >= ${p}::bigint`, String(filter.principalMin));
  }
  if (filter.principalMax !== undefined) {
    w.add((p) => `l.principal <= ${p}::bigint`, String(filter.principalMax));
  }
  if (filter.text !== undefined && filter.text !== '') {
    w.add(
      (p) => `(strpos(lower(l.loan_no), lower(${p})) > 0 or strpos(lower(c.customer_no), lower(${p})) > 0
        or strpos(lower(ct.contract_no), lower(${p})) > 0 or strpos(lower(c.name), lower(${p})) > 0
        or upper(c.id_number) = upper(${p}))`,
      filter.text,
    );
  }
  return w;
}

/** A page of the loans inside `scope` that match `filter`, with the total across pages. */
export async function listLoansInScope(
  sql: Sql,
  scope: AccessScope,
  filter: LoanListFilter,
  page: PageRequest,
): Promise<Page<LoanListItem>> {
  const { limit, offset } = limitOffset(page);
  const w = loanConditions(scope, filter);
  const [count] = await sql.query<{ n: string }>(
    `select count(*) as n ${listFrom(filter, false)} ${w.where}`,
    w.params,
  );
  const sort = filter.sort ?? { key: 'loanNo', descending: false };
  const expression = SORT_EXPRESSIONS[sort.key];
  if (expression === undefined) throw new RangeError(`not a loan sort key: ${String(sort.key)}`);
  const direction = sort.descending ? 'desc' : 'asc';
  // The id makes the order total, so pages neither repeat nor skip rows with equal sort values.
  const rows = await sql.query<LoanListRow>(
    `select ${LIST_COLUMNS} ${listFrom(filter, true)} ${w.where}
      order by ${expression} ${direction}, l.id ${direction}
      limit ${w.param(limit)} offset ${w.param(offset)}`,
    w.params,
  );
  return { items: rows.map(toItem), total: Number(count?.n ?? 0) };
}

/** True when the loan exists and is booked inside `scope`. */
export async function isLoanInScope(sql: Sql, scope: AccessScope, loanId: string): Promise<boolean> {
  const rows = await sql.query(
    `select 1 from loan l join branch b on b.id = l.branch_id
      where l.id = $1::bigint and starts_with(b.path, $2)`,
    [loanId, scopePrefix(scope)],
  );
  return rows.length === 1;
}

/** The loan-list row of one loan inside `scope`, or null (missing or outside the scope alike). */
export async function findLoanListItemInScope(
  sql: Sql,
  scope: AccessScope,
  loanId: string,
): Promise<LoanListItem | null> {
  const rows = await sql.query<LoanListRow>(
    `select ${LIST_COLUMNS} ${LIST_FROM} where l.id = $1::bigint and starts_with(b.path, $2)`,
    [loanId, scopePrefix(scope)],
  );
  return rows[0] ? toItem(rows[0]) : null;
}

/**
 * The manual class (RULES.md §5) an approved override put on the loan, or null: end of day applies it as
 * the worse of it and the automatic class, so until then the loan's class does not show it.
 */
export async function findManualClassification(sql: Sql, loanId: string): Promise<Classification | null> {
  const rows = await sql.query<{ manual_classification: Classification | null }>(
    'select manual_classification from loan where id = $1::bigint',
    [loanId],
  );
  return rows[0]?.manual_classification ?? null;
}

/** One interval of a loan's end-of-day state (loan_state_history): the class it had and why. */
export interface LoanClassPeriod {
  readonly validFrom: LocalDate;
  /** First end of day no longer covered; null while it still holds. */
  readonly validTo: LocalDate | null;
  readonly status: LoanStatus;
  readonly classification: Classification;
  readonly classRule: string;
  readonly principalOwed: Fen;
  readonly oldestUnpaidDue: LocalDate | null;
  readonly specificProvision: Fen;
}

/** A loan's class history, oldest first. */
export async function listLoanClassHistory(sql: Sql, loanId: string): Promise<LoanClassPeriod[]> {
  const rows = await sql.query<{
    valid_from: string;
    valid_to: string;
    status: LoanStatus;
    classification: Classification;
    class_rule: string;
    principal_owed: string;
    oldest_unpaid_due: string | null;
    specific_provision: string;
  }>(
    `select valid_from, valid_to::text as valid_to, status, classification, class_rule, principal_owed,
            oldest_unpaid_due, specific_provision
       from loan_state_history where loan_id = $1::bigint order by valid_from`,
    [loanId],
  );
  return rows.map((r) => ({
    validFrom: r.valid_from as LocalDate,
    validTo: r.valid_to === 'infinity' ? null : (r.valid_to as LocalDate),
    status: r.status,
    classification: r.classification,
    classRule: r.class_rule,
    principalOwed: fen(Number(r.principal_owed)),
    oldestUnpaidDue: r.oldest_unpaid_due as LocalDate | null,
    specificProvision: fen(Number(r.specific_provision)),
  }));
}
