import { parseLocalDate } from '@daihou/core';
import type { Database, Engine } from '@daihou/db';
import { initBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase } from '@daihou/db/testing';
import { loadDemo } from '../../../cli/src/demo/demo-loader';
import { loadConfig, type RunningServer, startServer } from '../../../server/src/index';
import { freePort } from '../../../server/test/support/free-port';
import { ensureConsoleBuilt } from './console-build';

export const DEMO_PASSWORD = 'daihou-demo';
export const BUSINESS_DATE = '2026-11-22';

export interface ConsoleServer {
  readonly url: string;
  /** The server's database, for tests that set up more than the demo or read what a page wrote. */
  readonly db: Database;
  /** Signs in over HTTP (its own session) and GETs an API path: what the console should show. */
  api<T>(username: string, path: string): Promise<T>;
  /** Signs in as `username` and POSTs JSON as the console would (Origin header); returns the status. */
  post(username: string, path: string, body: unknown): Promise<number>;
  /** As `post`, with the answer's JSON body too (e.g. the error's field). */
  postJson<T>(username: string, path: string, body: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/**
 * The real server as `npm start` runs it (built console, demo portfolio, real sign-in and scrypt) on a
 * fresh database of `engine` and a free port; `prepare` runs on the loaded database before the server starts
 * (e.g. end of day's warnings and collection step for the collection pages).
 */
export async function startConsoleServer(
  engine: Engine,
  customers = 120,
  prepare?: (db: Database, businessDate: string) => Promise<void>,
): Promise<ConsoleServer> {
  ensureConsoleBuilt();
  const scratch: TestDatabase = await createTestDatabase(engine);
  const db = scratch.db;
  let server: RunningServer | undefined;
  try {
    const businessDate = await initBusinessDate(db, parseLocalDate(BUSINESS_DATE));
    await loadDemo(db, { customers, seed: 20260101, businessDate });
    if (prepare) await prepare(db, BUSINESS_DATE);
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
    async post(username: string, path: string, body: unknown): Promise<number> {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { cookie: await cookieOf(username), origin: url, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return res.status;
    },
    async postJson<T>(username: string, path: string, body: unknown) {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { cookie: await cookieOf(username), origin: url, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    async close() {
      await running.close();
      await scratch.dispose();
    },
  };
}
