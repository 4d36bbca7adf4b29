import { listAuditEntries, verifyAuditChain } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { CHEAP_SCRYPT, seedBank } from './support/bank-fixture';
import { login } from './support/test-app';

describe.each(testEngines())('the server writes the hash-chained audit trail on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedBank(t.db);
    // No audit option: the default sink, as `npm start` runs it.
    app = await buildApp({
      db: t.db,
      config: loadConfig({ PORT: '3000', HOST: '127.0.0.1' }),
      passwordHashParams: CHEAP_SCRYPT,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('a sign-in appends an entry with the actor, request id and client address, and the chain verifies', async () => {
    await login(app, 'manager.a');
    const { items } = await listAuditEntries(t.db, { action: 'session.login' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actor: 'manager.a', action: 'session.login' });
    expect(items[0]!.requestId).toBeTruthy();
    expect(JSON.stringify(items[0]!.after)).toContain('clientIp');
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
