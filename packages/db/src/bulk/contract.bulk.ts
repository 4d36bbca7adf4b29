import type { Sql } from '../sql-client';
import { dateArray, integerArray, nullableIntegerArray, textArray } from './array-literal';

export interface ContractKeyRow {
  readonly id: string;
  readonly contract_no: string;
  readonly customer_id: string;
}

/** The stored contracts among these contract numbers (合同号). */
export async function findContractsByNo(sql: Sql, contractNos: readonly string[]): Promise<ContractKeyRow[]> {
  if (contractNos.length === 0) return [];
  return sql.query<ContractKeyRow>(
    `select id::text as id, contract_no, customer_id::text as customer_id
       from contract where contract_no = any($1::text[])`,
    [textArray(contractNos)],
  );
}

export interface NewContractRow {
  readonly contractNo: string;
  readonly customerId: string;
  readonly branchId: string;
  readonly managerId: string | null;
  /** Fen. */
  readonly amount: number;
  readonly signedDate: string;
}

/** Inserts contracts and returns their ids by contract number. */
export async function insertContracts(
  sql: Sql,
  rows: readonly NewContractRow[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const inserted = await sql.query<{ id: string; contract_no: string }>(
    `insert into contract (contract_no, customer_id, branch_id, manager_id, amount, signed_date)
     select * from unnest($1::text[], $2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::date[])
     returning id::text as id, contract_no`,
    [
      textArray(rows.map((r) => r.contractNo)),
      integerArray(rows.map((r) => r.customerId)),
      textArray(rows.map((r) => r.branchId)),
      nullableIntegerArray(rows.map((r) => r.managerId)),
      integerArray(rows.map((r) => r.amount)),
      dateArray(rows.map((r) => r.signedDate)),
    ],
  );
  return new Map(inserted.map((r) => [r.contract_no, r.id]));
}

/** Sets amount and signed date of contracts (when a register names several loans under one new contract). */
export async function updateContractTotals(
  sql: Sql,
  rows: readonly { id: string; amount: number; signedDate: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(
    `update contract c set amount = v.amount, signed_date = v.signed_date
       from unnest($1::bigint[], $2::bigint[], $3::date[]) as v(id, amount, signed_date)
      where c.id = v.id`,
    [
      integerArray(rows.map((r) => r.id)),
      integerArray(rows.map((r) => r.amount)),
      dateArray(rows.map((r) => r.signedDate)),
    ],
  );
}
