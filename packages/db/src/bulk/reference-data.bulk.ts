import type { Sql } from '../sql-client';

/** Branch codes (ids) that exist: import files name branches by code (A01, B02 …). */
export async function loadBranchCodes(sql: Sql): Promise<Set<string>> {
  const rows = await sql.query<{ id: string }>('select id from branch');
  return new Set(rows.map((r) => r.id));
}

/** Active users by username → id: import files name account managers by username. */
export async function loadUserIdsByUsername(sql: Sql): Promise<Map<string, string>> {
  const rows = await sql.query<{ id: string; username: string }>(
    'select id::text as id, username from app_user where active',
  );
  return new Map(rows.map((r) => [r.username, r.id]));
}

export interface ProductSettingsRow {
  readonly code: string;
  readonly penalty_uplift: string;
  readonly grace_days: number;
  readonly day_basis: number;
  readonly waterfall_order: string[];
  readonly prepayment_fee_rate: string;
  readonly prepayment_fee_free_days: number;
}

/** The raw servicing settings of the given products (numeric columns as exact text). */
export async function loadProductSettingsRows(
  sql: Sql,
  codes: readonly string[],
): Promise<ProductSettingsRow[]> {
  return sql.query<ProductSettingsRow>(
    `select code, penalty_uplift, grace_days, day_basis, waterfall_order, prepayment_fee_rate,
            prepayment_fee_free_days
       from product where code = any($1::text[])`,
    [codes],
  );
}
