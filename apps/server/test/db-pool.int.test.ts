import { connectFromEnv, type Database } from '@daihou/db';
import { createTestDatabase, type TestDatabase } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';

/**
 * DAIHOU_DB_POOL_SIZE caps the PostgreSQL connections a process opens (`npm start` and the CLI connect
 * through connectFromEnv; daihou-server passes loadConfig's dbPoolSize to connect).
 */
describe.skipIf(!process.env.DAIHOU_TEST_POSTGRES_URL)('the PostgreSQL pool size on postgres', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
  });
  afterAll(() => t.dispose());

  /** The distinct server processes (connections) that served `n` transactions running at once. */
  async function connectionsUsed(db: Database, n: number): Promise<number> {
    const pids = await Promise.all(
      Array.from({ length: n }, () =>
        db.transaction(async (tx) => {
          await tx.query('select pg_sleep(0.1)');
          const [row] = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
          return row!.pid;
        }),
      ),
    );
    return new Set(pids).size;
  }

  it('opens at most DAIHOU_DB_POOL_SIZE connections, and uses them all under load', async () => {
    const env = { DATABASE_URL: t.url, DAIHOU_DB_POOL_SIZE: '3' };
    expect(loadConfig(env).dbPoolSize).toBe(3);
    const db = await connectFromEnv(env);
    try {
      expect(await connectionsUsed(db, 9)).toBe(3);
    } finally {
      await db.close();
    }
    const defaultPool = await connectFromEnv({ DATABASE_URL: t.url });
    try {
      expect(await connectionsUsed(defaultPool, 14)).toBe(10);
    } finally {
      await defaultPool.close();
    }
  });

  it('refuses a bad size before connecting, naming the variable', async () => {
    await expect(connectFromEnv({ DATABASE_URL: t.url, DAIHOU_DB_POOL_SIZE: '0' })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'DAIHOU_DB_POOL_SIZE',
    });
  });
});
