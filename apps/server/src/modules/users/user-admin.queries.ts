import type { AppUser, Sql } from '@daihou/db';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  branch_id: string;
  roles: string[];
  active: boolean;
  must_change_password: boolean;
  total: string;
}

export interface UserListFilter {
  /** Users of branches whose path starts with this ('/' is every branch). */
  readonly branchPath: string;
  readonly text?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** One page of users for the administration screen, by username; never the password hash. */
export async function listUsers(sql: Sql, f: UserListFilter): Promise<{ items: AppUser[]; total: number }> {
  const params: unknown[] = [f.branchPath];
  let where = 'starts_with(b.path, $1)';
  if (f.text) {
    params.push(`%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where += ` and (u.username ilike $2 or u.display_name ilike $2)`;
  }
  const rows = await sql.query<UserRow>(
    `select u.id::text as id, u.username, u.display_name, u.branch_id, u.roles, u.active, u.must_change_password,
            count(*) over ()::text as total
       from app_user u join branch b on b.id = u.branch_id
      where ${where}
      order by u.username
      limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    params,
  );
  const items = rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    branchId: r.branch_id,
    roles: r.roles,
    active: r.active,
    mustChangePassword: r.must_change_password,
  }));
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && f.page > 1) {
    const [c] = await sql.query<{ n: string }>(
      `select count(*)::text as n from app_user u join branch b on b.id = u.branch_id where ${where}`,
      params,
    );
    total = Number(c?.n ?? 0);
  }
  return { items, total };
}
