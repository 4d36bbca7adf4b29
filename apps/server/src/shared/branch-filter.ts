import { type AccessScope, findBranchInScope, type Sql } from '@daihou/db';
import { ApiError } from './api-error';

/**
 * The path of a branch named in a filter, which must lie inside the caller's scope: a branch outside it
 * answers 404 like any other object the caller cannot see.
 */
export async function branchFilterPath(
  sql: Sql,
  scope: AccessScope,
  branchId: string | undefined,
): Promise<string | undefined> {
  if (branchId === undefined) return undefined;
  const branch = await findBranchInScope(sql, scope, branchId);
  if (!branch)
    throw new ApiError('not_found', `branchId: no branch ${branchId} within your scope`, 'branchId');
  return branch.path;
}
