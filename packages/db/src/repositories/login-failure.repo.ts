import type { Sql } from '../sql-client';

/** Failed sign-ins (login_failure), counted over a sliding window for lock-out and throttling. */

/**
 * For one username and one client address: the latest failure (epoch ms; null when none since
 * `latestSince`) and how many failures fell in the window ending at it. A lock is judged against the
 * burst that ended with that failure, so it lasts its full time even after the burst's first failures
 * have aged out of a window counted back from now.
 */
export interface LoginFailureCounts {
  readonly usernameFailures: number;
  readonly usernameLatest: number | null;
  readonly clientFailures: number;
  readonly clientLatest: number | null;
}

export async function recordLoginFailure(
  sql: Sql,
  failure: { readonly username: string; readonly clientIp: string; readonly at: Date },
): Promise<void> {
  await sql.query(
    'insert into login_failure (username, client_ip, failed_at) values ($1, $2, $3::timestamptz)',
    [failure.username, failure.clientIp, failure.at.toISOString()],
  );
}

export async function countLoginFailures(
  sql: Sql,
  query: {
    readonly username: string;
    readonly clientIp: string;
    /** Only a failure after this can still hold a lock (now − lock time). */
    readonly latestSince: Date;
    readonly windowMs: number;
  },
): Promise<LoginFailureCounts> {
  const counts: { n: number; latest: number | null }[] = [];
  // The column name comes from this fixed list, never from input.
  const keys = [
    ['username', query.username],
    ['client_ip', query.clientIp],
  ] as const;
  for (const [column, key] of keys) {
    const [row] = await sql.query<{ n: string; latest_ms: string | null }>(
      `with latest as (
         select max(failed_at) as t from login_failure where ${column} = $1 and failed_at > $2::timestamptz)
       select count(f.id) as n, (extract(epoch from latest.t) * 1000)::bigint as latest_ms
         from latest left join login_failure f
           on f.${column} = $1 and f.failed_at <= latest.t
          and f.failed_at > latest.t - make_interval(secs => $3::double precision / 1000)
        group by latest.t`,
      [key, query.latestSince.toISOString(), query.windowMs],
    );
    counts.push({ n: Number(row?.n ?? 0), latest: row?.latest_ms == null ? null : Number(row.latest_ms) });
  }
  return {
    usernameFailures: counts[0]!.n,
    usernameLatest: counts[0]!.latest,
    clientFailures: counts[1]!.n,
    clientLatest: counts[1]!.latest,
  };
}

/** A successful sign-in forgets the username's failures (not the address's: spraying stays throttled). */
export async function clearLoginFailures(sql: Sql, username: string): Promise<void> {
  await sql.query('delete from login_failure where username = $1', [username]);
}

/** Deletes failures older than `before` (housekeeping; they no longer count in any window). */
export async function purgeLoginFailures(sql: Sql, before: Date): Promise<number> {
  const rows = await sql.query('delete from login_failure where failed_at < $1::timestamptz returning 1', [
    before.toISOString(),
  ]);
  return rows.length;
}
