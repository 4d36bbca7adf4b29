import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Database } from '@daihou/db';
import pg from 'pg';

/** A scratch database on the configured engine: PGlite in a temp DATA_DIR, or a new database on DATABASE_URL's server. */
export async function scratchDatabase(): Promise<{
  db: Database;
  /** The scratch database's URL on PostgreSQL (for worker processes); undefined on PGlite. */
  url?: string;
  dispose: () => Promise<void>;
}> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = mkdtempSync(join(tmpdir(), 'daihou-bench-'));
    const db = await connect({ dataDir });
    return {
      db,
      dispose: async () => {
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `daihou_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const db = await connect({ databaseUrl: scratch.toString() });
  return {
    db,
    url: scratch.toString(),
    dispose: async () => {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
