import type { Engine, Sql } from '../sql-client';

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
  'loan_state_history',
  'repayment',
  'repayment_allocation',
] as const;

/**
 * Where an import may skip the per-row foreign-key triggers (`session_replication_role = replica`;
 * unique keys and CHECK constraints still apply):
 * - `transaction` — PGlite: for the rest of the import transaction. An import writes every reference
 *   itself and checks it before writing (branch and user codes loaded in the same transaction,
 *   customers and contracts looked up in it, loan ids returned by the insert), and PGlite has a single
 *   connection, so nothing can delete a referenced row meanwhile. In WebAssembly the triggers are about
 *   40 % of the cost of an installment row.
 * - `own-rows` — PostgreSQL, when the role may set it (a superuser): only around writes whose every
 *   reference is a row this same transaction inserted (`withOwnRowsOnly`) — the installments, events
 *   and history of the loans it just wrote, which no other session can see, let alone delete. Rows that
 *   reference stored ones (a loan's customer, contract, branch) keep their triggers, whose row locks are
 *   what stops a concurrent delete of a customer from slipping under the import. Skipping them for
 *   the installments, events and history of 100,000 loans saved 10 of the server's 28 CPU seconds.
 * - `none` — refused: a table the import writes has a trigger of its own (an audit trigger must never
 *   be skipped), or PostgreSQL as a role that may not set the parameter.
 */
export type ForeignKeyTriggerSkip = 'transaction' | 'own-rows' | 'none';

/**
 * Decides how this import transaction may skip foreign-key triggers and, for `transaction`, switches
 * them off until it ends. Call it inside the import's transaction.
 */
export async function skipForeignKeyTriggers(sql: Sql, engine: Engine): Promise<ForeignKeyTriggerSkip> {
  const [row] = await sql.query<{ triggers: number; superuser: boolean }>(
    `select (select count(*)::int from pg_trigger
              where tgrelid = any($1::text[]::regclass[]) and not tgisinternal) as triggers,
            current_setting('is_superuser') = 'on' as superuser`,
    [`{${IMPORT_TABLES.join(',')}}`],
  );
  if (!row || row.triggers > 0) return 'none';
  if (engine === 'pglite') {
    await sql.exec('set local session_replication_role = replica');
    return 'transaction';
  }
  return row.superuser ? 'own-rows' : 'none';
}

/**
 * Runs `write` with foreign-key triggers off when `skip` is `own-rows`, and on again after it.
 * `write` must only insert rows whose references are rows this transaction inserted itself.
 * When `write` fails the transaction is lost anyway, and the setting with it.
 */
export async function withOwnRowsOnly<T>(
  sql: Sql,
  skip: ForeignKeyTriggerSkip,
  write: () => Promise<T>,
): Promise<T> {
  if (skip !== 'own-rows') return write();
  await sql.exec('set local session_replication_role = replica');
  const result = await write();
  await sql.exec('set local session_replication_role = origin');
  return result;
}
