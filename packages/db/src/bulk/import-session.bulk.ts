import type { Sql } from '../sql-client';

/**
 * Serialises bulk imports: two imports at once could both find a 借据号 or 流水号 free and one would
 * then fail on the unique key after minutes of work. Held until the transaction ends.
 */
export async function lockImports(sql: Sql): Promise<void> {
  await sql.query('select pg_advisory_xact_lock(424202)');
}

/** The tables a bulk import writes. */
export const IMPORT_TABLES = [
  'customer',
  'contract',
  'loan',
  'installment',
  'loan_event',
  'repayment',
  'repayment_allocation',
] as const;

/**
 * On the embedded PGlite only: lets the rest of this transaction skip the per-row foreign-key triggers
 * (`set local session_replication_role = replica`). An import writes every reference itself and checks
 * it before writing (branch and user codes loaded in the same transaction, customers and contracts looked
 * up in it, loan ids returned by the insert), PGlite has a single connection so nothing can delete a
 * referenced row meanwhile, and unique keys and CHECK constraints still apply. In WebAssembly the
 * triggers are about 40 % of the cost of an installment row (measured: 240,000 installments 3.8 s →
 * 2.2 s). Refused — returns false and changes nothing — when any table the import writes has
 * a trigger of its own (an audit trigger must never be skipped), and never done on PostgreSQL, where
 * other sessions run concurrently and the role is not a superuser.
 */
export async function skipForeignKeyTriggersOnPglite(
  sql: Sql,
  engine: 'pglite' | 'postgres',
): Promise<boolean> {
  if (engine !== 'pglite') return false;
  const [row] = await sql.query<{ n: number }>(
    `select count(*)::int as n from pg_trigger
      where tgrelid = any($1::text[]::regclass[]) and not tgisinternal`,
    [`{${IMPORT_TABLES.join(',')}}`],
  );
  if ((row?.n ?? 1) > 0) return false;
  await sql.exec('set local session_replication_role = replica');
  return true;
}
