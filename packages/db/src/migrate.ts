import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './sql-client';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

interface Migration {
  readonly version: string;
  readonly sql: string;
  readonly checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), 'utf8');
      return {
        version: f.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/**
 * Applies the plain SQL migrations not yet applied, each in its own transaction, and refuses to run
 * when an applied migration's file was edited afterwards (a changed checksum).
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`create table if not exists schema_migration (
    version text primary key, checksum text not null, applied_at timestamptz not null default now())`);
  // Two processes starting at once must not both apply the same migration.
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(424201)');
    const rows = await tx.query<{ version: string; checksum: string }>(
      'select version, checksum from schema_migration',
    );
    const done = new Map(rows.map((r) => [r.version, r.checksum]));
    for (const m of loadMigrations(dir)) {
      const seen = done.get(m.version);
      if (seen !== undefined) {
        if (seen !== m.checksum) throw new Error(`migration ${m.version} was edited after it was applied`);
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('insert into schema_migration (version, checksum) values ($1, $2)', [
        m.version,
        m.checksum,
      ]);
      applied.push(m.version);
    }
  });
  return applied;
}
