import { type Classification, DEFAULT_PROVISION_SETTINGS, formatYuanGrouped } from '@daihou/core';
import {
  connectFromEnv,
  initBusinessDate,
  migrate,
  type PortfolioSummary,
  portfolioSummary,
} from '@daihou/db';
import {
  databaseLabel,
  hasCustomers,
  isProductionMode,
  parseDemoCustomers,
  parseDemoSeed,
} from '../demo/demo-settings';
import { parseOptions } from '../shared/args';
import { type Command, EXIT_OK } from '../shared/cli-io';
import { todayAtEdge } from '../shared/clock';

const HELP = `Usage: daihou start [--serve]   (npm start = daihou start --serve)

Prepares the configured database (DATABASE_URL, else PGlite in DATA_DIR): applies migrations, gives a
new database its business date (DAIHOU_BUSINESS_DATE, else today), loads the demo portfolio when the
database has no customers (not in production mode; DAIHOU_DEMO_CUSTOMERS and DAIHOU_DEMO_SEED size it),
and prints the portfolio summary.

--serve   then serve the HTTP API on HOST:PORT (default 127.0.0.1:3000) until Ctrl+C / SIGTERM;
          requests in flight finish before it stops. Settings: see the README (PORT, HOST,
          DAIHOU_ALLOWED_ORIGINS, DAIHOU_SESSION_IDLE_MINUTES, DAIHOU_SESSION_MAX_HOURS …).`;

export const start: Command = async (args, io) => {
  const { values } = parseOptions(args, { help: { type: 'boolean' }, serve: { type: 'boolean' } });
  if (values.help) {
    io.out(HELP);
    return EXIT_OK;
  }
  const customers = parseDemoCustomers(process.env.DAIHOU_DEMO_CUSTOMERS, 'DAIHOU_DEMO_CUSTOMERS');
  const seed = parseDemoSeed(process.env.DAIHOU_DEMO_SEED, 'DAIHOU_DEMO_SEED');
  // The server's settings are checked before anything is loaded: a bad PORT or an insecure production
  // setting stops here (exit 2), not after minutes of demo loading. Loaded only when serving.
  const server = values.serve ? await import('@daihou/server') : null;
  const config = server?.loadConfig(process.env);
  const db = await connectFromEnv();
  try {
    await migrate(db);
    const businessDate = await initBusinessDate(db, todayAtEdge());
    if (!(await hasCustomers(db))) {
      if (isProductionMode()) {
        io.err(
          'start: the database has no customers; production mode never loads the demo (use daihou import)',
        );
      } else {
        io.err(`start: the database has no customers, loading the demo portfolio (${customers} customers)`);
        // Loaded only when needed: an existing database starts without the generator and import code.
        const { loadDemo } = await import('../demo/demo-loader');
        await loadDemo(db, { customers, seed, businessDate, progress: (l) => io.err(l) });
      }
    }
    const summary = await portfolioSummary(db);
    io.out(renderPortfolioSummary(summary, databaseLabel(db)));
    if (!server || !config) {
      io.out(
        '\nThe HTTP API: npm start (daihou start --serve); the web console follows. Commands: npx daihou --help',
      );
      return EXIT_OK;
    }
    // Same process, same connection: PGlite allows one process per data directory.
    const running = await server.startServer({ db, config });
    io.out(`\n${server.listeningBanner(running.url)}`);
    await server.untilShutdown(running);
    return EXIT_OK;
  } finally {
    await db.close();
  }
};

const CLASS_LABEL: Record<Classification, string> = {
  normal: '正常',
  special_mention: '关注',
  substandard: '次级',
  doubtful: '可疑',
  loss: '损失',
};

/** Terminal columns of a string: CJK characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/** A plain table: first column left-aligned, the others right-aligned, CJK-aware widths. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  const pad = (cell: string, c: number) => {
    const fill = ' '.repeat((widths[c] ?? 0) - displayWidth(cell));
    return c === 0 ? cell + fill : fill + cell;
  };
  const line = (r: readonly string[]) => `  ${r.map(pad).join('  ')}`.trimEnd();
  return [line(headers), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map(line)];
}

const count = (n: number): string => n.toLocaleString('en-US');

/** "0.0213" → "2.13%" (exact: the ratio text already has four decimals). */
function percent(ratio: string | null): string {
  if (ratio === null) return 'n/a';
  const [whole = '0', frac = ''] = ratio.split('.');
  const scaled = BigInt(whole + frac.padEnd(4, '0').slice(0, 4));
  return `${scaled / 100n}.${String(scaled % 100n).padStart(2, '0')}%`;
}

export function renderPortfolioSummary(s: PortfolioSummary, database: string): string {
  const r = s.ratios;
  const floor = DEFAULT_PROVISION_SETTINGS.coverageFloor;
  const floorText = `${(floor.n * 100n) / floor.d}%`;
  const total = s.loans.active + s.loans.settled + s.loans.writtenOff;
  const loans = [`${count(s.loans.active)} active`, `${count(s.loans.settled)} settled`];
  if (s.loans.writtenOff > 0) loans.push(`${count(s.loans.writtenOff)} written off`);
  return [
    'Daihou 贷后 — portfolio summary',
    `  business date     ${s.businessDate ?? '(none)'}`,
    `  database          ${database}`,
    `  loans             ${count(total)} (${loans.join(', ')})`,
    `  principal owed    ${formatYuanGrouped(s.principalOwed)} yuan`,
    '',
    'By delinquency bucket (账龄), active loans:',
    ...table(
      ['bucket', 'loans', 'principal owed'],
      s.byBucket.map((b) => [b.bucket, count(b.loans), formatYuanGrouped(b.principalOwed)]),
    ),
    '',
    'By five-category classification (五级分类), active loans:',
    ...table(
      ['class', 'loans', 'principal owed', 'specific provision'],
      s.byClassification.map((c) => [
        `${CLASS_LABEL[c.classification]} ${c.classification}`,
        count(c.loans),
        formatYuanGrouped(c.principalOwed),
        formatYuanGrouped(c.specificProvision),
      ]),
    ),
    '',
    `  NPL ratio (不良贷款率)            ${percent(r.nplRatio)} (NPL principal ${formatYuanGrouped(r.nplPrincipal)})`,
    `  provision coverage (拨备覆盖率)   ${percent(r.provisionCoverage)} (floor ${floorText}${r.provisionCoverage === null ? '' : r.coverageMeetsFloor ? ', met' : ', NOT met'})`,
    `  provisions                        ${formatYuanGrouped(r.totalProvision)} = specific ${formatYuanGrouped(r.specificProvision)} + general ${formatYuanGrouped(r.generalProvision)}`,
  ].join('\n');
}
