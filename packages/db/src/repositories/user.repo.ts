import type { Sql } from '../sql-client';

/** A person who logs in. The password hash is deliberately absent: only the auth module reads it. */
export interface AppUser {
  /** bigserial id as exact text. */
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly roles: readonly string[];
  readonly active: boolean;
  /** The password was set by an administrator: the user must change it before doing anything else. */
  readonly mustChangePassword: boolean;
}

export interface NewAppUser {
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly roles?: readonly string[] | undefined;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  branch_id: string;
  roles: string[];
  active: boolean;
  must_change_password: boolean;
}

const COLUMNS = 'id, username, display_name, branch_id, roles, active, must_change_password';

const toUser = (r: UserRow): AppUser => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  branchId: r.branch_id,
  roles: r.roles,
  active: r.active,
  mustChangePassword: r.must_change_password,
});

export async function createUser(sql: Sql, input: NewAppUser): Promise<AppUser> {
  const rows = await sql.query<UserRow>(
    `insert into app_user (username, display_name, branch_id, roles) values ($1, $2, $3, $4::text[])
     returning ${COLUMNS}`,
    [input.username, input.displayName, input.branchId, [...(input.roles ?? [])]],
  );
  return toUser(rows[0]!);
}

export async function findUserByUsername(sql: Sql, username: string): Promise<AppUser | null> {
  const rows = await sql.query<UserRow>(`select ${COLUMNS} from app_user where username = $1`, [username]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserById(sql: Sql, id: string): Promise<AppUser | null> {
  const rows = await sql.query<UserRow>(`select ${COLUMNS} from app_user where id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

/** Locks a user's row for a change by an administrator (deactivation, password reset). */
export async function findUserForUpdate(sql: Sql, id: string): Promise<AppUser | null> {
  const rows = await sql.query<UserRow>(`select ${COLUMNS} from app_user where id = $1 for update`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

/** Deactivates or reactivates a user; a deactivated user cannot sign in and no session of theirs is live. */
export async function setUserActive(sql: Sql, id: string, active: boolean): Promise<AppUser> {
  const rows = await sql.query<UserRow>(
    `update app_user set active = $2 where id = $1 returning ${COLUMNS}`,
    [id, active],
  );
  if (!rows[0]) throw new Error(`user ${id} does not exist`);
  return toUser(rows[0]);
}
