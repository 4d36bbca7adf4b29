import { randomBytes } from 'node:crypto';
import { initBusinessDate, skipForeignKeyTriggers, withOwnRowsOnly } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  importFile,
  okFixture,
  SAMPLE_BUSINESS_DATE,
  seedOrganisation,
} from '../src/import/testing/import-test-support';

const ORPHAN_INSTALLMENT =
  "insert into installment (loan_id, period, due_date, principal_due, interest_due) values (999999, 1, '2026-01-01', 1, 1)";

describe.each(testEngines())('the import transaction on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedOrganisation(t.db);
    await initBusinessDate(t.db, SAMPLE_BUSINESS_DATE);
  });
  afterAll(() => t.dispose());

  const role = async () =>
    (await t.db.query<{ r: string }>('select current_setting($1) as r', ['session_replication_role']))[0]!.r;

  it('skips foreign-key triggers for the whole transaction on PGlite, only around own rows on PostgreSQL', async () => {
    const seen = await t.db.transaction(async (tx) => {
      const current = async () =>
        (await tx.query<{ r: string }>("select current_setting('session_replication_role') as r"))[0]!.r;
      const skip = await skipForeignKeyTriggers(tx, t.db.engine);
      const before = await current();
      const inside = await withOwnRowsOnly(tx, skip, current);
      const after = await current();
      return { skip, before, inside, after };
    });
    expect(seen).toEqual(
      engine === 'pglite'
        ? { skip: 'transaction', before: 'replica', inside: 'replica', after: 'replica' }
        : { skip: 'own-rows', before: 'origin', inside: 'replica', after: 'origin' },
    );
    expect(await role()).toBe('origin');
  });

  it('never skips them when a table the import writes has a trigger of its own', async () => {
    await t.db.exec(`
      create function import_test_audit() returns trigger language plpgsql as $$ begin return new; end $$;
      create trigger import_test_audit after insert on loan_event for each row execute function import_test_audit();`);
    try {
      const seen = await t.db.transaction(async (tx) => {
        const skip = await skipForeignKeyTriggers(tx, t.db.engine);
        const inside = await withOwnRowsOnly(
          tx,
          skip,
          async () =>
            (await tx.query<{ r: string }>("select current_setting('session_replication_role') as r"))[0]!.r,
        );
        return { skip, inside };
      });
      expect(seen).toEqual({ skip: 'none', inside: 'origin' });
    } finally {
      await t.db.exec('drop trigger import_test_audit on loan_event; drop function import_test_audit();');
    }
  });

  it('leaves the foreign keys enforced after an import', async () => {
    await importFile(t.db, 'customers', okFixture('customers.csv'));
    await importFile(t.db, 'loans', okFixture('loans.csv'));
    expect(await role()).toBe('origin');
    await expect(t.db.query(ORPHAN_INSTALLMENT)).rejects.toThrow(/foreign key/);
    // Whatever skipped its triggers left nothing a foreign key would refuse.
    const [orphans] = await t.db.query<{ n: number }>(
      `select (select count(*) from installment x where not exists (select 1 from loan l where l.id = x.loan_id))
            + (select count(*) from loan_event x where not exists (select 1 from loan l where l.id = x.loan_id))
            + (select count(*) from loan_state_history x
                where not exists (select 1 from loan l where l.id = x.loan_id)) as n`,
    );
    expect(Number(orphans!.n)).toBe(0);
    const [invalid] = await t.db.query<{ n: number }>(
      "select count(*)::int as n from pg_constraint where contype = 'f' and not convalidated",
    );
    expect(invalid!.n).toBe(0);
  });
});

// Roles, and other sessions writing meanwhile, exist only on the server.
describe.runIf(testEngines().includes('postgres'))('the import transaction on postgres, with others', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    await seedOrganisation(t.db);
    await initBusinessDate(t.db, SAMPLE_BUSINESS_DATE);
    await importFile(t.db, 'customers', okFixture('customers.csv'));
  });
  afterAll(() => t.dispose());

  it('checks foreign keys again after writing own rows, in the same transaction', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        const skip = await skipForeignKeyTriggers(tx, t.db.engine);
        await withOwnRowsOnly(tx, skip, async () => undefined);
        await tx.query(ORPHAN_INSTALLMENT);
      }),
    ).rejects.toThrow(/foreign key/);
  });

  it('does not skip them for a role that may not set session_replication_role', async () => {
    const name = `daihou_import_${randomBytes(4).toString('hex')}`;
    await t.db.exec(`create role ${name} nologin`);
    try {
      const skip = await t.db.transaction(async (tx) => {
        await tx.exec(`set local role ${name}`);
        return skipForeignKeyTriggers(tx, t.db.engine);
      });
      expect(skip).toBe('none');
    } finally {
      await t.db.exec(`drop role ${name}`);
    }
  });

  it('fails cleanly and writes nothing when a customer is deleted under a running import', async () => {
    const other = new pg.Client({ connectionString: t.url });
    await other.connect();
    try {
      const before = await countRows(t.db);
      // Lock the first loan's customer so the import's write waits on it, then delete it.
      await other.query('begin');
      await other.query("select id from customer where customer_no = 'C42000001' for update");
      const running = importFile(t.db, 'loans', okFixture('loans.csv'));
      running.catch(() => undefined);
      await waitUntilBlocked(other);
      await other.query("delete from customer where customer_no = 'C42000001'");
      await other.query('commit');
      await expect(running).rejects.toThrow(/foreign key/);
      const after = await countRows(t.db);
      expect(after).toEqual({ ...before, customer: before.customer - 1 });
    } finally {
      await other.end();
    }
  });
});

/** Waits until some other session of this database waits on a lock (the import's write). */
async function waitUntilBlocked(client: pg.Client): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
    );
    if (r.rows[0]!.n > 0) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('the import never waited on the locked customer');
}
