import type { Engine, Sql } from '../sql-client';
import { integerArray, textArray } from './array-literal';

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
 *   reference stored ones (a loan's customer, contract, branch) skip them only after
 *   `withReferencesLocked` has taken, in one statement per table, the same row locks the triggers
 *   would take one row at a time: that lock is what stops a concurrent delete of a customer from
 *   slipping under the import. Skipping them for the installments, events and history of 100,000
 *   loans saved 10 of the server's 28 CPU seconds; for the loans and contracts, another ~20 s of wall.
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
 * `write` must only write rows whose references are rows this transaction inserted itself or holds
 * locked, and must not change a key.
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

/** The stored rows an import's new rows may refer to, by the key the foreign keys name. */
const REFERENCED = {
  customer: { key: 'id', array: integerArray },
  contract: { key: 'id', array: integerArray },
  branch: { key: 'id', array: textArray },
  app_user: { key: 'id', array: integerArray },
  product: { key: 'code', array: textArray },
} as const;

export type ReferencedTable = keyof typeof REFERENCED;

/**
 * Runs `write` — inserts whose references are the given stored rows or rows this transaction inserted —
 * with foreign-key triggers off when `skip` is `own-rows`, after locking every referenced row `for key
 * share`, exactly as each row's foreign-key trigger would, but one statement per table instead of one
 * lookup per row and reference (five per loan). A referenced row deleted meanwhile is missing from
 * the locked set and fails the import as a foreign-key violation would; once locked, no other
 * session can delete it or change its key until the import ends.
 */
export async function withReferencesLocked<T>(
  sql: Sql,
  skip: ForeignKeyTriggerSkip,
  references: Partial<Record<ReferencedTable, readonly (string | null)[]>>,
  write: () => Promise<T>,
): Promise<T> {
  if (skip !== 'own-rows') return write();
  for (const [table, values] of Object.entries(references) as [ReferencedTable, (string | null)[]][]) {
    const wanted = [...new Set(values.filter((v): v is string => v !== null))];
    if (wanted.length === 0) continue;
    const { key, array } = REFERENCED[table];
    const [row] = await sql.query<{ n: number }>(
      `select count(*)::int as n from (select 1 from ${table} where ${key} = any($1) for key share) locked`,
      [array(wanted)],
    );
    const missing = wanted.length - (row?.n ?? 0);
    if (missing > 0) {
      throw new Error(
        `import violates foreign key constraint: ${missing} referenced ${table} row(s) no longer exist (deleted while the import ran)`,
      );
    }
  }
  return withOwnRowsOnly(sql, skip, write);
}
