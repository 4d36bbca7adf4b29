import { formatYuan } from '@daihou/core';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, BUSINESS_DATE, seedBank } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * 还款试算 (GET /loans/{id}/repayment-quote): the preview is the booking's own computation — booking the
 * same amount right after allocates exactly what the preview said, line by line — and it writes nothing.
 */

interface QuoteRow {
  period: number;
  dueDate: string;
  penalty: string;
  compound: string;
  fee: string;
  interest: string;
  principal: string;
  total: string;
}

async function counts(t: TestDatabase) {
  const [row] = await t.db.query(
    `select (select count(*) from repayment) as repayments, (select count(*) from repayment_allocation) as allocations,
            (select count(*) from loan_event) as events, (select count(*) from audit_entry) as audit,
            (select string_agg(concat_ws(':', period, principal_paid, interest_paid, penalty_paid, compound_paid), ',' order by period)
               from installment) as installments,
            (select string_agg(concat_ws(':', id, credit_balance, accrued_through), ',' order by id) from loan) as loans`,
  );
  return row;
}

/** A booked repayment's allocation rows, grouped per installment as the quote shows them. */
async function storedRows(t: TestDatabase, repaymentId: string): Promise<QuoteRow[]> {
  const rows = await t.db.query<{ period: number; component: string; amount: string }>(
    `select period, component, amount::text as amount from repayment_allocation
      where repayment_id = $1 order by id`,
    [repaymentId],
  );
  const byPeriod = new Map<number, Record<string, number>>();
  for (const r of rows) {
    const row = byPeriod.get(r.period) ?? { penalty: 0, compound: 0, fee: 0, interest: 0, principal: 0 };
    row[r.component] = (row[r.component] ?? 0) + Number(r.amount);
    byPeriod.set(r.period, row);
  }
  return [...byPeriod].map(([period, a]) => ({
    period,
    penalty: formatYuan(a.penalty!),
    compound: formatYuan(a.compound!),
    fee: formatYuan(a.fee!),
    interest: formatYuan(a.interest!),
    principal: formatYuan(a.principal!),
  })) as QuoteRow[];
}

describe.each(testEngines())('repayment quote (还款试算) on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    cookie = await login(app, 'officer.a');
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = (url: string, who = cookie) => call(app, { url, cookie: who });
  const book = (loanId: string, amount: string, key: string) =>
    call(app, {
      method: 'POST',
      url: `/api/v1/loans/${loanId}/repayments`,
      cookie,
      body: { date: BUSINESS_DATE, amount },
      headers: { 'idempotency-key': key },
    });

  it('allocates exactly what a booking right after allocates, and writes nothing itself', async () => {
    const loanId = bank.loans.a1.id;
    // Overdue since 2026-02-10: a small amount pays penalty first, then more reaches interest and
    // principal of the older installment, then the credit balance takes what nothing due can.
    for (const [n, amount] of ['3.21', '2000.00', '9000.00', '150000.00'].entries()) {
      const before = await counts(t);
      const res = await get(`/api/v1/loans/${loanId}/repayment-quote?amount=${amount}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(await counts(t)).toEqual(before);
      const quote = res.json();
      expect(quote).toMatchObject({ loanId, date: BUSINESS_DATE, amount });
      const booked = await book(loanId, amount, `quote-then-book-${n}`);
      expect(booked.statusCode, booked.body).toBe(201);
      const view = booked.json();
      expect(view.allocated).toEqual(quote.allocated);
      expect(view.toCreditBalance).toBe(quote.toCreditBalance);
      expect(await storedRows(t, view.id)).toEqual(
        quote.installments.map(({ dueDate: _d, total: _t, ...rest }: QuoteRow) => rest),
      );
      const loan = (await get(`/api/v1/loans/${loanId}`)).json();
      expect(loan.principalOwed).toBe(quote.after.principalOwed);
      expect(loan.creditBalance).toBe(quote.after.creditBalance);
      expect(loan.status).toBe(quote.statusAfter);
      // Each installment row adds up, and the money adds up to the amount.
      const placed = quote.installments.reduce(
        (s: bigint, r: QuoteRow) => s + BigInt(r.total.replace('.', '')),
        0n,
      );
      expect(placed + BigInt(quote.toCreditBalance.replace('.', ''))).toBe(BigInt(amount.replace('.', '')));
    }
    // Principal not yet due is never paid by an ordinary repayment: the rest waits as credit balance.
    const last = (await get(`/api/v1/loans/${loanId}`)).json();
    expect(BigInt(last.creditBalance.replace('.', ''))).toBeGreaterThan(0n);
  });

  it('spends the credit balance first, as the booking does', async () => {
    // A1 now carries a credit balance; nothing is due, so a new amount goes to the credit balance too.
    const quote = (await get(`/api/v1/loans/${bank.loans.a1.id}/repayment-quote?amount=100`)).json();
    expect(quote.before.duePrincipal).toBe('0.00');
    expect(quote.installments).toEqual([]);
    expect(quote.toCreditBalance).toBe('100.00');
    expect(BigInt(quote.after.creditBalance.replace('.', ''))).toBe(
      BigInt(quote.before.creditBalance.replace('.', '')) + 10_000n,
    );
  });

  it('refuses a bad amount naming the field, and a loan outside the scope with 404', async () => {
    const before = await counts(t);
    for (const amount of ['0', '0.00', '-1', '1.234', '', 'abc', '1e3', '12345678901234.00']) {
      const res = await get(`/api/v1/loans/${bank.loans.a2.id}/repayment-quote?amount=${amount}`);
      expect(res.statusCode, `${amount}: ${res.body}`).toBe(400);
      expect(errorOf(res).field).toBe('amount');
    }
    const missing = await get(`/api/v1/loans/${bank.loans.a2.id}/repayment-quote`);
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).field).toBe('amount');
    const outside = await get(`/api/v1/loans/${bank.loans.b1.id}/repayment-quote?amount=10.00`);
    expect(outside.statusCode).toBe(404);
    const unknown = await get('/api/v1/loans/999999/repayment-quote?amount=10.00');
    expect(unknown.statusCode).toBe(404);
    expect(await counts(t)).toEqual(before);
  });
});
