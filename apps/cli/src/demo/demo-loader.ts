import type { LocalDate } from '@daihou/core';
import { type Database, hashPassword, type Sql } from '@daihou/db';
import { type ImportKind, importRecords } from '../import/import-pipeline';
import { DEMO_BRANCHES, DEMO_PASSWORD, DEMO_USERS } from './demo-organisation';
import type { DemoCollateral, DemoGuarantee, DemoPortfolio } from './demo-portfolio';
import { generateDemoPortfolio } from './demo-portfolio.generator';
import { customerRecord, loanRecord, repaymentRecord } from './demo-records';

export interface DemoLoadOptions {
  readonly customers: number;
  readonly seed: number;
  readonly businessDate: LocalDate;
  /** One line of progress (stderr). */
  readonly progress?: (line: string) => void;
}

export interface DemoLoadResult {
  readonly portfolio: DemoPortfolio;
  readonly users: number;
  readonly guarantees: number;
  readonly collateral: number;
  readonly seconds: number;
}

const elapsed = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Generates the demo portfolio and loads it: organisation and users by plain SQL, then customers,
 * loans and repayments through the import pipeline (the same validation and servicing rules as
 * `daihou import`), then guarantees and collateral attached to the imported contracts.
 */
export async function loadDemo(db: Database, options: DemoLoadOptions): Promise<DemoLoadResult> {
  const progress = options.progress ?? (() => undefined);
  const start = performance.now();
  let t = start;
  // scrypt is deliberately slow and runs on the thread pool: hash while the portfolio is generated.
  const hashing = Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const portfolio = generateDemoPortfolio(options);
  progress(
    `demo: generated ${portfolio.customers.length} customers, ${portfolio.loans.length} loans, ` +
      `${portfolio.repayments.length} repayments (seed ${options.seed}) in ${elapsed(t)}`,
  );

  t = performance.now();
  const users = await insertOrganisation(db, await hashing);
  progress(`demo: ${DEMO_BRANCHES.length} branches and ${users} users in ${elapsed(t)}`);

  await importAll(db, 'customers', portfolio.customers.map(customerRecord), progress);
  await importAll(db, 'loans', portfolio.loans.map(loanRecord), progress);
  await importAll(db, 'repayments', portfolio.repayments.map(repaymentRecord), progress);

  t = performance.now();
  const { guarantees, collateral } = await db.transaction(async (tx) => ({
    guarantees: await insertGuarantees(tx, portfolio.guarantees),
    collateral: await insertCollateral(tx, portfolio.collateral),
  }));
  progress(`demo: ${guarantees} guarantees and ${collateral} collateral items in ${elapsed(t)}`);
  return { portfolio, users, guarantees, collateral, seconds: (performance.now() - start) / 1000 };
}

async function importAll(
  db: Database,
  kind: ImportKind,
  records: Record<string, string>[],
  progress: (line: string) => void,
): Promise<void> {
  const t = performance.now();
  const report = await importRecords(db, kind, records, { dryRun: false, partial: false });
  if (report.errors.length > 0) {
    const first = report.errors
      .slice(0, 3)
      .map((e) => `row ${e.row} ${e.column} "${e.value}": ${e.message}`)
      .join('; ');
    throw new Error(`demo ${kind} were refused by the import (${report.errors.length} errors): ${first}`);
  }
  progress(`demo: imported ${records.length} ${kind} in ${elapsed(t)}`);
}

/** Branches and users; existing ones (same id or username) are left as they are. Returns users added. */
async function insertOrganisation(db: Database, hashes: readonly string[]): Promise<number> {
  return db.transaction(async (tx) => {
    for (const b of DEMO_BRANCHES) {
      await tx.query(
        `insert into branch (id, parent_id, name, level, path) values ($1, $2, $3, $4, $5)
         on conflict (id) do nothing`,
        [b.id, b.parentId, b.name, b.level, b.path],
      );
    }
    let added = 0;
    for (const [i, u] of DEMO_USERS.entries()) {
      const rows = await tx.query(
        `insert into app_user (username, display_name, branch_id, roles, password_hash)
         values ($1, $2, $3, $4::text[], $5)
         on conflict (username) do nothing returning id`,
        [u.username, u.displayName, u.branchId, [...u.roles], hashes[i]],
      );
      added += rows.length;
    }
    return added;
  });
}

async function insertGuarantees(sql: Sql, rows: readonly DemoGuarantee[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <K extends keyof DemoGuarantee>(k: K) => rows.map((r) => r[k]);
  // A guarantor who is a customer is named and identified as the customer register has them.
  const [res] = await sql.query<{ n: string }>(
    `with ins as (
       insert into guarantee (contract_id, guarantor_customer_id, guarantor_name, guarantor_id_type,
                              guarantor_id_number, guarantor_phone, guarantee_type, amount, net_worth,
                              start_date, end_date)
       select c.id, gc.id, coalesce(gc.name, g.name), coalesce(gc.id_type, g.id_type),
              coalesce(gc.id_number, g.id_number), coalesce(gc.phone, g.phone), g.guarantee_type,
              g.amount, g.net_worth, g.start_date, g.end_date
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::bigint[], $9::bigint[], $10::date[], $11::date[])
              as g (contract_no, guarantor_customer_no, name, id_type, id_number, phone, guarantee_type,
                    amount, net_worth, start_date, end_date)
         join contract c on c.contract_no = g.contract_no
         left join customer gc on gc.customer_no = g.guarantor_customer_no
       returning 1)
     select count(*) as n from ins`,
    [
      col('contractNo'),
      col('guarantorCustomerNo'),
      col('guarantorName'),
      col('guarantorIdType'),
      col('guarantorIdNumber'),
      col('guarantorPhone'),
      col('guaranteeType'),
      col('amount'),
      col('netWorth'),
      col('startDate'),
      col('endDate'),
    ],
  );
  const n = Number(res?.n ?? 0);
  if (n !== rows.length) throw new Error(`demo: only ${n} of ${rows.length} guarantees found their contract`);
  return n;
}

async function insertCollateral(sql: Sql, rows: readonly DemoCollateral[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <K extends keyof DemoCollateral>(k: K) => rows.map((r) => r[k]);
  const [res] = await sql.query<{ n: string }>(
    `with ins as (
       insert into collateral (contract_id, owner_customer_id, collateral_type, description, value,
                               valuation_date, registration_no, insurance_expiry, registration_expiry)
       select c.id, o.id, k.collateral_type, k.description, k.value, k.valuation_date, k.registration_no,
              k.insurance_expiry, k.registration_expiry
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::date[], $7::text[],
                     $8::date[], $9::date[])
              as k (contract_no, owner_customer_no, collateral_type, description, value, valuation_date,
                    registration_no, insurance_expiry, registration_expiry)
         join contract c on c.contract_no = k.contract_no
         left join customer o on o.customer_no = k.owner_customer_no
       returning 1)
     select count(*) as n from ins`,
    [
      col('contractNo'),
      col('ownerCustomerNo'),
      col('collateralType'),
      col('description'),
      col('value'),
      col('valuationDate'),
      col('registrationNo'),
      col('insuranceExpiry'),
      col('registrationExpiry'),
    ],
  );
  const n = Number(res?.n ?? 0);
  if (n !== rows.length)
    throw new Error(`demo: only ${n} of ${rows.length} collateral items found their contract`);
  return n;
}
