import type { Sql } from '../sql-client';
import { nullableIntegerArray, textArray } from './array-literal';

export interface CustomerKeyRow {
  readonly id: string;
  readonly customer_no: string;
  readonly name: string;
  readonly customer_type: string;
  readonly id_type: string;
  readonly id_number: string;
  readonly phone: string | null;
  readonly industry: string | null;
  readonly region: string | null;
  readonly branch_id: string;
  readonly manager_id: string | null;
}

/** The stored customers among these customer numbers (客户编号). */
export async function findCustomersByNo(sql: Sql, customerNos: readonly string[]): Promise<CustomerKeyRow[]> {
  if (customerNos.length === 0) return [];
  return sql.query<CustomerKeyRow>(
    `select id::text as id, customer_no, name, customer_type, id_type, id_number, phone, industry, region,
            branch_id, manager_id::text as manager_id
       from customer where customer_no = any($1::text[])`,
    [textArray(customerNos)],
  );
}

/** Ids of the stored customers among these customer numbers. */
export async function findCustomerIdsByNo(
  sql: Sql,
  customerNos: readonly string[],
): Promise<{ id: string; customer_no: string }[]> {
  if (customerNos.length === 0) return [];
  return sql.query('select id::text as id, customer_no from customer where customer_no = any($1::text[])', [
    textArray(customerNos),
  ]);
}

/** Stored customers holding any of these ID numbers (any ID type; the caller compares the type). */
export async function findCustomersByIdNumber(
  sql: Sql,
  idNumbers: readonly string[],
): Promise<{ customer_no: string; id_type: string; id_number: string }[]> {
  if (idNumbers.length === 0) return [];
  return sql.query('select customer_no, id_type, id_number from customer where id_number = any($1::text[])', [
    textArray(idNumbers),
  ]);
}

export interface NewCustomerRow {
  readonly customerNo: string;
  readonly name: string;
  readonly customerType: 'individual' | 'enterprise';
  readonly idType: string;
  readonly idNumber: string;
  readonly phone: string | null;
  readonly industry: string | null;
  readonly region: string | null;
  readonly branchId: string;
  readonly managerId: string | null;
}

/** Inserts customers in one statement. */
export async function insertCustomers(sql: Sql, rows: readonly NewCustomerRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(
    `insert into customer (customer_no, name, customer_type, id_type, id_number, phone, industry, region,
                           branch_id, manager_id)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                          $8::text[], $9::text[], $10::bigint[])`,
    [
      textArray(rows.map((r) => r.customerNo)),
      textArray(rows.map((r) => r.name)),
      textArray(rows.map((r) => r.customerType)),
      textArray(rows.map((r) => r.idType)),
      textArray(rows.map((r) => r.idNumber)),
      textArray(rows.map((r) => r.phone)),
      textArray(rows.map((r) => r.industry)),
      textArray(rows.map((r) => r.region)),
      textArray(rows.map((r) => r.branchId)),
      nullableIntegerArray(rows.map((r) => (r.managerId === null ? null : BigInt(r.managerId)))),
    ],
  );
}
