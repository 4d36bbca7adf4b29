import { runEndOfDay, runEndOfDayThrough } from '@daihou/batch';
import { type LocalDate, parseLocalDate } from '@daihou/core';
import { bookRepayment, createUser, type Database, initBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLoan } from '../../../packages/db/test/fixtures';

/**
 * Warnings and collection through the real end of day (the `warnings-collection` run step): a loan that
 * misses its first installment gets the DPD 1 warning and a case with its reminder task that night, and the
 * case closes the night the arrears are paid.
 */
const d = (s: string): LocalDate => parseLocalDate(s);

const rows = <T>(db: Database, sql: string, params: unknown[] = []) => db.query<T>(sql, params);

describe.each(testEngines())('warnings and collection in end of day on %s', (engine) => {
  let t: TestDatabase;
  let loanId: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await initBusinessDate(t.db, d('2026-01-11'));
    loanId = (await seedLoan(t.db)).loan.id;
    await createUser(t.db, {
      username: 'collector.hq',
      displayName: '催收员',
      branchId: 'HQ',
      roles: ['collector'],
    });
  }, 60_000);
  afterAll(() => t.dispose());

  it('opens nothing while the loan is current', async () => {
    const results = await runEndOfDayThrough(t.db, d('2026-02-10'));
    expect(results.every((r) => r.status === 'completed')).toBe(true);
    expect(await rows(t.db, 'select id from collection_case')).toEqual([]);
    expect(await rows(t.db, 'select id from warning')).toEqual([]);
  });

  it('raises dpd_1 and opens a case with its reminder the night the loan reaches DPD 1', async () => {
    const progress: string[] = [];
    expect((await runEndOfDay(t.db, d('2026-02-11'), { onProgress: (m) => progress.push(m) })).status).toBe(
      'completed',
    );
    // The partition opened the case with its reminder task; the run step raised dpd_1 and assigned the case.
    expect(progress).toContain('warnings-collection: 2');
    expect(
      await rows(
        t.db,
        `select t.items from eod_step_timing t join eod_run r on r.id = t.run_id
          where r.business_date = '2026-02-11' and t.step = 'collection-cases'`,
      ),
    ).toEqual([{ items: 2 }]);
    expect(
      await rows(t.db, `select code, level, raised_on::text as raised_on from warning where loan_id = $1`, [
        loanId,
      ]),
    ).toEqual([{ code: 'dpd_1', level: 'blue', raised_on: '2026-02-11' }]);
    const cases = await rows<{ stage: string; status: string; assignee: string | null }>(
      t.db,
      `select c.stage, c.status, u.username as assignee from collection_case c left join app_user u on u.id = c.assignee_id`,
    );
    expect(cases).toEqual([{ stage: 'early', status: 'open', assignee: 'collector.hq' }]);
    expect(await rows(t.db, 'select kind from collection_task')).toEqual([{ kind: 'reminder' }]);
    // The same day again is refused as already completed: nothing added.
    expect((await runEndOfDay(t.db, d('2026-02-11'))).status).toBe('already-completed');
  });

  it('keeps the case open (no new warning) while overdue, and closes it the night the arrears are paid', async () => {
    expect((await runEndOfDay(t.db, d('2026-02-12'))).status).toBe('completed');
    expect(await rows(t.db, `select id from warning`)).toHaveLength(1);
    await bookRepayment(t.db, {
      loanId,
      date: '2026-02-13',
      amount: '11000.00',
      idempotencyKey: 'k-1',
      actor: 'test',
    });
    expect((await runEndOfDay(t.db, d('2026-02-13'))).status).toBe('completed');
    expect(
      await rows(t.db, `select status, closed_on::text as closed_on, close_reason from collection_case`),
    ).toEqual([{ status: 'closed', closed_on: '2026-02-13', close_reason: 'current' }]);
    expect(await rows(t.db, `select status from collection_task`)).toEqual([{ status: 'cancelled' }]);
    // The warning stays until a person lifts it with a reason.
    expect(await rows(t.db, `select status from warning`)).toEqual([{ status: 'raised' }]);
  });
});
