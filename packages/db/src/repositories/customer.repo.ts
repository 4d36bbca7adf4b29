import type { Sql } from '../sql-client';

export type CustomerType = 'individual' | 'enterprise';

/** A customer (客户) of the bank; as a loan's debtor, the borrower. */
export interface Customer {
  readonly id: string;
  readonly customerNo: string;
  readonly name: string;
  readonly customerType: CustomerType;
  readonly idType: string;
  readonly idNumber: string;
  readonly phone: string | null;
  readonly industry: string | null;
  readonly region: string | null;
  readonly branchId: string;
  readonly managerId: string | null;
}

export interface NewCustomer {
  readonly customerNo: string;
  readonly name: string;
  readonly customerType: CustomerType;
  readonly idType: string;
  readonly idNumber: string;
  readonly phone?: string | null | undefined;
  readonly industry?: string | null | undefined;
  readonly region?: string | null | undefined;
  readonly branchId: string;
  readonly managerId?: string | null | undefined;
}

/** A customer row as selected (snake_case columns, as the driver returns them). */
export interface CustomerRow {
  id: string;
  customer_no: string;
  name: string;
  customer_type: CustomerType;
  id_type: string;
  id_number: string;
  phone: string | null;
  industry: string | null;
  region: string | null;
  branch_id: string;
  manager_id: string | null;
}

const COLUMNS =
  'id, customer_no, name, customer_type, id_type, id_number, phone, industry, region, branch_id, manager_id';

export const toCustomer = (r: CustomerRow): Customer => ({
  id: r.id,
  customerNo: r.customer_no,
  name: r.name,
  customerType: r.customer_type,
  idType: r.id_type,
  idNumber: r.id_number,
  phone: r.phone,
  industry: r.industry,
  region: r.region,
  branchId: r.branch_id,
  managerId: r.manager_id,
});

export async function createCustomer(sql: Sql, input: NewCustomer): Promise<Customer> {
  const rows = await sql.query<CustomerRow>(
    `insert into customer (customer_no, name, customer_type, id_type, id_number, phone, industry, region,
                           branch_id, manager_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${COLUMNS}`,
    [
      input.customerNo,
      input.name,
      input.customerType,
      input.idType,
      input.idNumber,
      input.phone ?? null,
      input.industry ?? null,
      input.region ?? null,
      input.branchId,
      input.managerId ?? null,
    ],
  );
  return toCustomer(rows[0]!);
}

export async function findCustomer(sql: Sql, id: string): Promise<Customer | null> {
  const rows = await sql.query<CustomerRow>(`select ${COLUMNS} from customer where id = $1`, [id]);
  return rows[0] ? toCustomer(rows[0]) : null;
}

export async function findCustomerByNo(sql: Sql, customerNo: string): Promise<Customer | null> {
  const rows = await sql.query<CustomerRow>(`select ${COLUMNS} from customer where customer_no = $1`, [
    customerNo,
  ]);
  return rows[0] ? toCustomer(rows[0]) : null;
}
