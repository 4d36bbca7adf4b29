import { addDays, type LocalDate, parseLocalDate } from '@daihou/core';
import {
  bookRepayment,
  connect,
  type Database,
  getBusinessDate,
  initBusinessDate,
  listRepaymentTotals,
  loadLoanWithLedger,
} from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLoan } from '../../db/test/fixtures';
import { runEndOfDay, runEndOfDayThrough } from '../src/runner';

const d = (s: string): LocalDate => parseLocalDate(s);
const INSTALMENT = '10327.97';

/** Sessions of this database waiting for a heavyweight lock (a row lock or the end-of-day lock). */
async function lockWaiters(db: Database): Promise<number> {
  const [r] = await db.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return r!.n;
}

async function untilWaiting(db: Database, n: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await lockWaiters(db)) >= n) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`fewer than ${n} sessions waiting for a lock`);
}

/** A session of its own that holds the loan's row, as a booking in flight does. */
async function holdLoanRow(url: string, loanId: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('begin');
  await client.query('select id from loan where id = $1 for update', [loanId]);
  return async () => {
    await client.query('commit');
    await client.end();
  };
}

// Real concurrent transactions need PostgreSQL: PGlite is one connection, so there a booking and a
// partition never overlap.
describe.skipIf(!testEngines().includes('postgres'))(
  'repayments booked during end of day on postgres',
  () => {
    const engine = 'postgres' as const;
    let t: TestDatabase;
    let db: Database;
    let loanId: string;
    let otherId: string;

    beforeAll(async () => {
      t = await createTestDatabase(engine);
      // Bookings and end of day on separate pools, as the server and the batch are.
      db = await connect({ databaseUrl: t.url! });
      await initBusinessDate(t.db, d('2026-01-11'));
      loanId = (await seedLoan(t.db)).loan.id;
      otherId = (await seedLoan(t.db)).loan.id;
      await runEndOfDayThrough(t.db, d('2026-02-09'));
    });
    afterAll(async () => {
      await db.close();
      await t.dispose();
    });

    it('a booking that has the loan before its partition is in that night: value date today, no DPD', async () => {
      const today = await getBusinessDate(t.db);
      expect(today).toBe('2026-02-10');
      const release = await holdLoanRow(t.url!, loanId);
      const booking = bookRepayment(db, {
        loanId,
        date: today,
        amount: INSTALMENT,
        idempotencyKey: 'first',
        actor: 't',
      });
      await untilWaiting(t.db, 1);
      const night = runEndOfDay(t.db, today);
      await untilWaiting(t.db, 2);
      await release();
      const [booked, run] = await Promise.all([booking, night]);
      expect(booked.date).toBe(today);
      expect(run.status).toBe('completed');
      const loan = (await loadLoanWithLedger(t.db, loanId))!;
      expect(loan.ledger.installments[0]!.principalPaid).toBe(loan.ledger.installments[0]!.principalDue);
      expect(loan.loan.dpd).toBe(0);
    });

    it('a booking that reaches the loan after its partition closed the day waits for the run and is booked on the next business date', async () => {
      await runEndOfDayThrough(t.db, d('2026-03-09'));
      const today = await getBusinessDate(t.db);
      expect(today).toBe('2026-03-10');
      // Another loan of the same partition, with money in today, is one the partition must evaluate: a
      // booking in flight on it holds the partition up, as a slow partition would.
      await bookRepayment(db, {
        loanId: otherId,
        date: today,
        amount: '1.00',
        idempotencyKey: 'other',
        actor: 't',
      });
      const release = await holdLoanRow(t.url!, otherId);
      const night = runEndOfDay(t.db, today);
      await untilWaiting(t.db, 1);
      const request = { loanId, date: today, amount: INSTALMENT, idempotencyKey: 'second', actor: 't' };
      const booking = bookRepayment(db, request);
      await untilWaiting(t.db, 2);
      await release();
      const [booked, run] = await Promise.all([booking, night]);
      expect(run.status).toBe('completed');
      const tomorrow = addDays(today, 1);
      expect(booked.date).toBe(tomorrow);
      expect(await getBusinessDate(t.db)).toBe(tomorrow);
      // The day that closed without the money shows the installment unpaid at its end …
      const history = await t.db.query<{ oldest: string | null }>(
        `select oldest_unpaid_due::text as oldest from loan_state_history
        where loan_id = $1 and valid_from <= $2 and valid_to > $2`,
        [loanId, today],
      );
      expect(history[0]?.oldest).toBe('2026-03-10');
      // … the money is booked once, on the next day, and a retry with the same key gets that booking.
      const again = await bookRepayment(db, request);
      expect(again).toEqual(booked);
      const repayments = await listRepaymentTotals(t.db, loanId);
      expect(repayments.filter((r) => r.idempotencyKey === 'second')).toHaveLength(1);
      expect((await runEndOfDay(t.db, tomorrow)).status).toBe('completed');
      const loan = (await loadLoanWithLedger(t.db, loanId))!;
      expect(loan.ledger.installments[1]!.principalPaid).toBe(loan.ledger.installments[1]!.principalDue);
      expect(loan.loan.dpd).toBe(0);
    });

    it('a run that does not finish within the wait: refused as a rule violation, nothing written', async () => {
      const today = await getBusinessDate(t.db);
      // A run holding the lock whose partition already closed this loan's day.
      const release = await t.db.tryAdvisoryLock(424202);
      await t.db.query('update loan set accrued_through = $2 where id = $1', [loanId, today]);
      try {
        const before = (await listRepaymentTotals(t.db, loanId)).length;
        await expect(
          bookRepayment(
            db,
            { loanId, date: today, amount: '1.00', idempotencyKey: 'third', actor: 't' },
            { endOfDayWaitMillis: 200 },
          ),
        ).rejects.toMatchObject({ code: 'rule_violation', field: 'date' });
        expect((await listRepaymentTotals(t.db, loanId)).length).toBe(before);
      } finally {
        await release!();
      }
    });
  },
);
