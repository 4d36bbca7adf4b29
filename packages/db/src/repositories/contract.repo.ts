import { type Fen, fen, type LocalDate } from '@daihou/core';
import type { Sql } from '../sql-client';

/** A loan contract (贷款合同); its loans (借据) are the drawdowns that get serviced. */
export interface Contract {
  readonly id: string;
  readonly contractNo: string;
  readonly customerId: string;
  readonly branchId: string;
  readonly managerId: string | null;
  readonly amount: Fen;
  readonly signedDate: LocalDate;
}

export interface NewContract {
  readonly contractNo: string;
  readonly customerId: string;
  readonly branchId: string;
  readonly managerId?: string | null | undefined;
  readonly amount: Fen;
  readonly signedDate: LocalDate;
}

interface ContractRow {
  id: string;
  contract_no: string;
  customer_id: string;
  branch_id: string;
  manager_id: string | null;
  amount: string;
  signed_date: string;
}

const COLUMNS = 'id, contract_no, customer_id, branch_id, manager_id, amount, signed_date';

const toContract = (r: ContractRow): Contract => ({
  id: r.id,
  contractNo: r.contract_no,
  customerId: r.customer_id,
  branchId: r.branch_id,
  managerId: r.manager_id,
  amount: fen(Number(r.amount)),
  signedDate: r.signed_date as LocalDate,
});

export async function createContract(sql: Sql, input: NewContract): Promise<Contract> {
  const rows = await sql.query<ContractRow>(
    `insert into contract (contract_no, customer_id, branch_id, manager_id, amount, signed_date)
     values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
    [
      input.contractNo,
      input.customerId,
      input.branchId,
      input.managerId ?? null,
      String(input.amount),
      input.signedDate,
    ],
  );
  return toContract(rows[0]!);
}

export async function findContract(sql: Sql, id: string): Promise<Contract | null> {
  const rows = await sql.query<ContractRow>(`select ${COLUMNS} from contract where id = $1`, [id]);
  return rows[0] ? toContract(rows[0]) : null;
}

export async function findContractByNo(sql: Sql, contractNo: string): Promise<Contract | null> {
  const rows = await sql.query<ContractRow>(`select ${COLUMNS} from contract where contract_no = $1`, [
    contractNo,
  ]);
  return rows[0] ? toContract(rows[0]) : null;
}
