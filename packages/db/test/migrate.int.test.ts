import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/migrate';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';

describe.each(testEngines())('migrations on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  it('applies every migration once and nothing on a second run', async () => {
    const rows = await t.db.query<{ version: string }>(
      'select version from schema_migration order by version',
    );
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    expect(await migrate(t.db)).toEqual([]);
  });

  it('returns bigint, numeric and date columns as exact text', async () => {
    const [row] = await t.db.query<{ d: string; b: string; n: string }>(
      "select '2026-02-28'::date as d, 9007199254740993::bigint as b, 6.00::numeric as n",
    );
    expect(row).toEqual({ d: '2026-02-28', b: '9007199254740993', n: '6.00' });
  });

  it('rolls a failed transaction back completely', async () => {
    await t.db.exec(
      "insert into branch (id, name, level, path) values ('HQ', '总行', 'head_office', '/HQ/')",
    );
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(
          "insert into branch (id, parent_id, name, level, path) values ('A', 'HQ', 'A', 'branch', '/HQ/A/')",
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await t.db.query('select id from branch');
    expect(rows).toEqual([{ id: 'HQ' }]);
  });
});
