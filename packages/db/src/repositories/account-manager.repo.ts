import type { Sql } from '../sql-client';
import { type AccessScope, scopePrefix } from './access-scope';

/**
 * An account manager (客户经理) as a picker shows them: who they are and where they sit, nothing else
 * about the person (no username, roles or login state).
 */
export interface AccountManagerOption {
  /** bigserial id as exact text: the `managerId` of loans and customers. */
  readonly id: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly branchName: string;
}

/**
 * The active users with the account_manager role whose branch lies inside `scope`, by branch path and
 * then name (the id breaks ties between namesakes). A deactivated manager is left out: the register
 * filter offers the people who hold books now.
 */
export async function listAccountManagersInScope(
  sql: Sql,
  scope: AccessScope,
): Promise<AccountManagerOption[]> {
  const rows = await sql.query<{ id: string; display_name: string; branch_id: string; branch_name: string }>(
    `select u.id::text as id, u.display_name, u.branch_id, b.name as branch_name
       from app_user u join branch b on b.id = u.branch_id
      where u.active and 'account_manager' = any(u.roles) and starts_with(b.path, $1)
      order by b.path, u.display_name, u.id`,
    [scopePrefix(scope)],
  );
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    branchId: r.branch_id,
    branchName: r.branch_name,
  }));
}
