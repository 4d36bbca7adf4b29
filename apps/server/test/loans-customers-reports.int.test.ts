import { portfolioSummary } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

const RAW_ID_NUMBERS = ['110101199003071234', '110101198512120021', '310101197706060033'];
const RAW_PHONES = ['13812345678', '13900001111', '13700002222'];

describe.each(testEngines())('loans, customers and reports on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    for (const u of ['officer.a', 'risk.head', 'manager.b', 'auditor'] as const)
      cookies.set(u, await login(app, u));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = async (user: Username, url: string) => {
    const res = await call(app, { url, cookie: cookies.get(user) });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };
  const loanNos = async (user: Username, query: string) =>
    ((await get(user, `/api/v1/loans?${query}`)).items as { loanNo: string }[]).map((i) => i.loanNo);

  it('lists the loans of the caller’s subtree in the CONTRACT.md shape', async () => {
    const body = await get('officer.a', '/api/v1/loans');
    expect(body.total).toBe(2);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(50);
    expect(body.items[0]).toMatchObject({
      id: bank.loans.a1.id,
      loanNo: 'JJ001',
      customerName: '张建华',
      branchId: 'A01',
      managerId: bank.userIds['manager.a'],
      managerName: '用户manager.a',
      principalOwed: '120000.00',
      dpd: 0,
      bucket: 'M0',
      classification: 'normal',
      status: 'active',
    });
  });

  it('names each loan’s account manager, and gives null for a loan without one', async () => {
    const names = async () =>
      (
        (await get('risk.head', '/api/v1/loans')).items as { loanNo: string; managerName: string | null }[]
      ).map((i) => [i.loanNo, i.managerName]);
    expect(await names()).toEqual([
      ['JJ001', '用户manager.a'],
      ['JJ002', '用户manager.a'],
      ['JJ003', '用户manager.b'],
    ]);
    await t.db.query('update loan set manager_id = null where id = $1::bigint', [bank.loans.a2.id]);
    try {
      expect(await names()).toEqual([
        ['JJ001', '用户manager.a'],
        ['JJ002', null],
        ['JJ003', '用户manager.b'],
      ]);
      // The one-loan read (the loan page) joins the same way.
      expect(await get('risk.head', `/api/v1/loans/${bank.loans.a2.id}`)).toMatchObject({
        managerId: null,
        managerName: null,
      });
    } finally {
      await t.db.query('update loan set manager_id = $2::bigint where id = $1::bigint', [
        bank.loans.a2.id,
        bank.userIds['manager.a'],
      ]);
    }
  });

  it('sorts by an allow-listed key either way and pages without repeats', async () => {
    expect(await loanNos('risk.head', 'sort=-principal')).toEqual(['JJ003', 'JJ001', 'JJ002']);
    expect(await loanNos('risk.head', 'sort=principal')).toEqual(['JJ002', 'JJ001', 'JJ003']);
    expect(await loanNos('risk.head', 'sort=-dpd')).toEqual(['JJ003', 'JJ002', 'JJ001']);
    expect(await loanNos('risk.head', 'sort=classification&pageSize=1')).toEqual(['JJ001']);
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push(...(await loanNos('risk.head', `pageSize=1&page=${page}`)));
    expect(pages).toEqual(['JJ001', 'JJ002', 'JJ003']);
  });

  it('filters by branch subtree, manager, bucket, class, status, method, amount and text', async () => {
    expect(await loanNos('risk.head', 'branchId=A')).toEqual(['JJ001', 'JJ002']);
    expect(await loanNos('risk.head', 'branchId=A01')).toEqual(['JJ001']);
    expect(await loanNos('risk.head', `managerId=${bank.userIds['manager.b']}`)).toEqual(['JJ003']);
    expect(await loanNos('risk.head', 'bucket=M1')).toEqual(['JJ003']);
    expect(await loanNos('risk.head', 'bucket=M0,M1')).toEqual(['JJ001', 'JJ002', 'JJ003']);
    expect(await loanNos('risk.head', 'classification=special_mention')).toEqual(['JJ003']);
    expect(await loanNos('risk.head', 'status=settled')).toEqual([]);
    expect(await loanNos('risk.head', 'method=equal_principal,interest_only')).toEqual(['JJ002', 'JJ003']);
    expect(await loanNos('risk.head', 'amountMin=100000&amountMax=300000.00')).toEqual(['JJ001', 'JJ003']);
    expect(await loanNos('risk.head', `q=${encodeURIComponent('建华')}`)).toEqual(['JJ001']);
    expect(await loanNos('risk.head', 'q=jj002')).toEqual(['JJ002']);
    expect(await loanNos('risk.head', 'q=HT003')).toEqual(['JJ003']);
    expect(await loanNos('risk.head', 'q=110101199003071234')).toEqual(['JJ001']);
    // Part of an ID number finds nothing: search must not become a way to guess numbers.
    expect(await loanNos('risk.head', 'q=1101011990')).toEqual([]);
    // A branch user's text search stays inside their subtree.
    expect(await loanNos('officer.a', `q=${encodeURIComponent('王志强')}`)).toEqual([]);
  });

  it('treats empty filter values as no filter (the CONTRACT.md example URL)', async () => {
    const body = await get(
      'officer.a',
      '/api/v1/loans?page=1&pageSize=50&branchId=&bucket=&classification=&status=active&q=',
    );
    expect(body.total).toBe(2);
  });

  it('shows a loan with terms, schedule, repayments, class history and events', async () => {
    const loan = await get('risk.head', `/api/v1/loans/${bank.loans.b1.id}`);
    expect(loan).toMatchObject({
      id: bank.loans.b1.id,
      loanNo: 'JJ003',
      customerName: '王志强',
      branchId: 'B01',
      principal: '300000.00',
      principalOwed: '300000.00',
      creditBalance: '0.00',
      dpd: 20,
      bucket: 'M1',
      classification: 'special_mention',
      manualClassification: null,
      status: 'active',
      annualRate: '6.00',
      method: 'interest_only',
      term: 12,
      repayments: [],
    });
    expect(loan.schedule).toHaveLength(12);
    expect(loan.schedule[0]).toEqual({
      period: 1,
      kind: 'scheduled',
      dueDate: '2026-02-10',
      principalDue: '0.00',
      interestDue: '1500.00',
      feeDue: '0.00',
      principalPaid: '0.00',
      interestPaid: '0.00',
      feePaid: '0.00',
      penaltyAccrued: '0.00',
      penaltyPaid: '0.00',
      compoundAccrued: '0.00',
      compoundPaid: '0.00',
    });
    expect(loan.schedule[11].principalDue).toBe('300000.00');
    expect(loan.classHistory).toEqual([
      {
        validFrom: '2026-01-10',
        validTo: '2026-02-11',
        status: 'active',
        classification: 'normal',
        classRule: 'dpd=0',
        principalOwed: '300000.00',
        specificProvision: '0.00',
      },
      {
        validFrom: '2026-02-11',
        validTo: null,
        status: 'active',
        classification: 'special_mention',
        classRule: 'dpd>0',
        principalOwed: '300000.00',
        specificProvision: '6000.00',
      },
    ]);
    expect(loan.events.map((e: { eventType: string }) => e.eventType)).toEqual(['bucket', 'classification']);
  });

  it('masks ID numbers and phones in every customer list item', async () => {
    const body = await get('risk.head', '/api/v1/customers');
    expect(body.total).toBe(3);
    for (const c of body.items) {
      expect(c.idNumber).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
      expect(c.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
    expect(body.items[0]).toMatchObject({
      customerNo: 'KH001',
      name: '张建华',
      idNumber: '1101**********1234',
      phone: '138****5678',
      activeLoans: 1,
      principalOwed: '120000.00',
      maxDpd: 0,
    });
    const text = JSON.stringify(body);
    for (const raw of [...RAW_ID_NUMBERS, ...RAW_PHONES]) expect(text).not.toContain(raw);
    // A whole phone number or ID number finds its customer, answered masked.
    const byPhone = await get('risk.head', '/api/v1/customers?q=13900001111');
    expect(byPhone.items.map((c: { customerNo: string }) => c.customerNo)).toEqual(['KH002']);
    expect(JSON.stringify(byPhone)).not.toContain('13900001111');
    expect((await get('officer.a', '/api/v1/customers?sort=-maxDpd')).total).toBe(2);
  });

  it('shows the customer view: loans, guarantees both ways, collateral, events — masked', async () => {
    const a1 = await get('officer.a', `/api/v1/customers/${bank.loans.a1.customerId}`);
    expect(a1.loans.map((l: { loanNo: string }) => l.loanNo)).toEqual(['JJ001']);
    expect(a1.guaranteesReceived.map((g: { guarantorName: string }) => g.guarantorName)).toEqual([
      '李秀兰',
      '王志强',
    ]);
    expect(a1.guaranteesReceived[0]).toMatchObject({
      contractNo: 'HT001',
      guarantorIdNumber: '1101**********0021',
      guarantorPhone: '139****1111',
      amount: '50000.00',
      guaranteeType: 'joint_several',
    });
    expect(a1.collateral).toEqual([
      expect.objectContaining({ collateralType: 'real_estate', value: '2000000.00', contractNo: 'HT001' }),
    ]);
    const a2 = await get('officer.a', `/api/v1/customers/${bank.loans.a2.customerId}`);
    expect(a2.guaranteesGiven.map((g: { borrowerName: string }) => g.borrowerName)).toEqual(['张建华']);
    // B1 guarantees two contracts in branch A: its own manager sees that they exist, not whose they are.
    const b1 = await get('manager.b', `/api/v1/customers/${bank.loans.b1.customerId}`);
    expect(b1.guaranteesGiven).toEqual([]);
    expect(b1.guaranteesGivenOutsideScope).toBe(2);
    expect(b1.events.map((e: { eventType: string }) => e.eventType)).toEqual(['classification', 'bucket']);
    const b1Global = await get('auditor', `/api/v1/customers/${bank.loans.b1.customerId}`);
    expect(b1Global.guaranteesGiven).toHaveLength(2);
    expect(b1Global.guaranteesGivenOutsideScope).toBe(0);
    const text = JSON.stringify([a1, a2, b1, b1Global]);
    for (const raw of [...RAW_ID_NUMBERS, ...RAW_PHONES]) expect(text).not.toContain(raw);
  });

  it('reports the live portfolio of the caller’s scope with the summary’s numbers', async () => {
    const report = await get('risk.head', '/api/v1/reports/portfolio');
    const summary = await portfolioSummary(t.db);
    expect(report).toMatchObject({
      asOf: '2026-03-02',
      source: 'live',
      branchId: null,
      loans: 3,
      principalOwed: '470000.00',
      nplPrincipal: '0.00',
      nplRatio: summary.ratios.nplRatio,
      provisionCoverage: summary.ratios.provisionCoverage,
      // RULES.md §6's 150 %, in the text provisionCoverage uses, with the verdict it gives.
      coverageFloor: '1.5000',
      coverageMeetsFloor: summary.ratios.coverageMeetsFloor,
    });
    expect(report.byBucket.map((b: { bucket: string; loans: number }) => [b.bucket, b.loans])).toEqual(
      summary.byBucket.map((b) => [b.bucket, b.loans]),
    );
    expect(
      report.byClassification.find((c: { classification: string }) => c.classification === 'special_mention'),
    ).toEqual({
      classification: 'special_mention',
      loans: 1,
      principalOwed: '300000.00',
      specificProvision: '6000.00',
    });
    const branchA = await get('risk.head', '/api/v1/reports/portfolio?branchId=A');
    expect(branchA).toMatchObject({ branchId: 'A', loans: 2, principalOwed: '170000.00' });
  });

  it('reports a past date from end of day’s snapshot, and refuses dates it cannot answer', async () => {
    await t.db.exec(`
      insert into eod_run (business_date, status, partitions, loans) values ('2026-02-27', 'completed', 1, 3);
      insert into portfolio_daily (business_date, branch_id, bucket, classification, loans, principal_owed,
                                   specific_provision)
        values ('2026-02-27', 'A01', 'M0', 'normal', 1, 12000000, 0),
               ('2026-02-27', 'B01', 'M1', 'special_mention', 1, 30000000, 600000);`);
    const past = await get('risk.head', '/api/v1/reports/portfolio?asOf=2026-02-27');
    expect(past).toMatchObject({
      asOf: '2026-02-27',
      source: 'end_of_day',
      loans: 2,
      principalOwed: '420000.00',
      coverageFloor: '1.5000',
    });
    const pastA = await get('officer.a', '/api/v1/reports/portfolio?asOf=2026-02-27');
    expect(pastA).toMatchObject({ loans: 1, principalOwed: '120000.00' });
    for (const [query, status] of [
      ['asOf=2026-02-26', 404],
      ['asOf=2026-03-03', 400],
      ['asOf=2026-13-01', 400],
      ['asOf=yesterday', 400],
      ['branchId=B', 404],
    ] as const) {
      const res = await call(app, {
        url: `/api/v1/reports/portfolio?${query}`,
        cookie: cookies.get('officer.a'),
      });
      expect(res.statusCode, query).toBe(status);
      expect(errorOf(res).field).toBe(query.split('=')[0]);
    }
  });
});
