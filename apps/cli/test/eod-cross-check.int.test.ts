import { runEndOfDayThrough } from '@daihou/batch';
import {
  accrualFactor,
  addDays,
  advanceLedger,
  type Fen,
  type LocalDate,
  parseLocalDate,
  replayTimeline,
  snapshot,
} from '@daihou/core';
import { initBusinessDate, loadLoanWithLedger, loadServicingSettings } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/demo-loader';

const START = parseLocalDate('2026-11-22');
const DAYS = 45;
const LAST = addDays(START, DAYS - 1);

/**
 * Issue #3's cross-check: after N business days of end of day over a demo book (every method, every
 * bucket and class, late, partial and stopped payers), a random sample of loans has exactly the state
 * `daihou simulate` (the core timeline) gives for the same history.
 */
describe.each(testEngines())('end of day cross-checked against simulate on a demo book (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await initBusinessDate(t.db, START);
    await loadDemo(t.db, { customers: 150, seed: 11, businessDate: START });
    const days = await runEndOfDayThrough(t.db, LAST);
    expect(days.map((d) => d.status)).toEqual(Array(DAYS).fill('completed'));
  }, 300_000);
  afterAll(() => t.dispose());

  it('matches the core timeline for a random sample of loans', async () => {
    const ids = await t.db.query<{ id: string }>(
      "select id::text as id from loan order by md5(id::text || 'sample') limit 60",
    );
    const settings = await loadServicingSettings(t.db, 'standard');
    let compared = 0;
    for (const { id } of ids) {
      const stored = await loadLoanWithLedger(t.db, id);
      const repayments = await t.db.query<{ value_date: string; amount: string; id: string }>(
        'select value_date, amount, id::text as id from repayment where loan_id = $1 order by value_date, id',
        [id],
      );
      const { terms } = stored!.loan;
      const expected = replayTimeline({
        terms,
        settings,
        repayments: repayments.map((r) => ({
          date: r.value_date as LocalDate,
          amount: Number(r.amount) as Fen,
        })),
        asOf: LAST,
      });
      const caughtUp = advanceLedger(
        stored!.ledger,
        [],
        LAST,
        accrualFactor(terms.annualRate, settings),
        settings,
      );
      expect(caughtUp.ledger, `loan ${id}`).toEqual(expected.ledger);
      const row = (
        await t.db.query<{ own_classification: string; bucket: string; status: string }>(
          'select own_classification, bucket, status from loan where id = $1',
          [id],
        )
      )[0]!;
      expect({ class: row.own_classification, bucket: row.bucket, status: row.status }, `loan ${id}`).toEqual(
        {
          class: expected.decision.classification,
          bucket: snapshot(expected.ledger, LAST).bucket,
          status: expected.snapshot.status,
        },
      );
      compared++;
    }
    expect(compared).toBe(60);
  });
});
