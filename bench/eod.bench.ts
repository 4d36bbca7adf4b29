import { runEndOfDay } from '@daihou/batch';
import { addDays, type LocalDate, parseLocalDate } from '@daihou/core';
import { type Database, initBusinessDate, migrate } from '@daihou/db';
import { scratchDatabase } from './scratch-database';

export interface EodBenchResult {
  readonly loans: number;
  readonly days: number;
  readonly seconds: number;
  readonly loansPerSecond: number;
  readonly peakRssMiB: number;
  readonly database: 'pglite' | 'postgres';
  /** Seconds of each business day, and the loans it evaluated. */
  readonly perDay: readonly { date: LocalDate; seconds: number; loansEvaluated: number }[];
  readonly buildSeconds: number;
  /** Where the time went: partition steps summed over all partitions and days (from eod_step_timing). */
  readonly profile: readonly { step: string; seconds: number; items: number }[];
}

const START = parseLocalDate('2026-11-02');

/**
 * A synthetic book built set-based in SQL: N loans of 120,000.00 over 24 months (equal principal, 6 %),
 * disbursed over the last two years so due dates spread over every day of the month; every installment
 * due before the start is paid except on ~15 % of loans, which are 1–6 installments behind (DPD up to
 * ~180). The loans' end-of-day bookkeeping is set as end of day would have left it.
 */
export async function buildBook(db: Database, loans: number): Promise<void> {
  const customers = Math.max(1, Math.floor(loans / 2));
  const s = START;
  await db.exec(`
    insert into branch (id, parent_id, name, level, path) values ('HQ', null, '总行', 'head_office', '/HQ/');
    insert into customer (customer_no, name, customer_type, id_type, id_number, branch_id)
      select 'BC' || g, '基准客户' || g, 'individual', '居民身份证', 'BID' || g, 'HQ'
        from generate_series(1, ${customers}) g;
    insert into contract (contract_no, customer_id, branch_id, amount, signed_date)
      select 'BH' || g, (g % ${customers}) + 1, 'HQ', 12000000, date '${s}' - (20 + g % 700)
        from generate_series(1, ${loans}) g;
    insert into loan (loan_no, contract_id, customer_id, branch_id, product_code, principal, annual_rate, term,
                      method, frequency, disbursement_date, maturity_date, payment_mode, purpose, security_type,
                      accrued_through, principal_owed)
      select 'BL' || g, g, (g % ${customers}) + 1, 'HQ', 'standard', 12000000, 6, 24, 'equal_principal',
             'monthly', date '${s}' - (20 + g % 700), (date '${s}' - (20 + g % 700) + interval '24 months')::date,
             'self', '经营周转', 'unsecured', date '${s}' - 1, 12000000
        from generate_series(1, ${loans}) g;
    insert into installment (loan_id, period, due_date, principal_due, interest_due, principal_paid, interest_paid)
      select l.id, k, d.due, 500000, (12000000 - (k - 1) * 500000) / 200,
             case when d.paid then 500000 else 0 end,
             case when d.paid then (12000000 - (k - 1) * 500000) / 200 else 0 end
        from loan l cross join generate_series(1, 24) k
        cross join lateral (
          select (l.disbursement_date + make_interval(months => k))::date as due) dd
        cross join lateral (
          select dd.due as due,
                 dd.due < date '${s}' - case when l.id % 100 < 15 then 30 * (1 + (l.id % 6)::int) else 0 end as paid) d;
    update loan l set principal_owed = x.owed, oldest_unpaid_due = x.oldest
      from (select loan_id, sum(principal_due - principal_paid) as owed,
                   min(due_date) filter (where principal_paid < principal_due or interest_paid < interest_due) as oldest
              from installment group by loan_id) x
     where l.id = x.loan_id;
    update loan set
      dpd = greatest(0, (date '${s}' - 1) - oldest_unpaid_due),
      next_check_date = (select min(oldest_unpaid_due + t) from unnest(array[1, 31, 61, 91, 121, 151, 181, 271, 361]) t
                          where oldest_unpaid_due + t > date '${s}' - 1);
    update loan set
      bucket = case when dpd = 0 then 'M0' when dpd > 180 then 'M7+' else 'M' || ((dpd - 1) / 30 + 1) end,
      own_classification = case when dpd = 0 then 'normal' when dpd <= 90 then 'special_mention'
                                when dpd <= 270 then 'substandard' when dpd <= 360 then 'doubtful' else 'loss' end,
      own_class_rule = case when dpd = 0 then 'dpd=0' when dpd <= 90 then 'dpd>0'
                            when dpd <= 270 then 'dpd>90' when dpd <= 360 then 'dpd>270' else 'dpd>360' end;
    update loan set classification = own_classification, class_rule = own_class_rule;
  `);
  // A live book has been vacuumed; a freshly generated one would pay hint-bit writes on first read.
  await db.exec('vacuum analyze');
  await initBusinessDate(db, START);
}

/** `daihou bench eod --loans N --days K`: builds the book in a scratch database and times K days of end of day. */
export async function benchEod(loans = 100_000, days = 1): Promise<EodBenchResult> {
  const { db, dispose } = await scratchDatabase();
  try {
    await migrate(db);
    const b0 = process.hrtime.bigint();
    await buildBook(db, loans);
    const buildSeconds = Number(process.hrtime.bigint() - b0) / 1e9;
    const perDay: { date: LocalDate; seconds: number; loansEvaluated: number }[] = [];
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < days; i++) {
      const date = addDays(START, i);
      const d0 = process.hrtime.bigint();
      const r = await runEndOfDay(db, date);
      if (r.status !== 'completed')
        throw new Error(`end of day ${date} ${r.status}: ${JSON.stringify(r.failures[0])}`);
      perDay.push({
        date,
        seconds: Number(process.hrtime.bigint() - d0) / 1e9,
        loansEvaluated: r.loansEvaluated,
      });
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
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
