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
}

const COLUMNS = 'id, username, display_name, branch_id, roles, active';

const toUser = (r: UserRow): AppUser => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  branchId: r.branch_id,
  roles: r.roles,
  active: r.active,
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
