import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login, ORIGIN } from './support/test-app';

/** GET /approvals/{id} (scoped like everything else) and the optional body of approve. */

describe.each(testEngines())('one approval request, and approving without a body, on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<string, string>();
  const as = (u: Username) => cookies.get(u) ?? '';

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    for (const u of ['manager.a', 'reviewer.a', 'head.a', 'manager.b', 'collector.a', 'auditor'] as const) {
      cookies.set(u, await login(app, u));
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const askOverride = async (classification: string) => {
    const res = await call(app, {
      method: 'POST',
      url: `/api/v1/loans/${bank.loans.a1.id}/class-override`,
      cookie: as('manager.a'),
      body: { classification, reason: '经营恶化', evidence: '走访记录 2026-03-01' },
    });
    expect(res.statusCode, res.body).toBe(202);
    return res.json() as { id: string };
  };

  it('shows the request with payload, maker, status and decision inside the scope; 404 outside it', async () => {
    const { id } = await askOverride('substandard');
    const res = await call(app, { url: `/api/v1/approvals/${id}`, cookie: as('reviewer.a') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      kind: 'class_override',
      objectType: 'loan',
      objectId: bank.loans.a1.id,
      branchId: 'A01',
      payload: { classification: 'substandard', evidence: '走访记录 2026-03-01' },
      reason: '经营恶化',
      status: 'pending',
      maker: 'manager.a',
      checker: null,
      decidedAt: null,
      decisionReason: null,
    });
    // A global role sees it; another branch does not (404, as if it did not exist).
    expect((await call(app, { url: `/api/v1/approvals/${id}`, cookie: as('auditor') })).statusCode).toBe(200);
    const outside = await call(app, { url: `/api/v1/approvals/${id}`, cookie: as('manager.b') });
    expect(outside.statusCode).toBe(404);
    expect(errorOf(outside).field).toBe('id');
    expect((await call(app, { url: '/api/v1/approvals/999999', cookie: as('reviewer.a') })).statusCode).toBe(
      404,
    );
    const bad = await call(app, { url: '/api/v1/approvals/abc', cookie: as('reviewer.a') });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe('id');
    expect((await call(app, { url: `/api/v1/approvals/${id}`, cookie: as('collector.a') })).statusCode).toBe(
      403,
    );

    // Approved with no body at all: the decision shows on the request.
    const approved = await call(app, {
      method: 'POST',
      url: `/api/v1/approvals/${id}/approve`,
      cookie: as('reviewer.a'),
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const after = await call(app, { url: `/api/v1/approvals/${id}`, cookie: as('manager.a') });
    expect(after.json()).toMatchObject({
      status: 'approved',
      checker: 'reviewer.a',
      decidedAt: expect.any(String),
      decisionReason: null,
    });
  });

  it('approves with {} and with a note; reject still needs a reason', async () => {
    const first = await askOverride('doubtful');
    const withEmpty = await call(app, {
      method: 'POST',
      url: `/api/v1/approvals/${first.id}/approve`,
      cookie: as('head.a'),
      body: {},
    });
    expect(withEmpty.statusCode, withEmpty.body).toBe(200);
    expect(withEmpty.json()).toMatchObject({ status: 'approved', checker: 'head.a' });

    const second = await askOverride('loss');
    const noReason = await call(app, {
      method: 'POST',
      url: `/api/v1/approvals/${second.id}/reject`,
      cookie: as('head.a'),
    });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).field).toBe('body');
    const emptyReason = await call(app, {
      method: 'POST',
      url: `/api/v1/approvals/${second.id}/reject`,
      cookie: as('head.a'),
      body: {},
    });
    expect(errorOf(emptyReason).field).toBe('reason');
    const unknown = await call(app, {
      method: 'POST',
      url: `/api/v1/approvals/${second.id}/approve`,
      cookie: as('head.a'),
      body: { note: 'ok', extra: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).field).toBe('extra');
    // JSON announced but no body sent is malformed, not "no body".
    const announced = await app.inject({
      method: 'POST',
      url: `/api/v1/approvals/${second.id}/approve`,
      headers: { origin: ORIGIN, cookie: as('head.a'), 'content-type': 'application/json' },
    });
    expect(announced.statusCode).toBe(400);
    const still = await call(app, { url: `/api/v1/approvals/${second.id}`, cookie: as('head.a') });
    expect(still.json()).toMatchObject({ status: 'pending' });
    const noted = await call(app, {
      method: 'POST',
      url: `/api/v1/approvals/${second.id}/approve`,
      cookie: as('head.a'),
      body: { note: '同意' },
    });
    expect(noted.statusCode, noted.body).toBe(200);
    expect(noted.json()).toMatchObject({ status: 'approved', decisionReason: '同意' });
  });

  it('documents GET /approvals/{id} and the optional approve body in the OpenAPI document', async () => {
    const doc = (await call(app, { url: '/api/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<
          string,
          { description?: string; responses?: Record<string, unknown>; requestBody?: { required?: boolean } }
        >
      >;
    };
    expect(Object.keys(doc.paths['/api/v1/approvals/{id}']?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '404']),
    );
    expect(doc.paths['/api/v1/approvals/{id}/approve']?.post?.description).toContain('Body optional');
    expect(doc.paths['/api/v1/approvals/{id}/approve']?.post?.requestBody?.required).toBe(false);
    expect(doc.paths['/api/v1/users/{id}/deactivate']?.post?.requestBody?.required).toBe(false);
    // A body that must be there stays required.
    expect(doc.paths['/api/v1/approvals/{id}/reject']?.post?.requestBody?.required).toBe(true);
    expect(JSON.stringify(doc)).not.toContain('x-body-optional');
  });
});
