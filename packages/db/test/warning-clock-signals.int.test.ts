import { addDays, type LocalDate } from '@daihou/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findWarning, listWarnings, runWarningsAndCollection } from '../src/index';
import { ALL_BRANCHES } from '../src/repositories/access-scope';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { startsEndingOn } from '../src/warnings/warning-raising';
import { onBusinessDate, type SeededLoan, seedLoan } from './fixtures';

// RULES.md §11 clock and security signals raised by end of day (docs/domain/warnings-and-collection.md).
// Every seeded loan is the worked example: 12 monthly installments from 2026-01-10, last due and maturity
// 2027-01-10, so the limitation period ends 2030-01-10 and the guarantee period 2027-07-10.

const d = (s: string) => s as LocalDate;

async function openWarnings(
  db: Database,
  loanId: string,
  code: string,
): Promise<{ raised_on: string; evidence: Record<string, unknown> }[]> {
  const rows = await db.query<{ raised_on: string; evidence: string }>(
    `select raised_on::text as raised_on, evidence::text as evidence from warning
      where loan_id = $1 and code = $2 and status in ('raised', 'confirmed')`,
    [loanId, code],
  );
  return rows.map((r) => ({ raised_on: r.raised_on, evidence: JSON.parse(r.evidence) }));
}

async function guarantee(
  db: Database,
  loan: SeededLoan,
  idNumber: string,
  amount: number,
  netWorth: number | null,
): Promise<string> {
  const [g] = await db.query<{ id: string }>(
    `insert into guarantee (contract_id, guarantor_name, guarantor_id_type, guarantor_id_number, guarantee_type,
                            amount, net_worth, start_date, end_date)
     values ($1, $2, 'resident_id', $3, 'joint_several', $4, $5, '2026-01-10', '2027-07-10')
     returning id::text as id`,
    [loan.contract.id, `保证人${idNumber}`, idNumber, amount, netWorth],
  );
  return g!.id;
}

async function demand(db: Database, loan: SeededLoan, on: string, guaranteeId: string | null = null) {
  await db.query(
    `insert into recovery_demand (loan_id, branch_id, target, guarantee_id, kind, made_on, channel, evidence, actor)
     values ($1, 'HQ', $2, $3, 'demand', $4, 'registered_mail', 'EMS 回执', 'officer.hq')`,
    [loan.loan.id, guaranteeId === null ? 'borrower' : 'guarantor', guaranteeId, on],
  );
}

const eod = (db: Database, date: string) => db.transaction((tx) => runWarningsAndCollection(tx, d(date)));

describe('startsEndingOn', () => {
  it('finds every start whose clamped end is the day', () => {
    expect(startsEndingOn(d('2030-01-10'), 36)).toEqual(['2027-01-10']);
    // 2027-02-28 + 36 months is 2030-02-28; so are 2027-02-28 … only: 2027 has no 02-29.
    expect(startsEndingOn(d('2030-02-28'), 36)).toEqual(['2027-02-28']);
    // Six months after 08-28 … 08-31 are all 02-28.
    expect(startsEndingOn(d('2027-02-28'), 6)).toEqual([
      '2026-08-28',
      '2026-08-29',
      '2026-08-30',
      '2026-08-31',
    ]);
    expect(startsEndingOn(d('2027-02-27'), 6)).toEqual(['2026-08-27']);
  });
});

describe.each(testEngines())('clock and security signals on %s', (engine) => {
  let t: TestDatabase;
  let db: Database;
  const loans: SeededLoan[] = [];
  const loan = (i: number) => loans[i]!;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    db = t.db;
    await onBusinessDate(db, '2026-02-11');
    for (let i = 0; i < 9; i++) loans.push(await seedLoan(db));
    // Long past due and never evaluated since: only the clocks and the security make them candidates.
    await db.query(
      `update loan set oldest_unpaid_due = '2026-12-10', evaluated_on = '2026-12-31' where id = any($1::bigint[])`,
      [loans.map((l) => l.loan.id)],
    );
  }, 120_000);
  afterAll(() => t.dispose());

  it('guarantee period: raised at 60 days left with no demand, once; not at 61, not when demanded', async () => {
    const g0 = await guarantee(db, loan(0), '110101199001010001', 1000_00, null);
    const g1 = await guarantee(db, loan(1), '110101199001010002', 1000_00, null);
    await demand(db, loan(1), '2027-02-01', g1);
    // 61 days before 2027-07-10.
    await onBusinessDate(db, '2027-05-10');
    await eod(db, '2027-05-10');
    expect(await openWarnings(db, loan(0).loan.id, 'guarantee_period_ending')).toEqual([]);
    await onBusinessDate(db, '2027-05-11');
    expect((await eod(db, '2027-05-11')).warningsRaised).toBeGreaterThanOrEqual(1);
    expect(await openWarnings(db, loan(0).loan.id, 'guarantee_period_ending')).toEqual([
      {
        raised_on: '2027-05-11',
        evidence: {
          maturityDate: '2027-01-10',
          months: 6,
          guarantees: [
            {
              guaranteeId: g0,
              guarantorName: '保证人110101199001010001',
              endsOn: '2027-07-10',
              daysLeft: 60,
            },
          ],
        },
      },
    ]);
    // The guarantor of loan 1 was demanded within the period: preserved, nothing to warn of.
    expect(await openWarnings(db, loan(1).loan.id, 'guarantee_period_ending')).toEqual([]);
    // Again the same day, and the next day: not raised again while open.
    expect((await eod(db, '2027-05-11')).warningsRaised).toBe(0);
    await onBusinessDate(db, '2027-05-12');
    await eod(db, '2027-05-12');
    expect(await openWarnings(db, loan(0).loan.id, 'guarantee_period_ending')).toHaveLength(1);
  });

  it('limitation: raised 90 days before the end once; a demand on the borrower restarts it', async () => {
    await demand(db, loan(3), '2028-03-01');
    // 91 days before 2030-01-10: nothing.
    await onBusinessDate(db, '2029-10-11');
    await eod(db, '2029-10-11');
    expect(await openWarnings(db, loan(2).loan.id, 'limitation_ending')).toEqual([]);
    await onBusinessDate(db, '2029-10-12');
    await eod(db, '2029-10-12');
    expect(await openWarnings(db, loan(2).loan.id, 'limitation_ending')).toEqual([
      {
        raised_on: '2029-10-12',
        evidence: {
          lastDueDate: '2027-01-10',
          startsOn: '2027-01-10',
          endsOn: '2030-01-10',
          daysLeft: 90,
          restartedBy: null,
        },
      },
    ]);
    // Loan 3's demand of 2028-03-01 restarted its period: it ends 2031-03-01.
    expect(await openWarnings(db, loan(3).loan.id, 'limitation_ending')).toEqual([]);
    expect((await eod(db, '2029-10-12')).warningsRaised).toBe(0);
    // Found again by the demand's date when the restarted period is 90 days from its end.
    const day = addDays(d('2031-03-01'), -90);
    await onBusinessDate(db, addDays(day, -1));
    await eod(db, addDays(day, -1));
    expect(await openWarnings(db, loan(3).loan.id, 'limitation_ending')).toEqual([]);
    await onBusinessDate(db, day);
    await eod(db, day);
    expect(await openWarnings(db, loan(3).loan.id, 'limitation_ending')).toMatchObject([
      {
        evidence: {
          startsOn: '2028-03-01',
          endsOn: '2031-03-01',
          restartedBy: { date: '2028-03-01', kind: 'demand' },
        },
      },
    ]);
    expect(await openWarnings(db, loan(2).loan.id, 'limitation_ending')).toHaveLength(1);
    // The board lists them by code, red, and a warning's page carries the evidence.
    const board = await listWarnings(db, ALL_BRANCHES, { code: 'limitation_ending', page: 1, pageSize: 20 });
    expect(board.items.every((w) => w.level === 'red')).toBe(true);
    const mine = board.items.find((w) => w.loanId === loan(3).loan.id);
    expect(JSON.parse((await findWarning(db, ALL_BRANCHES, mine!.id))!.evidence)).toMatchObject({
      endsOn: '2031-03-01',
      daysLeft: 90,
    });
  });

  it('collateral: insurance or registration expiring in 30 days raised once; 31 days not', async () => {
    const add = (l: SeededLoan, insurance: string | null, registration: string | null) =>
      db.query(
        `insert into collateral (contract_id, collateral_type, description, value, valuation_date,
                                 insurance_expiry, registration_expiry)
         values ($1, 'vehicle', '轿车', 20000000, '2026-01-05', $2, $3)`,
        [l.contract.id, insurance, registration],
      );
    await add(loan(4), '2031-06-30', null);
    await add(loan(5), null, '2031-06-30');
    await add(loan(6), '2031-07-01', '2031-07-01');
    await onBusinessDate(db, '2031-05-31');
    await eod(db, '2031-05-31');
    expect(await openWarnings(db, loan(4).loan.id, 'collateral_expiring')).toMatchObject([
      {
        raised_on: '2031-05-31',
        evidence: { items: [{ kind: 'insurance', expiresOn: '2031-06-30', daysLeft: 30 }] },
      },
    ]);
    expect(await openWarnings(db, loan(5).loan.id, 'collateral_expiring')).toMatchObject([
      { evidence: { items: [{ kind: 'registration', expiresOn: '2031-06-30', daysLeft: 30 }] } },
    ]);
    expect(await openWarnings(db, loan(6).loan.id, 'collateral_expiring')).toEqual([]);
    expect((await eod(db, '2031-05-31')).warningsRaised).toBe(0);
    await onBusinessDate(db, '2031-06-01');
    await eod(db, '2031-06-01');
    // Loan 6 reaches 30 days now; loan 4 is not raised a second time.
    expect(await openWarnings(db, loan(6).loan.id, 'collateral_expiring')).toMatchObject([
      { evidence: { items: [{ kind: 'insurance' }, { kind: 'registration' }] } },
    ]);
    expect(await openWarnings(db, loan(4).loan.id, 'collateral_expiring')).toHaveLength(1);
  });

  it('guarantor exposure: above the net worth raised once on each loan; equal to it not, until it grows', async () => {
    // Guarantor X (net worth ¥1,000) guarantees ¥600 + ¥500; guarantor Y (net worth ¥1,100) the same.
    const x = '110101199001019001';
    const y = '110101199001019002';
    await guarantee(db, loan(7), x, 600_00, 1000_00);
    await guarantee(db, loan(8), x, 500_00, 1000_00);
    await guarantee(db, loan(7), y, 600_00, 1100_00);
    const gy = await guarantee(db, loan(8), y, 500_00, 1100_00);
    await onBusinessDate(db, '2031-06-02');
    await eod(db, '2031-06-02');
    for (const l of [loan(7), loan(8)]) {
      const w = await openWarnings(db, l.loan.id, 'guarantor_exposure');
      expect(w).toHaveLength(1);
      expect(w[0]!.evidence).toMatchObject({
        guarantors: [{ guarantorName: `保证人${x}`, netWorth: 1000_00, exposure: 1100_00, guarantees: 2 }],
      });
    }
    expect((await eod(db, '2031-06-02')).warningsRaised).toBe(0);
    // A head dismissed them; then Y guarantees one fen more (on loan 6, no net worth recorded there): the
    // new guarantee has every loan Y guarantees weighed again, and both loans show Y above its net worth.
    await db.query(
      `update warning set status = 'dismissed', decided_by = 'risk', decision_reason = '已核实'
        where code = 'guarantor_exposure'`,
    );
    await guarantee(db, loan(6), y, 1, null);
    await onBusinessDate(db, '2031-06-03');
    await eod(db, '2031-06-03');
    expect(await openWarnings(db, loan(7).loan.id, 'guarantor_exposure')).toHaveLength(1);
    expect(await openWarnings(db, loan(6).loan.id, 'guarantor_exposure')).toEqual([]);
    const w8 = await openWarnings(db, loan(8).loan.id, 'guarantor_exposure');
    expect(w8[0]!.evidence).toMatchObject({
      guarantors: [
        { guarantorName: `保证人${x}`, exposure: 1100_00 },
        { guaranteeId: gy, guarantorName: `保证人${y}`, netWorth: 1100_00, exposure: 1100_01, guarantees: 3 },
      ],
    });
    // Nothing new written since: the guarantors are not weighed again.
    await onBusinessDate(db, '2031-06-04');
    expect((await eod(db, '2031-06-04')).warningsRaised).toBe(0);
  });
});
