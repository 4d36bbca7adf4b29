import { initBusinessDate, skipForeignKeyTriggersOnPglite } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importFile,
  okFixture,
  SAMPLE_BUSINESS_DATE,
  seedOrganisation,
} from '../src/import/testing/import-test-support';

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

  it('skips foreign-key triggers only on PGlite, only inside the transaction', async () => {
    const skipped = await t.db.transaction(async (tx) => {
      const done = await skipForeignKeyTriggersOnPglite(tx, t.db.engine);
      const [inside] = await tx.query<{ r: string }>(
        "select current_setting('session_replication_role') as r",
      );
      return { done, inside: inside!.r };
    });
    expect(skipped).toEqual(
      engine === 'pglite' ? { done: true, inside: 'replica' } : { done: false, inside: 'origin' },
    );
    expect(await role()).toBe('origin');
  });

  it('never skips them when a table the import writes has a trigger of its own', async () => {
    await t.db.exec(`
      create function import_test_audit() returns trigger language plpgsql as $$ begin return new; end $$;
      create trigger import_test_audit after insert on loan_event for each row execute function import_test_audit();`);
    try {
      const done = await t.db.transaction((tx) => skipForeignKeyTriggersOnPglite(tx, t.db.engine));
      expect(done).toBe(false);
    } finally {
      await t.db.exec('drop trigger import_test_audit on loan_event; drop function import_test_audit();');
    }
  });

  it('leaves the foreign keys enforced after an import', async () => {
    await importFile(t.db, 'customers', okFixture('customers.csv'));
    expect(await role()).toBe('origin');
    await expect(
      t.db.query(
        "insert into installment (loan_id, period, due_date, principal_due, interest_due) values (999999, 1, '2026-01-01', 1, 1)",
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
