import {
  formatYuan,
  type LocalDate,
  parseLoanTerms,
  parseYuan,
  payoffQuote,
  prepaymentQuote,
  replayLoan,
} from '@daihou/core';
import { loadServicingSettings } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, BUSINESS_DATE, seedBank } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login, type TestApp } from './support/test-app';

/** Repayments, quotes, partial prepayment and payoff through the API, checked against core directly. */

const A1_TERMS = parseLoanTerms({
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
});

async function counts(t: TestDatabase) {
  const [row] = await t.db.query(
    `select (select count(*) from repayment) as repayments, (select count(*) from repayment_allocation) as allocations,
            (select count(*) from loan_event) as events, (select count(*) from installment) as installments`,
  );
  return row;
}

describe.each(testEngines())('money through the API on %s', (engine) => {
  let t: TestDatabase;
  let ta: TestApp;
  let app: FastifyInstance;
  let bank: Bank;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    ta = await buildTestApp(t.db);
    app = ta.app;
    cookie = await login(app, 'officer.a');
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = (url: string) => call(app, { url, cookie });
  const post = (url: string, body: unknown, key: string) =>
    call(app, { method: 'POST', url, cookie, body, headers: { 'idempotency-key': key } });

  it('quotes a payoff exactly as core does for the loan replayed to the eve of the business date', async () => {
    const settings = await loadServicingSettings(t.db, 'standard');
    const { ledger } = replayLoan({
      terms: A1_TERMS,
      settings,
      repayments: [],
      asOf: '2026-03-01' as LocalDate,
    });
    const expected = payoffQuote(ledger, A1_TERMS, settings, BUSINESS_DATE);
    const res = await get(`/api/v1/loans/${bank.loans.a1.id}/payoff-quote`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      loanId: bank.loans.a1.id,
      date: BUSINESS_DATE,
      duePrincipal: formatYuan(expected.duePrincipal),
      penalty: formatYuan(expected.penalty),
      compound: formatYuan(expected.compound),
      brokenPeriodInterest: formatYuan(expected.brokenPeriodInterest),
      netAmount: formatYuan(expected.netAmount),
    });
    const partial = await get(`/api/v1/loans/${bank.loans.a1.id}/prepayment-quote?principal=20000.00`);
    expect(partial.statusCode).toBe(200);
    expect(partial.json().netAmount).toBe(
      formatYuan(prepaymentQuote(ledger, A1_TERMS, settings, BUSINESS_DATE, parseYuan('20000.00')).netAmount),
    );
    // A later date owes more penalty; quoting does not write anything.
    const before = await counts(t);
    const later = await get(`/api/v1/loans/${bank.loans.a1.id}/payoff-quote?date=2026-03-20`);
    expect(parseYuan(later.json().penalty)).toBeGreaterThan(expected.penalty);
    expect(await counts(t)).toEqual(before);
  });

  it('refuses quotes it cannot give, naming the field', async () => {
    for (const [query, field] of [
      ['payoff-quote?date=2026-03-01', 'date'],
      ['payoff-quote?date=2027-03-10', 'date'],
      ['payoff-quote?date=tomorrow', 'date'],
      ['prepayment-quote', 'principal'],
      ['prepayment-quote?principal=0.00', 'principal'],
      ['prepayment-quote?principal=500000.00', 'principal'],
    ] as const) {
      const res = await get(`/api/v1/loans/${bank.loans.a1.id}/${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
      expect(errorOf(res).field).toBe(field);
    }
  });

  it('books a repayment (201 in the repayments[] shape), shows it on the loan and audits it', async () => {
    const url = `/api/v1/loans/${bank.loans.a2.id}/repayments`;
    const res = await post(url, { date: BUSINESS_DATE, amount: '5000.00' }, 'money-repay-1');
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({
      date: BUSINESS_DATE,
      amount: '5000.00',
      toCreditBalance: expect.any(String),
    });
    const allocated = view.allocated as Record<string, string>;
    const sum =
      Object.values(allocated).reduce((s, v) => s + parseYuan(v), 0) + parseYuan(view.toCreditBalance);
    expect(sum).toBe(500_000);
    const loan = (await get(`/api/v1/loans/${bank.loans.a2.id}`)).json();
    expect(loan.repayments).toEqual([{ ...view, status: 'booked' }]);
    expect(loan.events.map((e: { eventType: string }) => e.eventType)).toContain('repayment');
    expect(loan.events.find((e: { eventType: string }) => e.eventType === 'repayment').actor).toBe(
      'officer.a',
    );
    expect((await ta.audit()).find((a) => a.action === 'repayment.book')).toMatchObject({
      actor: 'officer.a',
      objectType: 'loan',
      objectId: bank.loans.a2.id,
    });
    const replay = await post(url, { date: BUSINESS_DATE, amount: '5000' }, 'money-repay-1');
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(view);
  });

  it('books a partial prepayment: new schedule, idempotent replay, 409 for another body', async () => {
    const url = `/api/v1/loans/${bank.loans.a1.id}/prepayments`;
    const body = { date: BUSINESS_DATE, amount: '40000.00', mode: 'keep_installment' };
    const res = await post(url, body, 'money-prepay-1');
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json();
    expect(result).toMatchObject({
      mode: 'keep_installment',
      status: 'active',
      repayment: { amount: '40000.00' },
    });
    expect(parseYuan(result.prepaidPrincipal)).toBeGreaterThan(0);
    const loan = (await get(`/api/v1/loans/${bank.loans.a1.id}`)).json();
    expect(loan.principalOwed).toBe(result.principalAfter);
    // Keeping the installment shortens the loan: fewer scheduled installments remain after today.
    const remaining = loan.schedule.filter(
      (i: { dueDate: string; kind: string }) => i.dueDate > BUSINESS_DATE,
    );
    expect(remaining.length).toBeLessThan(11);
    expect(remaining).toEqual(result.schedule);
    expect(loan.schedule.some((i: { kind: string }) => i.kind === 'prepayment')).toBe(true);

    const before = await counts(t);
    const replay = await post(url, { ...body, amount: '40000' }, 'money-prepay-1');
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(result);
    const conflict = await post(url, { ...body, mode: 'keep_term' }, 'money-prepay-1');
    expect(conflict.statusCode).toBe(409);
    expect(errorOf(conflict)).toMatchObject({ code: 'conflict', field: 'Idempotency-Key' });
    expect(await counts(t)).toEqual(before);
  });

  it('refuses a payoff below the quote, then settles the loan with the quoted amount', async () => {
    const quote = (await get(`/api/v1/loans/${bank.loans.a1.id}/payoff-quote`)).json();
    const url = `/api/v1/loans/${bank.loans.a1.id}/prepayments`;
    const before = await counts(t);
    const short = await post(
      url,
      { date: BUSINESS_DATE, amount: formatYuan(parseYuan(quote.netAmount) - 1), mode: 'payoff' },
      'money-payoff-short',
    );
    expect(short.statusCode).toBe(400);
    expect(errorOf(short).field).toBe('amount');
    expect(await counts(t)).toEqual(before);

    const paid = await post(
      url,
      { date: BUSINESS_DATE, amount: quote.netAmount, mode: 'payoff' },
      'money-payoff-1',
    );
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ status: 'settled', principalAfter: '0.00', schedule: [] });
    const loan = (await get(`/api/v1/loans/${bank.loans.a1.id}`)).json();
    expect(loan).toMatchObject({ status: 'settled', principalOwed: '0.00', creditBalance: '0.00' });
    expect(loan.events.map((e: { eventType: string }) => e.eventType).slice(-2)).toEqual([
      'prepayment',
      'status',
    ]);

    // Nothing more to quote or pay on a settled loan (422), while the payoff's retry still replays.
    expect((await get(`/api/v1/loans/${bank.loans.a1.id}/payoff-quote`)).statusCode).toBe(422);
    const again = await post(
      url,
      { date: BUSINESS_DATE, amount: '100.00', mode: 'keep_term' },
      'money-payoff-2',
    );
    expect(again.statusCode).toBe(422);
    expect(errorOf(again).code).toBe('rule_violation');
    const retry = await post(
      url,
      { date: BUSINESS_DATE, amount: quote.netAmount, mode: 'payoff' },
      'money-payoff-1',
    );
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(paid.json());
  });

  it('answers 422 for money on a written-off loan or on a day end of day has closed', async () => {
    const manager = await login(app, 'manager.b');
    await t.db.query(`update loan set status = 'written_off' where id = $1`, [bank.loans.b1.id]);
    const res = await call(app, {
      method: 'POST',
      url: `/api/v1/loans/${bank.loans.b1.id}/repayments`,
      cookie: manager,
      body: { date: BUSINESS_DATE, amount: '100.00' },
      headers: { 'idempotency-key': 'money-wo-1' },
    });
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).code).toBe('rule_violation');
    await t.db.query(`update loan set status = 'active', accrued_through = $2 where id = $1`, [
      bank.loans.b1.id,
      BUSINESS_DATE,
    ]);
    const closed = await call(app, {
      method: 'POST',
      url: `/api/v1/loans/${bank.loans.b1.id}/prepayments`,
      cookie: manager,
      body: { date: BUSINESS_DATE, amount: '50000.00', mode: 'keep_term' },
      headers: { 'idempotency-key': 'money-closed-1' },
    });
    expect(closed.statusCode).toBe(422);
    expect(errorOf(closed).field).toBe('date');
  });
});
