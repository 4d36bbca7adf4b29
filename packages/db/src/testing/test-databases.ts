import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect } from '../connect';
import { migrate } from '../migrate';
import type { Database, Engine } from '../sql-client';

/**
 * The engines integration tests run on: PGlite always, PostgreSQL when DAIHOU_TEST_POSTGRES_URL is set
 * (`.ci/run` sets it; it must then be reachable, a missing server fails the run instead of skipping).
 */
export function testEngines(): Engine[] {
  return process.env.DAIHOU_TEST_POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  readonly db: Database;
  /** The connection string of the scratch PostgreSQL database (undefined on PGlite). */
  readonly url: string | undefined;
  /** Closes and, on PostgreSQL, drops the scratch database. */
  dispose(): Promise<void>;
}

/** A fresh, migrated, throw-away database of the given engine. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = await connect({ dataDir: 'memory://' });
    await migrate(db);
    return { db, url: undefined, dispose: () => db.close() };
  }
  const adminUrl = process.env.DAIHOU_TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error('DAIHOU_TEST_POSTGRES_URL is not set');
  const name = `daihou_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await connect({ databaseUrl: url.toString() });
  await migrate(db);
  return {
    db,
    url: url.toString(),
    async dispose() {
      await db.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
