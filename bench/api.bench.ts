import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, createUser, type Database, hashPassword, migrate, setPasswordHash } from '@daihou/db';
import autocannon from 'autocannon';
import { buildBook } from './eod.bench';
import { scratchDatabase } from './scratch-database';

/**
 * `daihou bench api`: the loan list and the loan screen under load (issue #4). The real server
 * (`daihou-server`, as deployed) runs in a child process over a scratch database holding a synthetic
 * book; autocannon drives it from this process over loopback, so the load generator never shares the
 * server's event loop (in one process its own work would count as server latency). PGlite is one
 * process's database, so on PGlite this process builds the book, closes it and hands the directory over.
 *
 * Reading the numbers: C connections each wait for their answer before asking again, so latency is about
 * C ÷ throughput (Little's law): p99 under 100 ms at 200 connections needs well over 2,000 requests a
 * second. The "session only" endpoint (HTTP, session lookup, JSON, no loan read) is that floor on the
 * machine at hand; serverCpuMsPerRequest says how much of a request is the server's own CPU.
 */

export interface ApiEndpointResult {
  readonly name: string;
  readonly path: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Latency in milliseconds. */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /**
   * CPU time of the server process (its event loop, JSON and validation; not PostgreSQL's backends) per
   * request: with C connections waiting on one another, throughput and so latency follow from it.
   */
  readonly serverCpuMsPerRequest: number | null;
}

export interface ApiBenchResult {
  readonly loans: number;
  readonly database: 'pglite' | 'postgres';
  readonly endpoints: readonly ApiEndpointResult[];
  readonly buildSeconds: number;
  /** Peak resident memory of the server process (VmHWM), null where /proc is not available. */
  readonly serverRssMiB: number | null;
}

export interface ApiBenchOptions {
  /** Concurrent connections of the load generator (default 200). */
  readonly connections?: number | undefined;
  /** Seconds of load per endpoint (default 10), after a warm-up of up to 2 s. */
  readonly duration?: number | undefined;
}

const SERVER_BIN = fileURLToPath(new URL('../apps/server/bin/daihou-server.js', import.meta.url));
const MANAGER = { username: 'bench_manager', password: 'bench-manager-password' } as const;
const ADMIN = { username: 'bench_admin', password: 'bench-admin-password' } as const;
const LIST = '/api/v1/loans?branchId=A01&bucket=M1&pageSize=50';
const ME = '/api/v1/me';
/** Loans the detail endpoint picks from at random: all inside the account manager's branch A. */
const DETAIL_SAMPLE = 1000;

export async function benchApi(loans = 100_000, options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const connections = options.connections ?? 200;
  const duration = options.duration ?? 10;
  const scratch = await scratchBook();
  const logDir = mkdtempSync(join(tmpdir(), 'daihou-bench-api-log-'));
  let server: ChildProcess | undefined;
  try {
    const { db } = scratch;
    await migrate(db);
    const b0 = process.hrtime.bigint();
    await buildBook(db, loans, { branches: 'tree' });
    const buildSeconds = Number(process.hrtime.bigint() - b0) / 1e9;
    await createSignIn(db, MANAGER, 'A', 'account_manager');
    await createSignIn(db, ADMIN, 'HQ', 'admin');
    const ids = (
      await db.query<{ id: string }>(
        `select id from loan where branch_id in ('A01', 'A02') order by random() limit ${DETAIL_SAMPLE}`,
      )
    ).map((r) => r.id);
    if (ids.length === 0) throw new Error('the book has no loan in branch A');
    // PGlite is one process's database: hand its directory over to the server.
    await scratch.release();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const logPath = join(logDir, 'server.log');
    server = await startServerProcess(port, scratch, logPath);
    const cookie = await signIn(url, MANAGER);
    // The load is measured inside a scope: check the scope holds (branch B is the admin's, not the manager's).
    const outside = '/api/v1/loans?branchId=B01&pageSize=1';
    const [asManager, asAdmin] = [
      await get(url, cookie, outside),
      await get(url, await signIn(url, ADMIN), outside),
    ];
    if (asManager !== 404 || asAdmin !== 200)
      throw new Error(`branch B01 answered ${asManager} to the manager of A and ${asAdmin} to the admin`);

    const endpoints: ApiEndpointResult[] = [];
    const pid = server.pid;
    const run = async (name: string, path: string, paths?: readonly string[]) => {
      if (duration >= 5) await load(url, cookie, path, connections, 2, paths);
      const cpu0 = cpuMs(pid);
      const r = await load(url, cookie, path, connections, duration, paths);
      const cpu1 = cpuMs(pid);
      const serverCpuMsPerRequest =
        cpu0 !== null && cpu1 !== null && r.requests > 0
          ? Number(((cpu1 - cpu0) / r.requests).toFixed(2))
          : null;
      endpoints.push({ name, path, ...r, serverCpuMsPerRequest });
    };
    // The floor every API request pays (HTTP, session lookup, JSON), to set the reads against.
    await run('session only (GET /me)', ME);
    await run('loans list (branch A01, bucket M1)', LIST);
    await run('loans list sorted by DPD', `${LIST}&sort=-dpd`);
    await run(
      'loan detail (random id in scope)',
      '/api/v1/loans/{id}',
      ids.map((id) => `/api/v1/loans/${id}`),
    );
    const serverRssMiB = peakRssMiB(server.pid);
    await stopServer(server);
    server = undefined;
    return {
      loans,
      database: scratch.engine,
      endpoints,
      buildSeconds: Number(buildSeconds.toFixed(1)),
      serverRssMiB,
    };
  } catch (err) {
    const log = tail(join(logDir, 'server.log'));
    if (log) process.stderr.write(`server log (last lines):\n${log}\n`);
    throw err;
  } finally {
    if (server) await stopServer(server);
    rmSync(logDir, { recursive: true, force: true });
    await scratch.dispose();
  }
}

interface ScratchBook {
  readonly db: Database;
  readonly engine: 'pglite' | 'postgres';
  /** Where the server process finds the database. */
  readonly env: { DATABASE_URL: string; DATA_DIR: string };
  /** Closes this process's handle when the engine allows only one (PGlite). */
  release(): Promise<void>;
  dispose(): Promise<void>;
}

/** A scratch database the server process can open too: a new PostgreSQL database, or a PGlite directory. */
async function scratchBook(): Promise<ScratchBook> {
  if (process.env.DATABASE_URL) {
    const { db, url, dispose } = await scratchDatabase();
    return {
      db,
      engine: 'postgres',
      env: { DATABASE_URL: url ?? '', DATA_DIR: '' },
      release: async () => undefined,
      dispose,
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'daihou-bench-api-'));
  const db = await connect({ dataDir });
  let open = true;
  const release = async () => {
    if (open) await db.close();
    open = false;
  };
  return {
    db,
    engine: 'pglite',
    env: { DATABASE_URL: '', DATA_DIR: dataDir },
    release,
    dispose: async () => {
      await release();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createSignIn(
  db: Database,
  who: { username: string; password: string },
  branchId: string,
  role: string,
): Promise<void> {
  const user = await createUser(db, {
    username: who.username,
    displayName: who.username,
    branchId,
    roles: [role],
  });
  await setPasswordHash(db, user.id, await hashPassword(who.password), new Date());
}

/** A port free right now (the server is told it, so the allowed Origin for sign-in is known up front). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `daihou-server` and resolves once it prints its listening banner. */
function startServerProcess(port: number, scratch: ScratchBook, logPath: string): Promise<ChildProcess> {
  const log = openSync(logPath, 'a');
  const child = spawn(process.execPath, [SERVER_BIN], {
    // Logging as deployed (info: a line per request) but into a file, not through a pipe to this process.
    stdio: ['ignore', 'pipe', log],
    env: {
      ...process.env,
      ...scratch.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      DAIHOU_ALLOWED_ORIGINS: '',
    },
  });
  closeSync(log);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('the server did not start within 60 s')), 60_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    child.once('exit', (code, signal) =>
      fail(new Error(`the server exited (${signal ?? code}) before listening`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Daihou API listening on')) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve(child);
      }
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Signs in and returns the session cookie (name=value). */
async function signIn(url: string, who: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(who),
  });
  if (res.status !== 200)
    throw new Error(`sign-in of ${who.username} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie;
}

async function get(url: string, cookie: string, path: string): Promise<number> {
  const res = await fetch(`${url}${path}`, { headers: { cookie } });
  await res.arrayBuffer();
  return res.status;
}

async function load(
  url: string,
  cookie: string,
  path: string,
  connections: number,
  seconds: number,
  paths?: readonly string[],
): Promise<Omit<ApiEndpointResult, 'name' | 'path' | 'serverCpuMsPerRequest'>> {
  const request: autocannon.Request = paths
    ? {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: paths[Math.floor(Math.random() * paths.length)] }),
      }
    : { method: 'GET', path };
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { cookie },
    requests: [request],
    // A request still unanswered after 10 s counts as a timeout (an error), not as a slow success.
    timeout: 10,
  });
  return {
    connections,
    seconds,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.total / seconds),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

/** User + system CPU milliseconds the process has used (Linux /proc), or null. */
function cpuMs(pid: number | undefined): number | null {
  try {
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th, in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
    if (!fields) return null;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

function peakRssMiB(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

function tail(path: string, lines = 20): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
