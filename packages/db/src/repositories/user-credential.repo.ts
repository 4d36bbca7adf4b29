import type { Sql } from '../sql-client';
import type { AppUser } from './user.repo';

/**
 * The one place that reads and writes password hashes (user.repo deliberately leaves them out).
 * Only sign-in and password change use it.
 */
export interface UserCredential {
  readonly user: AppUser;
  readonly passwordHash: string | null;
}

export async function findUserCredential(sql: Sql, username: string): Promise<UserCredential | null> {
  const rows = await sql.query<{
    id: string;
    username: string;
    display_name: string;
    branch_id: string;
    roles: string[];
    active: boolean;
    must_change_password: boolean;
    password_hash: string | null;
  }>(
    `select id, username, display_name, branch_id, roles, active, must_change_password, password_hash
       from app_user where username = $1`,
    [username],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    user: {
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      branchId: r.branch_id,
      roles: r.roles,
      active: r.active,
      mustChangePassword: r.must_change_password,
    },
    passwordHash: r.password_hash,
  };
}

export async function findPasswordHash(sql: Sql, userId: string): Promise<string | null> {
  const rows = await sql.query<{ password_hash: string | null }>(
    'select password_hash from app_user where id = $1::bigint',
    [userId],
  );
  return rows[0]?.password_hash ?? null;
}

export interface SetPasswordOptions {
  /**
   * Someone other than the user chose this password (an administrator creating the user or resetting
   * it): the user must change it at the next sign-in. Default false: the user chose it.
   */
  readonly mustChange?: boolean | undefined;
}

export async function setPasswordHash(
  sql: Sql,
  userId: string,
  hash: string,
  at: Date,
  options: SetPasswordOptions = {},
): Promise<void> {
  const rows = await sql.query(
    `update app_user set password_hash = $2, password_changed_at = $3::timestamptz, must_change_password = $4
      where id = $1::bigint returning 1`,
    [userId, hash, at.toISOString(), options.mustChange ?? false],
  );
  if (rows.length !== 1) throw new Error(`user ${userId} does not exist`);
}
