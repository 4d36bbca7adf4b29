import { connectFromEnv, initBusinessDate, migrate, portfolioSummary } from '@daihou/db';
import { type DemoLoadResult, loadDemo } from '../demo/demo-loader';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/demo-organisation';
import {
  databaseLabel,
  hasCustomers,
  isProductionMode,
  parseDemoCustomers,
  parseDemoSeed,
} from '../demo/demo-settings';
import { parseOptions } from '../shared/args';
import { type Command, EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../shared/cli-io';
import { todayAtEdge } from '../shared/clock';

const HELP = `Usage: daihou demo [--customers N] [--seed S]

Creates a realistic synthetic portfolio in the configured database (DATABASE_URL, else PGlite in
DATA_DIR): head office HQ, branches A and B, sub-branches A01 A02 B01 B02, one user per role (password
${DEMO_PASSWORD}), N customers (default 3000) with loans of every repayment method and every
delinquency state, their repayment histories, guarantees and collateral. The same seed gives the same
portfolio. Customers, loans and repayments go through the import pipeline (daihou import).
Refused when the database already has customers, and in production mode (NODE_ENV=production).`;

export const demo: Command = async (args, io) => {
  const { values } = parseOptions(args, {
    customers: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    io.out(HELP);
    return EXIT_OK;
  }
  const customers = parseDemoCustomers(values.customers);
  const seed = parseDemoSeed(values.seed);
  if (isProductionMode()) {
    throw new UsageError(
      'NODE_ENV',
      `production mode refuses the demo (its users share the password ${DEMO_PASSWORD})`,
    );
  }
  const db = await connectFromEnv();
  try {
    await migrate(db);
    const businessDate = await initBusinessDate(db, todayAtEdge());
    if (await hasCustomers(db)) {
      io.err(
        `demo: the database already has customers; the demo loads only into an empty database (${databaseLabel(db)}). ` +
          'Point DATA_DIR or DATABASE_URL at a new one.',
      );
      return EXIT_BAD_INPUT;
    }
    const result = await loadDemo(db, { customers, seed, businessDate, progress: (l) => io.err(l) });
    const { loans } = await portfolioSummary(db);
    io.out(demoSummary(result, databaseLabel(db), loans));
    return EXIT_OK;
  } finally {
    await db.close();
  }
};

const n = (x: number): string => x.toLocaleString('en-US');

export function demoSummary(
  result: DemoLoadResult,
  database: string,
  loans: { active: number; settled: number },
): string {
  const p = result.portfolio;
  const individuals = p.customers.filter((c) => c.customerType === 'individual').length;
  return [
    `Demo portfolio loaded into ${database} in ${result.seconds.toFixed(1)} s (business date ${p.businessDate}, seed ${p.seed})`,
    `  customers   ${n(p.customers.length)} (${n(individuals)} individuals, ${n(p.customers.length - individuals)} enterprises)`,
    `  loans       ${n(p.loans.length)} (${n(loans.active)} active, ${n(loans.settled)} settled)`,
    `  repayments  ${n(p.repayments.length)}`,
    `  guarantees  ${n(result.guarantees)} (${p.guaranteeCircles.length} mutual-guarantee circles), collateral ${n(result.collateral)}`,
    `  users       ${DEMO_USERS.map((u) => u.username).join(', ')}`,
    `              password: ${DEMO_PASSWORD}`,
  ].join('\n');
}
