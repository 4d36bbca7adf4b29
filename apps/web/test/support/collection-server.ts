import { parseLocalDate } from '@daihou/core';
import type { Database, Engine } from '@daihou/db';
import { initBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase } from '@daihou/db/testing';
import { loadDemo } from '../../../cli/src/demo/demo-loader';
import { loadConfig, type RunningServer, startServer } from '../../../server/src/index';
import { freePort } from '../../../server/test/support/free-port';
import { ensureConsoleBuilt } from './console-build';
import { BUSINESS_DATE, DEMO_PASSWORD } from './console-server';

export interface CollectionServer {
  readonly url: string;
  readonly db: Database;
  api<T>(username: string, path: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real server on the demo portfolio, like console-server.ts, with `prepare` run on the database
 * before it starts (end of day's warnings and collection step, a guarantee circle): what the collection
 * console's browser tests need and the shared fixture does not expose.
 */
export async function startCollectionServer(
  engine: Engine,
  prepare: (db: Database, businessDate: string) => Promise<void>,
  customers = 120,
): Promise<CollectionServer> {
  ensureConsoleBuilt();
  const scratch: TestDatabase = await createTestDatabase(engine);
  const db = scratch.db;
  let server: RunningServer | undefined;
  try {
    const businessDate = await initBusinessDate(db, parseLocalDate(BUSINESS_DATE));
    await loadDemo(db, { customers, seed: 20260101, businessDate });
    await prepare(db, BUSINESS_DATE);
    const port = await freePort();
    server = await startServer({
      db,
      config: loadConfig({ PORT: String(port), HOST: '127.0.0.1' }),
      logger: { level: 'silent', stream: { write: () => undefined } },
    });
  } catch (err) {
    await scratch.dispose();
    throw err;
  }
  const running = server;
  const url = running.url;
  const cookies = new Map<string, string>();
  const cookieOf = async (username: string): Promise<string> => {
    const known = cookies.get(username);
    if (known) return known;
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    cookies.set(username, cookie);
    return cookie;
  };
  return {
    url,
    db,
    async api<T>(username: string, path: string): Promise<T> {
      const res = await fetch(`${url}${path}`, { headers: { cookie: await cookieOf(username) } });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      await running.close();
      await scratch.dispose();
    },
  };
}
