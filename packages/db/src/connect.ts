import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { badInput } from '@daihou/core';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { Database, Sql } from './sql-client';

// Text for int8, numeric and date on both engines: no float or Date ever touches money or business dates.
const TEXT_OIDS = [20, 1700, 1082] as const;

export interface ConnectOptions {
  /** postgres://… selects PostgreSQL; unset selects embedded PGlite. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data directory (default ./data); `memory://` for a throw-away database. */
  readonly dataDir?: string | undefined;
  /** Pool size on PostgreSQL (default DEFAULT_POOL_SIZE). */
  readonly poolSize?: number | undefined;
}

export const DEFAULT_POOL_SIZE = 10;
export const MAX_POOL_SIZE = 100;

/**
 * DAIHOU_DB_POOL_SIZE: how many PostgreSQL connections one process may open (1–100, default 10). The
 * server's requests, end of day and housekeeping share them; PGlite has one connection and ignores it.
 */
export function poolSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DAIHOU_DB_POOL_SIZE;
  if (raw === undefined || raw === '') return DEFAULT_POOL_SIZE;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_POOL_SIZE) {
    throw badInput('DAIHOU_DB_POOL_SIZE', `"${raw}" must be a whole number from 1 to ${MAX_POOL_SIZE}`);
  }
  return Number(raw);
}

export async function connect(options: ConnectOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    return connectPostgres(options.databaseUrl, options.poolSize ?? DEFAULT_POOL_SIZE);
  }
  return connectPglite(options.dataDir ?? './data');
}

/**
 * The engine the environment asks for (CONTRACT.md: DATABASE_URL, else PGlite in DATA_DIR), with
 * DAIHOU_DB_POOL_SIZE connections on PostgreSQL.
 */
export const connectFromEnv = async (env: NodeJS.ProcessEnv = process.env): Promise<Database> =>
  connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: poolSizeFromEnv(env) });

async function connectPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const parsers = Object.fromEntries(TEXT_OIDS.map((oid) => [oid, (v: string) => v]));
  const db = await PGlite.create(inMemory ? undefined : dataDir, { parsers });
  void pgliteTypes;
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      const r = await q.query<T>(text, params as unknown[]);
      return r.rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  return {
    engine: 'pglite',
    ...wrap(db),
    transaction: <T>(fn: (tx: Sql) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    async tryAdvisoryLock(key: number) {
      const [row] = (await db.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [key])).rows;
      if (!row?.ok) return null;
      return async () => {
        await db.query('select pg_advisory_unlock($1)', [key]);
      };
    },
    close: () => db.close(),
  };
}

function connectPostgres(url: string, max: number): Database {
  const typeParsers = {
    getTypeParser: (oid: number, format?: string) =>
      (TEXT_OIDS as readonly number[]).includes(oid)
        ? (v: string) => v
        : pg.types.getTypeParser(oid, format as 'text'),
  };
  const pool = new pg.Pool({ connectionString: url, max, types: typeParsers as pg.CustomTypesConfig });
  // An idle pooled connection dropped by the server (restart, database dropped) must not crash the
  // process: the pool discards it and the next query opens a new one.
  pool.on('error', (err) => {
    process.emitWarning(`idle PostgreSQL connection lost: ${err.message}`);
  });
  const wrap = (c: pg.Pool | pg.PoolClient): Sql => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      const r = await c.query(text, params as unknown[]);
      return r.rows as T[];
    },
    async exec(text: string) {
      await c.query(text);
    },
    async copyFrom(table, columns, chunks) {
      // COPY runs on one connection: outside a transaction, borrow one from the pool for it.
      if (!(c instanceof pg.Pool)) return copyInto(c, table, columns, chunks);
      const client = await c.connect();
      try {
        return await copyInto(client, table, columns, chunks);
      } finally {
        client.release();
      }
    },
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async tryAdvisoryLock(key: number) {
      // A session-level lock lives on one connection: keep that client out of the pool until released.
      const client = await pool.connect();
      try {
        const r = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [key]);
        if (!r.rows[0]?.ok) {
          client.release();
          return null;
        }
      } catch (err) {
        client.release();
        throw err;
      }
      return async () => {
        try {
          await client.query('select pg_advisory_unlock($1)', [key]);
        } finally {
          client.release();
        }
      };
    },
    close: () => pool.end(),
  };
}

const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

async function copyInto(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string> | AsyncIterable<string>,
): Promise<number> {
  // Names come from the bulk writers, never from input; checked anyway since they are spliced in.
  for (const name of [table, ...columns]) {
    if (!PLAIN_IDENTIFIER.test(name)) throw new Error(`COPY: "${name}" is not a plain identifier`);
  }
  const copy = client.query(copyFromStdin(`copy ${table} (${columns.join(', ')}) from stdin`));
  // Backpressure from the socket paces the producer, so a batch is never held twice in memory.
  await pipeline(Readable.from(chunks), copy);
  return copy.rowCount;
}
