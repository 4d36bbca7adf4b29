import type { Sql } from '../sql-client';
import { type AccessScope, scopePrefix } from './access-scope';
import { type Branch, findBranch } from './branch.repo';

/** The branch if it lies inside `scope` (itself or below), else null: outside and missing look alike. */
export async function findBranchInScope(sql: Sql, scope: AccessScope, id: string): Promise<Branch | null> {
  const branch = await findBranch(sql, id);
  return branch?.path.startsWith(scopePrefix(scope)) ? branch : null;
}

/** The path of a user's branch: the root of a branch-scoped user's view. */
export async function findBranchPath(sql: Sql, branchId: string): Promise<string | null> {
  return (await findBranch(sql, branchId))?.path ?? null;
}
