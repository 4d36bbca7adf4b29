import { runEndOfDay } from '@daihou/batch';
import { addDays, parseLocalDate } from '@daihou/core';
import { initBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/demo-loader';

const START = parseLocalDate('2026-11-22');

/**
 * Issue #6: in the demo, a fresh disbursement gets its first inspection from the first end of day —
 * within 3 days when the funds went to the borrower (自主支付), within 7 when they went to the payee.
 */
describe.each(testEngines())('first inspections of the demo book (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await initBusinessDate(t.db, START);
    await loadDemo(t.db, { customers: 120, seed: 5, businessDate: START });
    const day = await runEndOfDay(t.db, START);
    expect(day.status).toBe('completed');
  }, 300_000);
  afterAll(() => t.dispose());

  it('plans a first inspection for each loan disbursed in the days before, due by its payment mode', async () => {
    const tasks = await t.db.query<{
      payment_mode: string;
      disbursed: string;
      due: string;
      assignee: string | null;
    }>(
      `select l.payment_mode, l.disbursement_date::text as disbursed, t.due_date::text as due,
              t.assignee_id::text as assignee
         from inspection_task t join loan l on l.id = t.loan_id
        where t.kind = 'first' order by l.loan_no`,
    );
    const modes = tasks.map((r) => r.payment_mode);
    expect(modes).toContain('self');
    expect(modes).toContain('entrusted');
    for (const r of tasks) {
      const days = r.payment_mode === 'self' ? 3 : 7;
      expect(r.due).toBe(addDays(parseLocalDate(r.disbursed), days));
      expect(r.due > START).toBe(true);
      expect(r.assignee).not.toBeNull();
    }
  });
});
