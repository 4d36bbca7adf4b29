import {
  DEFAULT_SERVICING,
  type Fen,
  generateSchedule,
  type LocalDate,
  parseLoanTerms,
  parseYuan,
  replayLoan,
} from '@daihou/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBranch,
  listBranches,
  listBranchSubtree,
  loadBranchTree,
} from '../src/repositories/branch.repo';
import { findContract, findContractByNo } from '../src/repositories/contract.repo';
import { findCustomer, findCustomerByNo } from '../src/repositories/customer.repo';
import {
  findLoan,
  findLoanByNo,
  loadLoanForUpdate,
  loadLoanWithLedger,
  saveLedger,
} from '../src/repositories/loan.repo';
import { appendLoanEvent, listLoanEvents } from '../src/repositories/loan-event.repo';
import { createProduct, findProduct, loadServicingSettings } from '../src/repositories/product.repo';
import {
  findRepaymentByIdempotencyKey,
  insertAllocations,
  insertRepayment,
  listAllocations,
  listRepaymentsByLoan,
} from '../src/repositories/repayment.repo';
import { findUserById, findUserByUsername } from '../src/repositories/user.repo';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { type SeededLoan, seedLoan, WORKED_EXAMPLE_TERMS } from './fixtures';

const d = (s: string) => s as LocalDate;
const yuan = (s: string) => parseYuan(s);

describe.each(testEngines())('repositories on %s', (engine) => {
  let t: TestDatabase;
  let seeded: SeededLoan;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    seeded = await seedLoan(t.db);
  });
  afterAll(() => t.dispose());

  it('keeps the branch tree and finds a subtree by path prefix', async () => {
    const { db } = t;
    await createBranch(db, { id: 'A', parentId: 'HQ', name: 'A 分行', level: 'branch' });
    await createBranch(db, { id: 'A_1', parentId: 'A', name: 'A_1 支行', level: 'sub_branch' });
    await createBranch(db, { id: 'AB', parentId: 'HQ', name: 'AB 分行', level: 'branch' });
    await createBranch(db, { id: 'AB1', parentId: 'AB', name: 'AB1 支行', level: 'sub_branch' });
    expect((await listBranches(db)).map((b) => b.path)).toEqual([
      '/HQ/',
      '/HQ/A/',
      '/HQ/A/A_1/',
      '/HQ/AB/',
      '/HQ/AB/AB1/',
    ]);
    // '/HQ/A/' must not match '/HQ/AB/' (a plain prefix on ids would), nor treat '_' as a wildcard.
    expect((await listBranchSubtree(db, '/HQ/A/')).map((b) => b.id)).toEqual(['A', 'A_1']);
    expect((await listBranchSubtree(db, '/HQ/A/A_1/')).map((b) => b.id)).toEqual(['A_1']);
    const [root] = await loadBranchTree(db);
    expect(root?.id).toBe('HQ');
    expect(root?.children.map((c) => [c.id, c.children.map((g) => g.id)])).toEqual([
      ['A', ['A_1']],
      ['AB', ['AB1']],
    ]);
    await expect(
      createBranch(db, { id: 'X/Y', parentId: 'HQ', name: 'bad', level: 'branch' }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'id' });
    await expect(
      createBranch(db, { id: 'Z', parentId: 'NOPE', name: 'orphan', level: 'branch' }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'parentId' });
  });

  it('round-trips users, customers and contracts', async () => {
    const { db } = t;
    const user = await findUserByUsername(db, 'officer.hq');
    expect(user).toEqual({
      id: seeded.user.id,
      username: 'officer.hq',
      displayName: '贷后管理岗',
      branchId: 'HQ',
      roles: ['post_loan_officer'],
      active: true,
      // Seeded with a password the user chose, not one an administrator set (migration 0008).
      mustChangePassword: false,
    });
    expect(await findUserById(db, seeded.user.id)).toEqual(user);
    expect(await findUserByUsername(db, 'nobody')).toBeNull();
    expect(await findCustomer(db, seeded.customer.id)).toEqual(seeded.customer);
    expect(await findCustomerByNo(db, seeded.customer.customerNo)).toEqual(seeded.customer);
    expect(seeded.customer).toMatchObject({ customerType: 'individual', managerId: seeded.user.id });
    expect(await findContract(db, seeded.contract.id)).toEqual(seeded.contract);
    expect(await findContractByNo(db, seeded.contract.contractNo)).toEqual(seeded.contract);
    expect(seeded.contract.amount).toBe(12_000_000);
  });

  it('loads a product as ServicingSettings, with schema defaults equal to the RULES.md defaults', async () => {
    const { db } = t;
    const standard = await loadServicingSettings(db, 'standard');
    expect({ ...standard, penaltyUplift: undefined, prepaymentFeeRate: undefined }).toEqual({
      ...DEFAULT_SERVICING,
      penaltyUplift: undefined,
      prepaymentFeeRate: undefined,
    });
    expect(standard.penaltyUplift.n * 2n).toBe(standard.penaltyUplift.d);
    expect(standard.prepaymentFeeRate.n).toBe(0n);

    const custom = await createProduct(db, {
      code: 'sme',
      name: '小微经营贷',
      penaltyUplift: '0.3',
      graceDays: 3,
      dayBasis: 365,
      waterfallOrder: ['principal', 'interest', 'fee', 'compound', 'penalty'],
      prepaymentFeeRate: '0.01',
      prepaymentFeeFreeDays: 90,
    });
    expect(await findProduct(db, 'sme')).toEqual(custom);
    expect(custom.settings).toMatchObject({
      graceDays: 3,
      dayBasis: 365,
      waterfallOrder: ['principal', 'interest', 'fee', 'compound', 'penalty'],
      prepaymentFeeFreeDays: 90,
    });
    expect(custom.settings.penaltyUplift.n * 10n).toBe(custom.settings.penaltyUplift.d * 3n);
    expect(custom.settings.prepaymentFeeRate.n * 100n).toBe(custom.settings.prepaymentFeeRate.d);
    await expect(loadServicingSettings(db, 'nope')).rejects.toMatchObject({ code: 'not_found' });
    await expect(createProduct(db, { code: 'bad', name: 'bad', penaltyUplift: '0.6' })).rejects.toMatchObject(
      {
        code: 'bad_input',
        field: 'penaltyUplift',
      },
    );
  });

  it('creates a loan with its generated schedule and an untouched ledger', async () => {
    const { db } = t;
    const terms = parseLoanTerms(WORKED_EXAMPLE_TERMS);
    const schedule = generateSchedule(terms);
    const loaded = await loadLoanWithLedger(db, seeded.loan.id);
    expect(loaded?.loan).toEqual(seeded.loan);
    expect(await findLoan(db, seeded.loan.id)).toEqual(seeded.loan);
    expect(await findLoanByNo(db, seeded.loan.loanNo)).toEqual(seeded.loan);
    expect(seeded.loan).toMatchObject({
      status: 'active',
      accruedThrough: '2026-01-10',
      maturityDate: '2027-01-10',
      creditBalance: 0,
      principalOwed: 12_000_000,
      dpd: 0,
      bucket: 'M0',
      classification: 'normal',
    });
    expect(seeded.loan.terms).toMatchObject({
      principal: terms.principal,
      term: 12,
      method: 'equal_installment',
      frequency: 'monthly',
      disbursementDate: '2026-01-10',
    });
    expect(seeded.loan.terms.annualRate.n * terms.annualRate.d).toBe(
      terms.annualRate.n * seeded.loan.terms.annualRate.d,
    );
    expect(
      loaded?.ledger.installments.map((i) => [i.period, i.dueDate, i.principalDue, i.interestDue]),
    ).toEqual(schedule.map((s) => [s.period, s.dueDate, s.principal, s.interest]));
    expect(loaded?.ledger.creditBalance).toBe(0);
    expect(loaded?.ledger.accruedThrough).toBe('2026-01-10');
  });

  it('saves a ledger and loads it back identical, micro-fen beyond 2^53 included', async () => {
    const { db } = t;
    const { ledger } = replayLoan({
      terms: seeded.loan.terms,
      settings: seeded.settings,
      repayments: [
        { date: d('2026-02-10'), amount: yuan('10327.97') },
        { date: d('2026-03-10'), amount: yuan('10327.97') },
        { date: d('2026-05-20'), amount: yuan('5000.00') },
        { date: d('2026-05-21'), amount: yuan('1.00') },
      ],
      asOf: d('2026-06-30'),
    });
    const huge = 2n ** 60n + 7n;
    const stored = {
      ...ledger,
      creditBalance: 12_345 as Fen,
      installments: ledger.installments.map((i, k) => (k === 11 ? { ...i, compoundMicro: huge } : i)),
    };
    await db.transaction(async (tx) => {
      expect(await loadLoanForUpdate(tx, seeded.loan.id)).not.toBeNull();
      await saveLedger(tx, seeded.loan.id, stored, {
        status: 'active',
        principalOwed: 9_609_860 as Fen,
        dpd: 81,
        bucket: 'M3',
        classification: 'special_mention',
        classRule: 'dpd>0',
      });
    });
    const loaded = await loadLoanWithLedger(db, seeded.loan.id);
    expect(loaded?.ledger).toEqual(stored);
    expect(loaded?.ledger.installments[11]?.compoundMicro).toBe(huge);
    expect(loaded?.loan).toMatchObject({
      accruedThrough: '2026-06-30',
      creditBalance: 12_345,
      principalOwed: 9_609_860,
      dpd: 81,
      bucket: 'M3',
      classification: 'special_mention',
      classRule: 'dpd>0',
    });

    // Without DPD, bucket and class the end-of-day fields are left as they are.
    await db.transaction(async (tx) => {
      await loadLoanForUpdate(tx, seeded.loan.id);
      await saveLedger(tx, seeded.loan.id, ledger, { status: 'active', principalOwed: 9_609_860 as Fen });
    });
    const again = await loadLoanWithLedger(db, seeded.loan.id);
    expect(again?.ledger).toEqual(ledger);
    expect(again?.loan).toMatchObject({ dpd: 81, bucket: 'M3', classification: 'special_mention' });
  });

  it('stores exactly the ledger installments: a prepayment one added, replaced ones removed', async () => {
    const { db } = t;
    const other = await seedLoan(db);
    const loaded = (await loadLoanWithLedger(db, other.loan.id))!;
    const [first, second] = loaded.ledger.installments;
    // As a payoff on 2026-02-20 would leave it: installment 1 paid, one prepayment installment, no others.
    const paidFirst = { ...first!, principalPaid: first!.principalDue, interestPaid: first!.interestDue };
    const prepaymentInstallment = {
      ...second!,
      period: 1001,
      kind: 'prepayment' as const,
      dueDate: d('2026-02-20'),
      principalDue: 11_027_203 as Fen,
      interestDue: 18_379 as Fen,
      feeDue: 100 as Fen,
      principalPaid: 11_027_203 as Fen,
      interestPaid: 18_379 as Fen,
      feePaid: 100 as Fen,
    };
    const ledger = {
      ...loaded.ledger,
      accruedThrough: d('2026-02-19'),
      installments: [paidFirst, prepaymentInstallment],
    };
    await db.transaction(async (tx) => {
      await loadLoanForUpdate(tx, other.loan.id);
      await saveLedger(tx, other.loan.id, ledger, { status: 'settled', principalOwed: 0 as Fen });
    });
    const back = await loadLoanWithLedger(db, other.loan.id);
    expect(back?.ledger).toEqual(ledger);
    expect(back?.loan.status).toBe('settled');

    // Dropping an installment with money on it would make money vanish: refused, nothing changed.
    await expect(
      db.transaction(async (tx) => {
        await loadLoanForUpdate(tx, other.loan.id);
        await saveLedger(
          tx,
          other.loan.id,
          { ...ledger, installments: [prepaymentInstallment] },
          {
            status: 'active',
            principalOwed: 0 as Fen,
          },
        );
      }),
    ).rejects.toThrow(/drops installments 1 /);
    expect((await loadLoanWithLedger(db, other.loan.id))?.ledger).toEqual(ledger);
  });

  it('refuses to read an amount beyond the safe-integer range instead of rounding it', async () => {
    const other = await seedLoan(t.db);
    await t.db.query('update loan set credit_balance = 9007199254740993 where id = $1', [other.loan.id]);
    await expect(findLoan(t.db, other.loan.id)).rejects.toThrow(RangeError);
  });

  it('round-trips repayments with allocations in the CONTRACT.md repayments[] shape', async () => {
    const { db } = t;
    const loan = await seedLoan(db);
    const id = await db.transaction(async (tx) => {
      const repaymentId = await insertRepayment(
        tx,
        {
          loanId: loan.loan.id,
          repaymentNo: 'LS0001',
          idempotencyKey: 'key-1',
          requestHash: 'abc',
          valueDate: d('2026-02-10'),
          amount: yuan('10400.00'),
          toCreditBalance: yuan('72.03'),
          createdBy: 'officer.hq',
        },
        [
          { period: 1, component: 'interest', amount: yuan('600.00') },
          { period: 1, component: 'principal', amount: yuan('9727.97') },
        ],
      );
      await insertAllocations(tx, loan.loan.id, [
        {
          repaymentId: null,
          valueDate: d('2026-03-10'),
          period: 2,
          component: 'interest',
          amount: yuan('72.03'),
        },
      ]);
      return repaymentId;
    });
    const wholeCredit = await insertRepayment(
      db,
      {
        loanId: loan.loan.id,
        valueDate: d('2026-02-11'),
        amount: yuan('5.00'),
        toCreditBalance: yuan('5.00'),
      },
      [],
    );
    expect(await listRepaymentsByLoan(db, loan.loan.id)).toEqual([
      {
        id,
        date: '2026-02-10',
        amount: '10400.00',
        allocated: {
          penalty: '0.00',
          compound: '0.00',
          interest: '600.00',
          principal: '9727.97',
          fee: '0.00',
        },
        toCreditBalance: '72.03',
      },
      {
        id: wholeCredit,
        date: '2026-02-11',
        amount: '5.00',
        allocated: { penalty: '0.00', compound: '0.00', interest: '0.00', principal: '0.00', fee: '0.00' },
        toCreditBalance: '5.00',
      },
    ]);
    expect(await findRepaymentByIdempotencyKey(db, 'key-1')).toMatchObject({
      id,
      loanId: loan.loan.id,
      repaymentNo: 'LS0001',
      requestHash: 'abc',
      amount: 1_040_000,
      toCreditBalance: 7_203,
      status: 'booked',
      source: 'manual',
      createdBy: 'officer.hq',
      allocated: { penalty: 0, compound: 0, fee: 0, interest: 60_000, principal: 972_797 },
    });
    expect(await findRepaymentByIdempotencyKey(db, 'key-2')).toBeNull();
    expect((await listAllocations(db, loan.loan.id)).map((a) => [a.repaymentId, a.period, a.amount])).toEqual(
      [
        [id, 1, 60_000],
        [id, 1, 972_797],
        [null, 2, 7_203],
      ],
    );
  });

  it('appends loan events and lists them in order', async () => {
    const { db } = t;
    await appendLoanEvent(db, {
      loanId: seeded.loan.id,
      businessDate: d('2026-02-11'),
      eventType: 'bucket',
      oldValue: 'M0',
      newValue: 'M1',
      rule: 'dpd=1',
      actor: 'system',
    });
    await appendLoanEvent(db, {
      loanId: seeded.loan.id,
      businessDate: d('2026-02-10'),
      eventType: 'repayment',
      newValue: '10.00',
      actor: 'officer.hq',
      payload: { amount: '10.00', lines: [{ period: 1 }] },
    });
    const events = await listLoanEvents(db, seeded.loan.id);
    expect(events.map((e) => [e.businessDate, e.eventType, e.oldValue, e.newValue, e.rule, e.actor])).toEqual(
      [
        ['2026-02-10', 'repayment', null, '10.00', null, 'officer.hq'],
        ['2026-02-11', 'bucket', 'M0', 'M1', 'dpd=1', 'system'],
      ],
    );
    expect(events[0]?.payload).toEqual({ amount: '10.00', lines: [{ period: 1 }] });
    expect(events[1]?.payload).toBeNull();
    expect(events[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });
});
