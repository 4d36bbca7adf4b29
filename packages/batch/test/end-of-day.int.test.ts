import {
  accrualFactor,
  addDays,
  advanceLedger,
  type LocalDate,
  parseLoanTerms,
  parseLocalDate,
  parseServicingSettings,
  parseYuan,
  replayTimeline,
  snapshot,
} from '@daihou/core';
import {
  bookRepayment,
  getBusinessDate,
  initBusinessDate,
  listLoanEvents,
  loadLoanWithLedger,
} from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLoan, WORKED_EXAMPLE_TERMS } from '../../db/test/fixtures';
import { runEndOfDay, runEndOfDayThrough } from '../src/runner';

const d = (s: string): LocalDate => parseLocalDate(s);
const WORKED = [
  { date: '2026-02-10', amount: '10327.97' },
  { date: '2026-03-10', amount: '10327.97' },
  { date: '2026-05-20', amount: '5000.00' },
];

describe.each(testEngines())('end of day on %s', (engine) => {
  let t: TestDatabase;
  let loanId: string;
  let otherLoanId: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await initBusinessDate(t.db, d('2026-01-11'));
    loanId = (await seedLoan(t.db)).loan.id;
    otherLoanId = (await seedLoan(t.db, { ...WORKED_EXAMPLE_TERMS, principal: '60000.00', term: 6 })).loan.id;
    for (const r of WORKED) {
      const results = await runEndOfDayThrough(t.db, addDays(d(r.date), -1), { partitionSize: 1 });
      expect(results.every((x) => x.status === 'completed')).toBe(true);
      await bookRepayment(t.db, {
        loanId,
        date: r.date,
        amount: r.amount,
        idempotencyKey: `k-${r.date}`,
        actor: 'test',
      });
    }
    await runEndOfDayThrough(t.db, d('2026-06-30'), { partitionSize: 1 });
  });
  afterAll(() => t.dispose());

  it('moves the business date to the day after the last completed day', async () => {
    expect(await getBusinessDate(t.db)).toBe('2026-07-01');
  });

  it('gives the stored loan exactly the state and events simulate gives (cross-check)', async () => {
    const terms = parseLoanTerms(WORKED_EXAMPLE_TERMS);
    const settings = parseServicingSettings({});
    const expected = replayTimeline({
      terms,
      settings,
      repayments: WORKED.map((r) => ({ date: d(r.date), amount: parseYuan(r.amount) })),
      asOf: d('2026-06-30'),
    });
    const stored = await loadLoanWithLedger(t.db, loanId);
    // The stored ledger may lag (accrual is lazy between evaluations); brought to 06-30 it must be identical.
    const caughtUp = advanceLedger(
      stored!.ledger,
      [],
      d('2026-06-30'),
      accrualFactor(terms.annualRate, settings),
      settings,
    );
    expect(caughtUp.ledger).toEqual(expected.ledger);
    const snap = snapshot(caughtUp.ledger, d('2026-06-30'));
    expect(snap.dpd).toBe(81);
    expect(stored!.loan.bucket).toBe('M3');
    expect(stored!.loan.classification).toBe('special_mention');
    const events = (await listLoanEvents(t.db, loanId))
      .filter((e) => e.actor === 'eod')
      .map((e) => `${e.businessDate} ${e.eventType} ${e.oldValue}->${e.newValue} ${e.rule}`);
    expect(events).toEqual(expected.events.map((e) => `${e.date} ${e.kind} ${e.from}->${e.to} ${e.rule}`));
  });

  it('answers the state at the end of any past date with one query', async () => {
    const asOf = async (date: string) =>
      (
        await t.db.query<{ dpd: number; bucket: string; classification: string; principal_owed: string }>(
          `select case when oldest_unpaid_due < $2::date then $2::date - oldest_unpaid_due else 0 end as dpd,
                  classification, principal_owed,
                  case when oldest_unpaid_due is null or oldest_unpaid_due >= $2::date then 'M0'
                       when $2::date - oldest_unpaid_due > 180 then 'M7+'
                       else 'M' || ((($2::date - oldest_unpaid_due) - 1) / 30 + 1) end as bucket
             from loan_state_history where loan_id = $1 and valid_from <= $2 and valid_to > $2`,
          [loanId, date],
        )
      )[0];
    expect(await asOf('2026-06-30')).toMatchObject({
      dpd: 81,
      bucket: 'M3',
      classification: 'special_mention',
    });
    expect(await asOf('2026-04-20')).toMatchObject({
      dpd: 10,
      bucket: 'M1',
      classification: 'special_mention',
    });
    expect(await asOf('2026-05-15')).toMatchObject({ dpd: 35, bucket: 'M2', principal_owed: '10049542' });
    expect(await asOf('2026-05-20')).toMatchObject({ dpd: 40, bucket: 'M2', principal_owed: '9609860' });
  });

  it('the other loan, never paid, ages through the buckets on the right days', async () => {
    const events = (await listLoanEvents(t.db, otherLoanId)).filter((e) => e.eventType === 'bucket');
    expect(events.map((e) => `${e.businessDate} ${e.newValue}`)).toEqual([
      '2026-02-11 M1',
      '2026-03-13 M2',
      '2026-04-12 M3',
      '2026-05-12 M4',
      '2026-06-11 M5',
    ]);
  });

  it('running a finished day again changes nothing', async () => {
    const before = await t.db.query('select * from loan order by id');
    const eventsBefore = await t.db.query('select count(*) as n from loan_event');
    const again = await runEndOfDay(t.db, d('2026-06-30'));
    expect(again.status).toBe('already-completed');
    expect(await t.db.query('select * from loan order by id')).toEqual(before);
    expect(await t.db.query('select count(*) as n from loan_event')).toEqual(eventsBefore);
  });

  it('refuses a date other than the current business date, naming the field', async () => {
    await expect(runEndOfDay(t.db, d('2026-07-05'))).rejects.toMatchObject({
      code: 'bad_input',
      field: 'date',
    });
    await expect(runEndOfDay(t.db, d('2025-06-01'))).rejects.toMatchObject({ code: 'bad_input' });
    expect((await runEndOfDay(t.db, d('2026-06-01'))).status).toBe('already-completed');
  });

  it('a loan that makes its step throw fails its partition only; the run resumes once it is fixed', async () => {
    await t.db.query('update loan set annual_rate = 99, next_check_date = $2 where id = $1', [
      otherLoanId,
      '2026-07-01',
    ]);
    await t.db.query('update loan set next_check_date = $2 where id = $1', [loanId, '2026-07-01']);
    const failed = await runEndOfDay(t.db, d('2026-07-01'), { partitionSize: 1 });
    expect(failed.status).toBe('failed');
    expect(failed.failures).toEqual([expect.objectContaining({ loanId: otherLoanId })]);
    expect(await getBusinessDate(t.db)).toBe('2026-07-01');
    const good = await loadLoanWithLedger(t.db, loanId);
    expect(good!.loan.accruedThrough).toBe('2026-07-01'); // its partition completed
    await t.db.query('update loan set annual_rate = 6 where id = $1', [otherLoanId]);
    const resumed = await runEndOfDay(t.db, d('2026-07-01'), { partitionSize: 1 });
    expect(resumed.status).toBe('completed');
    expect(await getBusinessDate(t.db)).toBe('2026-07-02');
  });

  it('picks up a loan that received money the same night', async () => {
    const date = await getBusinessDate(t.db);
    await bookRepayment(t.db, {
      loanId: otherLoanId,
      date,
      amount: '70000.00',
      idempotencyKey: 'big',
      actor: 'test',
    });
    const r = await runEndOfDay(t.db, date);
    expect(r.status).toBe('completed');
    const loan = await loadLoanWithLedger(t.db, otherLoanId);
    // Everything overdue is paid; the last installment (due 2026-07-10) waits for the credit balance.
    expect(loan!.loan.bucket).toBe('M0');
    expect(loan!.loan.creditBalance).toBeGreaterThan(0);
    const events = await listLoanEvents(t.db, otherLoanId);
    expect(
      events.filter((e) => e.businessDate === date && e.eventType === 'bucket').map((e) => e.newValue),
    ).toEqual(['M0']);
  });
});

describe.each(testEngines().filter((e) => e === 'postgres'))('the end-of-day lock on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await initBusinessDate(t.db, d('2026-07-02'));
  });
  afterAll(() => t.dispose());

  it.runIf(engine === 'postgres')(
    'refuses to run while another session holds the end-of-day lock',
    async () => {
      const release = await t.db.tryAdvisoryLock(424202);
      expect(release).not.toBeNull();
      try {
        const { connect } = await import('@daihou/db');
        const other = await connect({ databaseUrl: t.url });
        await expect(runEndOfDay(other, d('2026-07-02'))).rejects.toMatchObject({ code: 'eod_locked' });
        await other.close();
      } finally {
        await release!();
      }
    },
  );
});
