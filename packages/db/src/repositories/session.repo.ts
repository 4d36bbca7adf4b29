import type { Sql } from '../sql-client';

/**
 * Sign-in sessions kept in the database (app_session), so every API process sees the same sessions and
 * a logout or password change ends them everywhere. Times come from the caller's clock as Date values:
 * the server decides what "now" is, which keeps expiry testable.
 */

export interface NewSession {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
}

/** The signed-in user behind a live session, with their branch's path (the root of their scope). */
export interface SessionUser {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly branchPath: string;
  readonly roles: readonly string[];
  /** The user must change an administrator-set password before anything else. */
  readonly mustChangePassword: boolean;
  /** Epoch milliseconds. */
  readonly lastSeenAt: number;
  readonly expiresAt: number;
}

export async function createSession(sql: Sql, s: NewSession): Promise<void> {
  await sql.query(
    `insert into app_session (token_hash, user_id, created_at, last_seen_at, expires_at, client_ip, user_agent)
     values ($1, $2::bigint, $3::timestamptz, $3::timestamptz, $4::timestamptz, $5, $6)`,
    [
      s.tokenHash,
      s.userId,
      s.createdAt.toISOString(),
      s.expiresAt.toISOString(),
      s.clientIp,
      s.userAgent?.slice(0, 300) ?? null,
    ],
  );
}

/**
 * The user of a session that is live at `now`: not revoked, before its absolute expiry, seen after
 * `idleSince`, and its user still active.
 */
export async function findLiveSession(
  sql: Sql,
  tokenHash: string,
  now: Date,
  idleSince: Date,
): Promise<SessionUser | null> {
  const rows = await sql.query<{
    user_id: string;
    username: string;
    display_name: string;
    branch_id: string;
    branch_path: string;
    roles: string[];
    must_change_password: boolean;
    last_seen_ms: string;
    expires_ms: string;
  }>(
    `select u.id as user_id, u.username, u.display_name, u.branch_id, b.path as branch_path, u.roles,
            u.must_change_password,
            (extract(epoch from s.last_seen_at) * 1000)::bigint as last_seen_ms,
            (extract(epoch from s.expires_at) * 1000)::bigint as expires_ms
       from app_session s
       join app_user u on u.id = s.user_id
       join branch b on b.id = u.branch_id
      where s.token_hash = $1 and s.revoked_at is null and u.active
        and s.expires_at > $2::timestamptz and s.last_seen_at > $3::timestamptz`,
    [tokenHash, now.toISOString(), idleSince.toISOString()],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
    branchId: r.branch_id,
    branchPath: r.branch_path,
    roles: r.roles,
    mustChangePassword: r.must_change_password,
    lastSeenAt: Number(r.last_seen_ms),
    expiresAt: Number(r.expires_ms),
  };
}

/** Records activity on a session (the idle timeout restarts). */
export async function touchSession(sql: Sql, tokenHash: string, now: Date): Promise<void> {
  await sql.query('update app_session set last_seen_at = $2::timestamptz where token_hash = $1', [
    tokenHash,
    now.toISOString(),
  ]);
}

export async function revokeSession(sql: Sql, tokenHash: string, now: Date): Promise<void> {
  await sql.query(
    'update app_session set revoked_at = $2::timestamptz where token_hash = $1 and revoked_at is null',
    [tokenHash, now.toISOString()],
  );
}

/** Ends every live session of a user (password change or reset, deactivation); returns how many were ended. */
export async function revokeUserSessions(sql: Sql, userId: string, now: Date): Promise<number> {
  const rows = await sql.query(
    `update app_session set revoked_at = $2::timestamptz
      where user_id = $1::bigint and revoked_at is null returning 1`,
    [userId, now.toISOString()],
  );
  return rows.length;
}

/** Deletes sessions that ended before `before` (housekeeping; they can never be used again). */
export async function purgeSessions(sql: Sql, before: Date): Promise<number> {
  const rows = await sql.query(
    `delete from app_session
      where expires_at < $1::timestamptz or revoked_at < $1::timestamptz returning 1`,
    [before.toISOString()],
  );
  return rows.length;
}
