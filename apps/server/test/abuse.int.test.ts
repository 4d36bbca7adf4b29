import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, BUSINESS_DATE, seedBank } from './support/bank-fixture';
import { buildTestApp, errorOf, login, ORIGIN } from './support/test-app';

/**
 * Hostile and broken requests: each gets the documented error shape with the right status, nothing is
 * written, and the server keeps serving.
 */

/** Every table a request could write, counted. */
async function footprint(t: TestDatabase) {
  const [row] = await t.db.query(
    `select (select count(*) from repayment) as repayments,
            (select count(*) from repayment_allocation) as allocations,
            (select count(*) from loan_event) as events,
            (select sum(principal_owed) from loan) as owed,
            (select count(*) from app_session) as sessions,
            (select string_agg(password_hash, ',' order by id) from app_user) as hashes`,
  );
  return row;
}

describe.each(testEngines())('abuse on %s', (engine) => {
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

  const repaymentUrl = () => `/api/v1/loans/${bank.loans.a1.id}/repayments`;
  /** A repayment POST; a header given as '' is left out. */
  const post = (payload: string | undefined, headers: Record<string, string> = {}, url = repaymentUrl()) => {
    const all: Record<string, string> = {
      cookie,
      origin: ORIGIN,
      'idempotency-key': `abuse-${Math.random()}`,
      'content-type': 'application/json',
      ...headers,
    };
    return app.inject({
      method: 'POST',
      url,
      headers: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== '')),
      ...(payload === undefined ? {} : { payload }),
    } as InjectOptions);
  };
  const good = JSON.stringify({ date: BUSINESS_DATE, amount: '10.00' });

  const BODIES: [string, string | undefined, Record<string, string>, number, string, string | null][] = [
    ['malformed JSON', '{"date": "2026-', {}, 400, 'bad_input', 'body'],
    ['empty JSON body', '', {}, 400, 'bad_input', 'body'],
    ['no body at all', undefined, { 'content-type': '' }, 400, 'bad_input', 'body'],
    ['a JSON array', '[1,2]', {}, 400, 'bad_input', 'body'],
    ['a JSON string', '"x"', {}, 400, 'bad_input', 'body'],
    [
      '__proto__ pollution',
      '{"__proto__":{"admin":true},"date":"2026-03-02","amount":"1.00"}',
      {},
      400,
      'bad_input',
      'body',
    ],
    [
      'constructor pollution',
      '{"constructor":{"prototype":{"a":1}},"date":"2026-03-02","amount":"1.00"}',
      {},
      400,
      'bad_input',
      'body',
    ],
    [
      'an unknown field',
      JSON.stringify({ date: BUSINESS_DATE, amount: '1.00', loanId: '3' }),
      {},
      400,
      'bad_input',
      'loanId',
    ],
    [
      'a number for the amount',
      JSON.stringify({ date: BUSINESS_DATE, amount: 100 }),
      {},
      400,
      'bad_input',
      'amount',
    ],
    [
      'a float-looking amount',
      JSON.stringify({ date: BUSINESS_DATE, amount: '1.005' }),
      {},
      400,
      'bad_input',
      'amount',
    ],
    [
      'a negative amount',
      JSON.stringify({ date: BUSINESS_DATE, amount: '-5.00' }),
      {},
      400,
      'bad_input',
      'amount',
    ],
    [
      'a zero amount',
      JSON.stringify({ date: BUSINESS_DATE, amount: '0.00' }),
      {},
      400,
      'bad_input',
      'amount',
    ],
    ['a missing amount', JSON.stringify({ date: BUSINESS_DATE }), {}, 400, 'bad_input', 'amount'],
    [
      'an impossible date',
      JSON.stringify({ date: '2026-02-30', amount: '1.00' }),
      {},
      400,
      'bad_input',
      'date',
    ],
    [
      'a past business date',
      JSON.stringify({ date: '2026-03-01', amount: '1.00' }),
      {},
      400,
      'bad_input',
      'date',
    ],
    ['a date as a number', JSON.stringify({ date: 20260302, amount: '1.00' }), {}, 400, 'bad_input', 'date'],
    [
      'an oversize body',
      JSON.stringify({ date: BUSINESS_DATE, amount: '1.00', pad: 'x'.repeat(70_000) }),
      {},
      413,
      'payload_too_large',
      'body',
    ],
    [
      'text/plain',
      'date=2026-03-02',
      { 'content-type': 'text/plain' },
      415,
      'unsupported_media_type',
      'body',
    ],
    [
      'a form post',
      'date=2026-03-02&amount=1',
      { 'content-type': 'application/x-www-form-urlencoded' },
      415,
      'unsupported_media_type',
      'body',
    ],
    ['no Idempotency-Key', good, { 'idempotency-key': '' }, 400, 'bad_input', 'Idempotency-Key'],
    [
      'an over-long Idempotency-Key',
      good,
      { 'idempotency-key': 'k'.repeat(101) },
      400,
      'bad_input',
      'Idempotency-Key',
    ],
    ['no Origin (CSRF)', good, { origin: '' }, 403, 'forbidden', 'Origin'],
    ['a foreign Origin (CSRF)', good, { origin: 'https://evil.example' }, 403, 'forbidden', 'Origin'],
    [
      'a look-alike Origin (CSRF)',
      good,
      { origin: 'http://127.0.0.1:3000.evil.example' },
      403,
      'forbidden',
      'Origin',
    ],
    ['the null Origin (CSRF)', good, { origin: 'null' }, 403, 'forbidden', 'Origin'],
  ];

  it.each(BODIES)(
    'POST with %s is refused, writes nothing, and the server keeps serving',
    async (_name, payload, headers, status, code, field) => {
      const before = await footprint(t);
      const res = await post(payload, headers);
      expect(res.statusCode, res.body).toBe(status);
      expect(errorOf(res)).toMatchObject({ code, field });
      expect(await footprint(t)).toEqual(before);
      expect((await app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
    },
  );

  it('refuses a CSRF sign-in and sign-out like any other state-changing request', async () => {
    const before = await footprint(t);
    for (const url of ['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/me/password']) {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: { cookie, origin: 'https://evil.example' },
        payload: { username: 'officer.a', password: 'x', currentPassword: 'x', newPassword: 'y' },
      });
      expect(res.statusCode, url).toBe(403);
      expect(errorOf(res).field).toBe('Origin');
    }
    expect(await footprint(t)).toEqual(before);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('replays a reused Idempotency-Key with the same body and refuses it with another body (409)', async () => {
    const headers = { 'idempotency-key': 'abuse-reuse-1' };
    const first = await post(good, headers);
    expect(first.statusCode).toBe(201);
    const after = await footprint(t);
    // Same body (amount written differently but equal) → the first result, nothing new written.
    const again = await post(JSON.stringify({ amount: '10', date: BUSINESS_DATE }), headers);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const other = await post(JSON.stringify({ date: BUSINESS_DATE, amount: '11.00' }), headers);
    expect(other.statusCode).toBe(409);
    expect(errorOf(other)).toMatchObject({ code: 'conflict', field: 'Idempotency-Key' });
    // The same key on another loan is another body too.
    const elsewhere = await post(good, headers, `/api/v1/loans/${bank.loans.a2.id}/repayments`);
    expect(elsewhere.statusCode).toBe(409);
    // And a prepayment may not reuse a repayment's key.
    const prepay = await post(
      JSON.stringify({ date: BUSINESS_DATE, amount: '30000.00', mode: 'keep_term' }),
      headers,
      `/api/v1/loans/${bank.loans.a1.id}/prepayments`,
    );
    expect(prepay.statusCode).toBe(409);
    expect(await footprint(t)).toEqual(after);
  });

  const QUERIES: [string, number, string | null][] = [
    ['page=0', 400, 'page'],
    ['page=-1', 400, 'page'],
    ['page=abc', 400, 'page'],
    ['page=1e3', 400, 'page'],
    ['page=0x10', 400, 'page'],
    ['page=1.5', 400, 'page'],
    ['page=10001', 400, 'page'],
    ['page=1&page=2', 400, 'page'],
    ['pageSize=0', 400, 'pageSize'],
    ['pageSize=201', 400, 'pageSize'],
    ['sort=id', 400, 'sort'],
    ['sort=loan_no;drop%20table%20loan', 400, 'sort'],
    ['sort=password_hash', 400, 'sort'],
    ['sort=(select%201)', 400, 'sort'],
    ['sort=--dpd', 400, 'sort'],
    ['bucket=M9', 400, 'bucket'],
    ['bucket=M1,M9', 400, 'bucket'],
    ["bucket=M1'%20or%20'1'='1", 400, 'bucket'],
    ['status=deleted', 400, 'status'],
    ['classification=good', 400, 'classification'],
    ['method=magic', 400, 'method'],
    ["branchId=A'%20or%201=1--", 400, 'branchId'],
    ['branchId=B', 404, 'branchId'],
    ['branchId=NOPE', 404, 'branchId'],
    ['managerId=1%20or%201=1', 400, 'managerId'],
    ['amountMin=1e9', 400, 'amountMin'],
    ['amountMax=-1', 400, 'amountMax'],
    [`q=${'x'.repeat(101)}`, 400, 'q'],
    ['q=%00', 400, 'q'],
    ['unknown=1', 400, 'unknown'],
  ];

  it.each(QUERIES)('GET /loans?%s answers %i naming %s', async (query, status, field) => {
    const res = await app.inject({ url: `/api/v1/loans?${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(status);
    expect(errorOf(res).field).toBe(field);
  });

  it('treats injection attempts in text search as plain text', async () => {
    for (const q of ["' or 1=1 --", '%', '_', '\\', "'; drop table loan; --", '张%']) {
      const res = await app.inject({ url: `/api/v1/loans?q=${encodeURIComponent(q)}`, headers: { cookie } });
      expect(res.statusCode, q).toBe(200);
      expect(res.json().total, q).toBe(0);
    }
    const [row] = await t.db.query<{ n: string }>('select count(*) as n from loan');
    expect(row?.n).toBe('3');
  });

  it('answers a page past the end with no items and the true total', async () => {
    const res = await app.inject({ url: '/api/v1/loans?page=500&pageSize=10', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], total: 2, page: 500, pageSize: 10 });
  });

  it('answers malformed ids, unknown endpoints and wrong methods in the error shape', async () => {
    for (const [url, status, field] of [
      ['/api/v1/loans/abc', 400, 'id'],
      ['/api/v1/loans/0', 400, 'id'],
      ['/api/v1/loans/1%20or%201=1', 400, 'id'],
      ['/api/v1/loans/99999999999999999999', 400, 'id'],
      ['/api/v1/loans/999999', 404, 'id'],
      ['/api/v1/customers/999999', 404, 'id'],
      ['/api/v1/nothing-here', 404, null],
    ] as const) {
      const res = await app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).toBe(status);
      expect(errorOf(res).field, url).toBe(field);
    }
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/v1/loans/${bank.loans.a1.id}`,
      headers: { cookie, origin: ORIGIN },
    });
    expect(del.statusCode).toBe(404);
    expect(errorOf(del).code).toBe('not_found');
  });

  it('refuses a malformed sign-in without revealing anything', async () => {
    for (const payload of [
      { username: 'officer.a' },
      { username: 'officer.a', password: 42 },
      { username: 'officer.a', password: 'x', admin: true },
      { username: 'x'.repeat(65), password: 'x' },
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { origin: ORIGIN },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).code).toBe('bad_input');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('never answers with a stack trace', async () => {
    const res = await post('{"date":', {});
    expect(res.body).not.toMatch(/at .*\.ts:\d+|node_modules|Error:/);
  });
});
