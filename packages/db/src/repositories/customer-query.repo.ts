import { type Fen, fen, type LocalDate } from '@daihou/core';
import type { Sql } from '../sql-client';
import {
  type AccessScope,
  limitOffset,
  type Page,
  type PageRequest,
  SqlConditions,
  scopePrefix,
} from './access-scope';
import { type Customer, type CustomerRow, type CustomerType, toCustomer } from './customer.repo';
import type { JsonValue } from './loan-event.repo';

/**
 * Customers as lists and the customer view (客户360) read them, within an access scope: a customer is
 * visible when booked inside the caller's branch subtree. Identification numbers and phones come back
 * as stored; the edge masks them.
 */

export interface CustomerListItem extends Customer {
  /** Active loans, and the principal they owe. */
  readonly activeLoans: number;
  readonly principalOwed: Fen;
  /** The worst days past due among its active loans. */
  readonly maxDpd: number;
}

export const CUSTOMER_SORT_KEYS = ['customerNo', 'name', 'principalOwed', 'maxDpd'] as const;
export type CustomerSortKey = (typeof CUSTOMER_SORT_KEYS)[number];

const SORT_EXPRESSIONS: Record<CustomerSortKey, string> = {
  customerNo: 'c.customer_no',
  name: 'c.name',
  principalOwed: 'principal_owed',
  maxDpd: 'max_dpd',
};

export interface CustomerListFilter {
  readonly branchPath?: string | undefined;
  readonly managerId?: string | undefined;
  readonly customerType?: CustomerType | undefined;
  /** Part of the customer number or name (case-insensitive), or a whole ID number or phone. */
  readonly text?: string | undefined;
  readonly sort?: { readonly key: CustomerSortKey; readonly descending: boolean } | undefined;
}

interface CustomerListRow extends CustomerRow {
  active_loans: string;
  principal_owed: string;
  max_dpd: number;
}

// Loan totals come from a lateral subquery per customer on the page (loan_customer_idx).
const LIST_SELECT = `select c.id, c.customer_no, c.name, c.customer_type, c.id_type, c.id_number, c.phone,
    c.industry, c.region, c.branch_id, c.manager_id, t.active_loans, t.principal_owed, t.max_dpd
  from customer c
  join branch b on b.id = c.branch_id
  cross join lateral (
    select count(*) as active_loans, coalesce(sum(l.principal_owed), 0) as principal_owed,
           coalesce(max(l.dpd), 0)::integer as max_dpd
      from loan l where l.customer_id = c.id and l.status = 'active') t`;

const toItem = (r: CustomerListRow): CustomerListItem => ({
  ...toCustomer(r),
  activeLoans: Number(r.active_loans),
  principalOwed: fen(Number(r.principal_owed)),
  maxDpd: r.max_dpd,
});

function customerConditions(scope: AccessScope, filter: CustomerListFilter): SqlConditions {
  const w = new SqlConditions();
  w.add((p) => `starts_with(b.path, ${p})`, scopePrefix(scope));
  if (filter.branchPath !== undefined) w.add((p) => `starts_with(b.path, ${p})`, filter.branchPath);
  if (filter.managerId !== undefined) w.add((p) => `c.manager_id = ${p}::bigint`, filter.managerId);
  if (filter.customerType !== undefined) w.add((p) => `c.customer_type = ${p}`, filter.customerType);
  if (filter.text !== undefined && filter.text !== '') {
    w.add(
      (p) => `(strpos(lower(c.customer_no), lower(${p})) > 0 or strpos(lower(c.name), lower(${p})) > 0
        or upper(c.id_number) = upper(${p}) or c.phone = ${p})`,
      filter.text,
    );
  }
  return w;
}

export async function listCustomersInScope(
  sql: Sql,
  scope: AccessScope,
  filter: CustomerListFilter,
  page: PageRequest,
): Promise<Page<CustomerListItem>> {
  const { limit, offset } = limitOffset(page);
  const w = customerConditions(scope, filter);
  const [count] = await sql.query<{ n: string }>(
    `select count(*) as n from customer c join branch b on b.id = c.branch_id ${w.where}`,
    w.params,
  );
  const sort = filter.sort ?? { key: 'customerNo', descending: false };
  const expression = SORT_EXPRESSIONS[sort.key];
  if (expression === undefined) throw new RangeError(`not a customer sort key: ${String(sort.key)}`);
  const direction = sort.descending ? 'desc' : 'asc';
  const rows = await sql.query<CustomerListRow>(
    `${LIST_SELECT} ${w.where}
      order by ${expression} ${direction}, c.id ${direction}
      limit ${w.param(limit)} offset ${w.param(offset)}`,
    w.params,
  );
  return { items: rows.map(toItem), total: Number(count?.n ?? 0) };
}

/** One customer inside `scope` with its loan totals, or null (missing or outside the scope alike). */
export async function findCustomerInScope(
  sql: Sql,
  scope: AccessScope,
  customerId: string,
): Promise<CustomerListItem | null> {
  const rows = await sql.query<CustomerListRow>(
    `${LIST_SELECT} where c.id = $1::bigint and starts_with(b.path, $2)`,
    [customerId, scopePrefix(scope)],
  );
  return rows[0] ? toItem(rows[0]) : null;
}

/** A guarantee (保证) as the customer view shows it, from either side. */
export interface GuaranteeView {
  readonly id: string;
  readonly contractId: string;
  readonly contractNo: string;
  /** The borrower of the guaranteed contract. */
  readonly borrowerId: string;
  readonly borrowerName: string;
  /** The guarantor; guarantorCustomerId is null for a party who is not a customer. */
  readonly guarantorCustomerId: string | null;
  readonly guarantorName: string;
  readonly guarantorIdType: string;
  readonly guarantorIdNumber: string;
  readonly guarantorPhone: string | null;
  readonly guaranteeType: 'joint_several' | 'general';
  readonly amount: Fen;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
}

interface GuaranteeRow {
  id: string;
  contract_id: string;
  contract_no: string;
  borrower_id: string;
  borrower_name: string;
  guarantor_customer_id: string | null;
  guarantor_name: string;
  guarantor_id_type: string;
  guarantor_id_number: string;
  guarantor_phone: string | null;
  guarantee_type: 'joint_several' | 'general';
  amount: string;
  start_date: string;
  end_date: string;
}

const GUARANTEE_SELECT = `select g.id, g.contract_id, ct.contract_no, bc.id as borrower_id, bc.name as borrower_name,
    g.guarantor_customer_id, g.guarantor_name, g.guarantor_id_type, g.guarantor_id_number, g.guarantor_phone,
    g.guarantee_type, g.amount, g.start_date, g.end_date
  from guarantee g
  join contract ct on ct.id = g.contract_id
  join customer bc on bc.id = ct.customer_id
  join branch b on b.id = ct.branch_id`;

const toGuarantee = (r: GuaranteeRow): GuaranteeView => ({
  id: r.id,
  contractId: r.contract_id,
  contractNo: r.contract_no,
  borrowerId: r.borrower_id,
  borrowerName: r.borrower_name,
  guarantorCustomerId: r.guarantor_customer_id,
  guarantorName: r.guarantor_name,
  guarantorIdType: r.guarantor_id_type,
  guarantorIdNumber: r.guarantor_id_number,
  guarantorPhone: r.guarantor_phone,
  guaranteeType: r.guarantee_type,
  amount: fen(Number(r.amount)),
  startDate: r.start_date as LocalDate,
  endDate: r.end_date as LocalDate,
});

/** Guarantees on the customer's own contracts (what secures its borrowing). */
export async function listGuaranteesReceived(sql: Sql, customerId: string): Promise<GuaranteeView[]> {
  const rows = await sql.query<GuaranteeRow>(
    `${GUARANTEE_SELECT} where ct.customer_id = $1::bigint order by ct.contract_no, g.id`,
    [customerId],
  );
  return rows.map(toGuarantee);
}

/**
 * Guarantees the customer gave for others' contracts booked inside `scope` (a guarantee circle can
 * cross branches; the others are only counted, so their borrowers stay invisible).
 */
export async function listGuaranteesGiven(
  sql: Sql,
  scope: AccessScope,
  customerId: string,
): Promise<{ visible: GuaranteeView[]; outsideScope: number }> {
  const rows = await sql.query<GuaranteeRow & { in_scope: boolean }>(
    `${GUARANTEE_SELECT.replace('select ', 'select starts_with(b.path, $2) as in_scope, ')}
      where g.guarantor_customer_id = $1::bigint order by ct.contract_no, g.id`,
    [customerId, scopePrefix(scope)],
  );
  return {
    visible: rows.filter((r) => r.in_scope).map(toGuarantee),
    outsideScope: rows.filter((r) => !r.in_scope).length,
  };
}

/** Collateral (押品) pledged on the customer's contracts. */
export interface CollateralView {
  readonly id: string;
  readonly contractId: string;
  readonly contractNo: string;
  readonly ownerCustomerId: string | null;
  readonly collateralType: string;
  readonly description: string;
  readonly value: Fen;
  readonly valuationDate: LocalDate;
  readonly registrationNo: string | null;
  readonly insuranceExpiry: LocalDate | null;
  readonly registrationExpiry: LocalDate | null;
}

export async function listCollateralOfCustomer(sql: Sql, customerId: string): Promise<CollateralView[]> {
  const rows = await sql.query<{
    id: string;
    contract_id: string;
    contract_no: string;
    owner_customer_id: string | null;
    collateral_type: string;
    description: string;
    value: string;
    valuation_date: string;
    registration_no: string | null;
    insurance_expiry: string | null;
    registration_expiry: string | null;
  }>(
    `select k.id, k.contract_id, ct.contract_no, k.owner_customer_id, k.collateral_type, k.description,
            k.value, k.valuation_date, k.registration_no, k.insurance_expiry,
            k.registration_expiry
       from collateral k join contract ct on ct.id = k.contract_id
      where ct.customer_id = $1::bigint order by ct.contract_no, k.id`,
    [customerId],
  );
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contract_id,
    contractNo: r.contract_no,
    ownerCustomerId: r.owner_customer_id,
    collateralType: r.collateral_type,
    description: r.description,
    value: fen(Number(r.value)),
    valuationDate: r.valuation_date as LocalDate,
    registrationNo: r.registration_no,
    insuranceExpiry: r.insurance_expiry as LocalDate | null,
    registrationExpiry: r.registration_expiry as LocalDate | null,
  }));
}

/** A loan event seen from the customer: which of its loans, what changed. */
export interface CustomerLoanEvent {
  readonly id: string;
  readonly loanId: string;
  readonly loanNo: string;
  readonly businessDate: LocalDate;
  readonly eventType: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly rule: string | null;
  readonly actor: string;
  readonly payload: JsonValue | null;
}

/** The latest events of the customer's loans booked inside `scope`, newest first. */
export async function listCustomerLoanEvents(
  sql: Sql,
  scope: AccessScope,
  customerId: string,
  limit: number,
): Promise<CustomerLoanEvent[]> {
  const rows = await sql.query<{
    id: string;
    loan_id: string;
    loan_no: string;
    business_date: string;
    event_type: string;
    old_value: string | null;
    new_value: string | null;
    rule: string | null;
    actor: string;
    payload: JsonValue | null;
  }>(
    `select e.id, e.loan_id, l.loan_no, e.business_date, e.event_type, e.old_value, e.new_value, e.rule,
            e.actor, e.payload
       from loan_event e
       join loan l on l.id = e.loan_id
       join branch b on b.id = l.branch_id
      where l.customer_id = $1::bigint and starts_with(b.path, $2)
      order by e.business_date desc, e.id desc
      limit $3`,
    [customerId, scopePrefix(scope), limit],
  );
  return rows.map((r) => ({
    id: r.id,
    loanId: r.loan_id,
    loanNo: r.loan_no,
    businessDate: r.business_date as LocalDate,
    eventType: r.event_type,
    oldValue: r.old_value,
    newValue: r.new_value,
    rule: r.rule,
    actor: r.actor,
    payload: r.payload,
  }));
}

/** A contact made with or about the customer on one of its loans (collection actions), newest first. */
export interface CustomerContactRecord {
  readonly id: string;
  readonly loanId: string;
  readonly loanNo: string;
  readonly date: LocalDate;
  readonly minuteOfDay: number;
  readonly channel: string;
  readonly target: string;
  /** The phone or address used, as recorded (the edge masks it). */
  readonly contactPoint: string;
  readonly outcome: string;
  readonly actor: string;
}

/** The latest contacts recorded on the customer's loans booked inside `scope`. */
export async function listCustomerContacts(
  sql: Sql,
  scope: AccessScope,
  customerId: string,
  limit: number,
): Promise<CustomerContactRecord[]> {
  const rows = await sql.query<{
    id: string;
    loan_id: string;
    loan_no: string;
    action_date: string;
    action_minute: number;
    channel: string;
    target: string;
    contact_point: string;
    outcome: string;
    actor: string;
  }>(
    `select a.id::text as id, a.loan_id::text as loan_id, l.loan_no, a.action_date::text as action_date,
            a.action_minute, a.channel, a.target, a.contact_point, a.outcome, a.actor
       from collection_action a
       join loan l on l.id = a.loan_id
       join branch b on b.id = l.branch_id
      where l.customer_id = $1::bigint and starts_with(b.path, $2)
      order by a.action_date desc, a.action_minute desc, a.id desc
      limit $3`,
    [customerId, scopePrefix(scope), limit],
  );
  return rows.map((r) => ({
    id: r.id,
    loanId: r.loan_id,
    loanNo: r.loan_no,
    date: r.action_date as LocalDate,
    minuteOfDay: r.action_minute,
    channel: r.channel,
    target: r.target,
    contactPoint: r.contact_point,
    outcome: r.outcome,
    actor: r.actor,
  }));
}
