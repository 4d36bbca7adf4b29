import { type EodWorkerJob, runEndOfDay } from '@daihou/batch';
import { addDays, badInput, type LocalDate, parseLocalDate } from '@daihou/core';
import {
  type Database,
  initBusinessDate,
  migrate,
  planInspections,
  runWarningsAndCollection,
} from '@daihou/db';
import { scratchDatabase } from './scratch-database';

export interface EodBenchResult {
  readonly loans: number;
  readonly days: number;
  readonly seconds: number;
  readonly loansPerSecond: number;
  readonly peakRssMiB: number;
  readonly database: 'pglite' | 'postgres';
  readonly workers: number;
  /** Whether the book's on-time payers pay during the benchmark (`on-time`) or nobody does (`none`). */
  readonly payments: 'on-time' | 'none';
  /** Share of the active loans overdue after the last day (the book starts at ~15 %). */
  readonly delinquentShare: number;
  /** Seconds of each business day, and the loans it evaluated. */
  readonly perDay: readonly { date: LocalDate; seconds: number; loansEvaluated: number }[];
  readonly buildSeconds: number;
  /** Where the time went: partition steps summed over all partitions and days (from eod_step_timing). */
  readonly profile: readonly { step: string; seconds: number; items: number }[];
}

const START = parseLocalDate('2026-11-02');

export interface BookOptions {
  /**
   * 'single' (default): every row in one branch, HQ, as the end-of-day bench has always measured.
   * 'tree': HQ over branches A and B over sub-branches A01, A02, B01, B02, the book spread evenly over
   * the four sub-branches (what scoped API reads need).
   */
  readonly branches?: 'single' | 'tree' | undefined;
}

/** The 'tree' book's branches, parents first. */
export const BRANCH_TREE = [
  { id: 'HQ', parent: null, name: '总行', level: 'head_office', path: '/HQ/' },
  { id: 'A', parent: 'HQ', name: '甲分行', level: 'branch', path: '/HQ/A/' },
  { id: 'B', parent: 'HQ', name: '乙分行', level: 'branch', path: '/HQ/B/' },
  { id: 'A01', parent: 'A', name: '甲一支行', level: 'sub_branch', path: '/HQ/A/A01/' },
  { id: 'A02', parent: 'A', name: '甲二支行', level: 'sub_branch', path: '/HQ/A/A02/' },
  { id: 'B01', parent: 'B', name: '乙一支行', level: 'sub_branch', path: '/HQ/B/B01/' },
  { id: 'B02', parent: 'B', name: '乙二支行', level: 'sub_branch', path: '/HQ/B/B02/' },
] as const;
const SUB_BRANCH_IDS = "['A01', 'A02', 'B01', 'B02']";

/**
 * A synthetic book built set-based in SQL: N loans of 120,000.00 over 24 months (equal principal, 6 %),
 * disbursed over the last two years so due dates spread over every day of the month; every installment
 * due before the start is paid except on ~15 % of loans, which are 1–6 installments behind (DPD up to
 * ~180). The loans' end-of-day bookkeeping is set as end of day would have left it.
 *
 * Each table is written once, in one statement, with its derived columns computed in the same pass:
 * at 1,000,000 loans (24 M installments) updating the loans afterwards, and checking each installment's
 * foreign key, took most of ten minutes.
 */
export async function buildBook(db: Database, loans: number, options: BookOptions = {}): Promise<void> {
  const customers = Math.max(1, Math.floor(loans / 2));
  const s = START;
  const tree = options.branches === 'tree';
  // A customer's branch; its contracts and loans are booked where it is. Blocks of 7 ids per branch so
  // the branch does not follow the id's parity, which decides how far behind a loan is (below).
  const customerBranch = (c: string) => (tree ? `(array${SUB_BRANCH_IDS})[(${c} / 7) % 4 + 1]` : `'HQ'`);
  const branches = tree
    ? BRANCH_TREE.map(
        (b) => `('${b.id}', ${b.parent ? `'${b.parent}'` : 'null'}, '${b.name}', '${b.level}', '${b.path}')`,
      ).join(', ')
    : `('HQ', null, '总行', 'head_office', '/HQ/')`;
  // A loan's disbursement date, and how far behind it is (0 for the 85 % that pay on time).
  const disbursed = (g: string) => `(date '${s}' - (20 + ${g} % 700))`;
  const lag = (g: string) => `(case when ${g} % 100 < 15 then 30 * (1 + ${g} % 6) else 0 end)`;
  await db.transaction(async (tx) => {
    // The book writes every referenced row itself; the bench runs as a superuser on PostgreSQL.
    await tx.exec('set local session_replication_role = replica').catch(() => undefined);
    await tx.exec(`
      insert into branch (id, parent_id, name, level, path) values ${branches};
      insert into customer (id, customer_no, name, customer_type, id_type, id_number, branch_id)
        select g, 'BC' || g, '基准客户' || g, 'individual', '居民身份证', 'BID' || g, ${customerBranch('g')}
          from generate_series(1, ${customers}) g;
      insert into contract (id, contract_no, customer_id, branch_id, amount, signed_date)
        select g, 'BH' || g, (g % ${customers}) + 1, ${customerBranch(`((g % ${customers}) + 1)`)}, 12000000, ${disbursed('g')}
          from generate_series(1, ${loans}) g;
      insert into loan (id, loan_no, contract_id, customer_id, branch_id, product_code, principal, annual_rate, term,
                        method, frequency, disbursement_date, maturity_date, payment_mode, purpose, security_type,
                        accrued_through, principal_owed, oldest_unpaid_due, dpd, next_check_date, bucket,
                        own_classification, own_class_rule, classification, class_rule)
        select g, 'BL' || g, g, (g % ${customers}) + 1, ${customerBranch(`((g % ${customers}) + 1)`)}, 'standard', 12000000, 6, 24, 'equal_principal',
               'monthly', d, (d + interval '24 months')::date, 'self', '经营周转', 'unsecured', date '${s}' - 1,
               12000000 - 500000 * paid, oldest, dpd,
               (select min(oldest + t) from unnest(array[1, 31, 61, 91, 121, 151, 181, 271, 361]) t
                 where oldest + t > date '${s}' - 1),
               case when dpd = 0 then 'M0' when dpd > 180 then 'M7+' else 'M' || ((dpd - 1) / 30 + 1) end,
               cls, rule, cls, rule
          from generate_series(1, ${loans}) g
          cross join lateral (select ${disbursed('g')} as d, ${lag('g')} as lag) b
          cross join lateral (
            select count(*) filter (where due < date '${s}' - b.lag)::int as paid,
                   min(due) filter (where due >= date '${s}' - b.lag) as oldest
              from (select (b.d + make_interval(months => k))::date as due from generate_series(1, 24) k) dd) p
          cross join lateral (select greatest(0, (date '${s}' - 1) - p.oldest) as dpd) q
          cross join lateral (
            select case when q.dpd = 0 then 'normal' when q.dpd <= 90 then 'special_mention'
                        when q.dpd <= 270 then 'substandard' when q.dpd <= 360 then 'doubtful' else 'loss' end as cls,
                   case when q.dpd = 0 then 'dpd=0' when q.dpd <= 90 then 'dpd>0'
                        when q.dpd <= 270 then 'dpd>90' when q.dpd <= 360 then 'dpd>270' else 'dpd>360' end as rule) c;
      insert into installment (loan_id, period, due_date, principal_due, interest_due, principal_paid, interest_paid)
        select g, dd.k, dd.due, 500000, (12000000 - (dd.k - 1) * 500000) / 200,
               case when paid then 500000 else 0 end,
               case when paid then (12000000 - (k - 1) * 500000) / 200 else 0 end
          from generate_series(1, ${loans}) g
          -- Lateral on g, so a loan's installments are written together (as a real book has them), not
          -- period by period across the whole book; offset 0 keeps the planner from flattening it.
          cross join lateral (
            select k, (${disbursed('g')} + make_interval(months => k))::date as due
              from generate_series(1, 24) k
            offset 0) dd
          cross join lateral (select dd.due < date '${s}' - ${lag('g')} as paid) pd;
      select setval(pg_get_serial_sequence('customer', 'id'), ${customers});
      select setval(pg_get_serial_sequence('contract', 'id'), ${loans});
      select setval(pg_get_serial_sequence('loan', 'id'), ${loans});
    `);
  });
  // A live book has been through end of day before: its inspection plan, its open collection cases and
  // the warnings of earlier days exist. The first run of those steps, which reads the whole book once
  // (arrears that came with the book), is part of building it, not of the benchmark's first day.
  await db.transaction(async (tx) => {
    await planInspections(tx, addDays(START, -1));
    await runWarningsAndCollection(tx, addDays(START, -1));
  });
  // A live book has been vacuumed; a freshly generated one would pay hint-bit writes on first read.
  await db.exec('vacuum analyze');
  await initBusinessDate(db, START);
}

export interface EodBenchOptions {
  /** Processes sharing the partitions (PostgreSQL): this one and workers − 1 started by `launchWorkers`. */
  readonly workers?: number;
  readonly launchWorkers?: (databaseUrl: string) => (job: EodWorkerJob, count: number) => Promise<void>;
  /**
   * `on-time` (default): the 85 % of loans that are current pay each installment on its due date, so the
   * book stays ~15 % delinquent as the days go by. `none`: nobody pays, so every loan falling due is
   * overdue the next morning — 3.5 % of the book turns delinquent each day, a stress case.
   */
  readonly payments?: 'on-time' | 'none';
}

/**
 * The day's on-time payments, before end of day and outside the timing: each current loan whose
 * installment falls due on `date` receives it as a credit balance (an auto-debit the evening before),
 * and is marked for that evening's end of day, which applies it to the installment (RULES.md §3).
 */
export async function depositDuePayments(db: Database, date: LocalDate): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `update loan l set credit_balance = l.credit_balance + x.amount,
            next_check_date = least(coalesce(l.next_check_date, $1::date), $1::date)
       from (select p.id as loan_id, d.amount
               from loan p
               cross join lateral (
                 select sum(i.principal_due - i.principal_paid + i.interest_due - i.interest_paid
                            + i.fee_due - i.fee_paid) as amount
                   from installment i where i.loan_id = p.id and i.due_date = $1::date offset 0) d
              where p.status = 'active' and p.oldest_unpaid_due = $1::date and p.id % 100 >= 15) x
      where l.id = x.loan_id and x.amount > 0
     returning l.id::text as id`,
    [date],
  );
  return rows.length;
}

/**
 * `daihou bench eod --loans N --days K [--workers W]`: builds the book in a scratch database and times K
 * days of end of day.
 */
export async function benchEod(
  loans = 100_000,
  days = 1,
  options: EodBenchOptions = {},
): Promise<EodBenchResult> {
  const { db, url, dispose } = await scratchDatabase();
  const workers = options.workers ?? 1;
  if (workers > 1 && (!url || !options.launchWorkers)) {
    await dispose();
    throw badInput('--workers', 'worker processes need PostgreSQL (set DATABASE_URL)');
  }
  try {
    await migrate(db);
    const b0 = process.hrtime.bigint();
    await buildBook(db, loans);
    const buildSeconds = Number(process.hrtime.bigint() - b0) / 1e9;
    const perDay: { date: LocalDate; seconds: number; loansEvaluated: number }[] = [];
    const payments = options.payments ?? 'on-time';
    const t0 = process.hrtime.bigint();
    let untimed = 0n;
    for (let i = 0; i < days; i++) {
      const date = addDays(START, i);
      if (payments === 'on-time') {
        const p0 = process.hrtime.bigint();
        await depositDuePayments(db, date);
        untimed += process.hrtime.bigint() - p0;
      }
      const d0 = process.hrtime.bigint();
      const r = await runEndOfDay(db, date, {
        extraWorkers: workers - 1,
        launchWorkers: url && options.launchWorkers ? options.launchWorkers(url) : undefined,
      });
      if (r.status !== 'completed')
        throw new Error(`end of day ${date} ${r.status}: ${JSON.stringify(r.failures[0])}`);
      perDay.push({
        date,
        seconds: Number(process.hrtime.bigint() - d0) / 1e9,
        loansEvaluated: r.loansEvaluated,
      });
    }
    const seconds = Number(process.hrtime.bigint() - t0 - untimed) / 1e9;
    const [share] = await db.query<{ overdue: string; active: string }>(
      `select count(*) filter (where oldest_unpaid_due < $1::date)::text as overdue, count(*)::text as active
         from loan where status = 'active'`,
      [addDays(START, days)],
    );
    const delinquentShare = Number(share?.overdue ?? 0) / Math.max(1, Number(share?.active ?? 0));
    const profile = await db.query<{ step: string; millis: string; items: string }>(
      `select step, sum(millis)::text as millis, sum(items)::text as items
         from eod_step_timing group by step order by sum(millis) desc`,
    );
    return {
      loans,
      days,
      seconds: Number(seconds.toFixed(2)),
      loansPerSecond: Math.round((loans * days) / seconds),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      database: db.engine,
      workers,
      payments,
      delinquentShare: Number(delinquentShare.toFixed(3)),
      perDay: perDay.map((p) => ({ ...p, seconds: Number(p.seconds.toFixed(2)) })),
      buildSeconds: Number(buildSeconds.toFixed(1)),
      profile: profile.map((p) => ({
        step: p.step,
        seconds: Number(p.millis) / 1000,
        items: Number(p.items),
      })),
    };
  } finally {
    await dispose();
  }
}
