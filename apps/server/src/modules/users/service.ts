import {
  type AppUser,
  createUser,
  findBranch,
  findUserById,
  findUserByUsername,
  hashPassword,
  scopePrefix,
  setPasswordHash,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { ApiError, notFound } from '../../shared/api-error';
import { branchFilterPath } from '../../shared/branch-filter';
import type { Caller } from '../../shared/caller';
import { makeRequest } from '../approvals/service';
import type { Role } from '../auth/permissions';
import { checkNewPassword } from '../auth/service';
import type { UserListQuery } from './schemas';
import { listUsers } from './user-admin.queries';

/**
 * Users and roles administration (admin only). A new user gets roles directly (the audit trail records
 * who created whom with which roles); changing an existing user's roles is maker–checker
 * (`user_role_change`), approved by another administrator through POST /approvals/{id}/approve.
 */

export const userJson = (u: AppUser) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  branchId: u.branchId,
  roles: [...u.roles],
  active: u.active,
});

export async function listUsersInScope(ctx: ServerContext, caller: Caller, q: UserListQuery) {
  const branchPath = (await branchFilterPath(ctx.db, caller.scope, q.branchId)) ?? scopePrefix(caller.scope);
  const page = await listUsers(ctx.db, { branchPath, text: q.q, page: q.page, pageSize: q.pageSize });
  return { items: page.items.map(userJson), total: page.total, page: q.page, pageSize: q.pageSize };
}

export interface NewUserRequest {
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly roles: readonly Role[];
  readonly password: string;
}

/** The initial password follows the password-change policy (named `password` here). */
function checkInitialPassword(username: string, password: string): void {
  try {
    checkNewPassword(username, '', password);
  } catch (err) {
    if (err instanceof ApiError && err.field === 'newPassword') {
      throw new ApiError('bad_input', err.message.replace(/^newPassword:/, 'password:'), 'password');
    }
    throw err;
  }
}

export async function createUserWithPassword(ctx: ServerContext, r: NewUserRequest) {
  checkInitialPassword(r.username, r.password);
  const hash = await hashPassword(r.password, ctx.passwordHashParams);
  const user = await ctx.db.transaction(async (tx) => {
    if (!(await findBranch(tx, r.branchId))) {
      throw new ApiError('bad_input', `branchId: no branch ${r.branchId}`, 'branchId');
    }
    if (await findUserByUsername(tx, r.username)) {
      throw new ApiError('conflict', `username: ${r.username} is taken`, 'username');
    }
    const created = await createUser(tx, {
      username: r.username,
      displayName: r.displayName,
      branchId: r.branchId,
      roles: r.roles,
    });
    await setPasswordHash(tx, created.id, hash, ctx.clock());
    return created;
  });
  return userJson(user);
}

export async function requestRoleChange(
  ctx: ServerContext,
  caller: Caller,
  userId: string,
  roles: readonly Role[],
  reason: string,
  requestId: string,
) {
  if (!(await findUserById(ctx.db, userId))) throw notFound(`user ${userId}`, 'id');
  return makeRequest(ctx, caller, {
    kind: 'user_role_change',
    objectType: 'user',
    objectId: userId,
    payload: { roles: [...roles] },
    reason,
    requestId,
  });
}
