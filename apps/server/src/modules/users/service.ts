import {
  type AppUser,
  clearLoginFailures,
  createUser,
  findBranch,
  findUserById,
  findUserByUsername,
  findUserForUpdate,
  hashPassword,
  isUniqueViolation,
  openWorkOf,
  revokeUserSessions,
  type Sql,
  scopePrefix,
  setPasswordHash,
  setUserActive,
} from '@daihou/db';
import type { Auditor } from '../../plugins/audit-trail';
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
 * A password an administrator sets (at creation, by a reset) must be changed by the user at the next
 * sign-in. Every change appends its audit entry in its own transaction, never the password.
 */

export const userJson = (u: AppUser) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  branchId: u.branchId,
  roles: [...u.roles],
  active: u.active,
  passwordChangeRequired: u.mustChangePassword,
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

/** A password an administrator sets follows the password-change policy (the field named as the body names it). */
function checkAdminSetPassword(username: string, password: string, field: string): void {
  try {
    checkNewPassword(username, '', password);
  } catch (err) {
    if (err instanceof ApiError && err.field === 'newPassword') {
      throw new ApiError('bad_input', err.message.replace(/^newPassword:/, `${field}:`), field);
    }
    throw err;
  }
}

export async function createUserWithPassword(ctx: ServerContext, r: NewUserRequest, audit: Auditor) {
  checkAdminSetPassword(r.username, r.password, 'password');
  const hash = await hashPassword(r.password, ctx.passwordHashParams);
  const user = await ctx.db
    .transaction(async (tx) => {
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
      // The administrator knows this password: the user replaces it at the first sign-in.
      await setPasswordHash(tx, created.id, hash, ctx.clock(), { mustChange: true });
      const shown = userJson({ ...created, mustChangePassword: true });
      await audit(tx, {
        action: 'user.create',
        objectType: 'user',
        objectId: created.id,
        branchId: created.branchId,
        before: null,
        // Never the password.
        after: shown,
      });
      return shown;
    })
    .catch((err: unknown) => {
      // Two creations of one username at once: both pass the look-up, the unique index stops the second.
      if (isUniqueViolation(err, 'app_user_username_key')) {
        throw new ApiError('conflict', `username: ${r.username} is taken`, 'username');
      }
      throw err;
    });
  return user;
}

/** The user's row, locked; 404 when there is none, 422 when it is the caller's own (an administrator
 * does not lock themselves out, and changes their own password through POST /me/password). */
async function lockOtherUser(tx: Sql, caller: Caller, userId: string, what: string): Promise<AppUser> {
  const user = await findUserForUpdate(tx, userId);
  if (!user) throw notFound(`user ${userId}`, 'id');
  if (user.id === caller.userId) {
    throw new ApiError('rule_violation', `id: you cannot ${what} yourself`, 'id');
  }
  return user;
}

const stateOf = (u: AppUser) => ({ active: u.active, passwordChangeRequired: u.mustChangePassword });

/**
 * Deactivates (active = false) or reactivates a user. Deactivation ends every session of the user in the
 * same transaction (and sessions only count for active users anyway); a reactivated user signs in afresh.
 * 409 when the user already is in that state. A deactivation answers what the user still holds.
 */
export async function setActive(
  ctx: ServerContext,
  caller: Caller,
  userId: string,
  active: boolean,
  reason: string | undefined,
  audit: Auditor,
) {
  const verb = active ? 'reactivate' : 'deactivate';
  return ctx.db.transaction(async (tx) => {
    const user = await lockOtherUser(tx, caller, userId, verb);
    if (user.active === active) {
      throw new ApiError(
        'conflict',
        `id: user ${user.username} is already ${active ? 'active' : 'deactivated'}`,
        'id',
      );
    }
    const changed = await setUserActive(tx, user.id, active);
    const ended = active ? 0 : await revokeUserSessions(tx, user.id, ctx.clock());
    await audit(tx, {
      action: `user.${verb}`,
      objectType: 'user',
      objectId: user.id,
      branchId: user.branchId,
      before: stateOf(user),
      after: { ...stateOf(changed), sessionsEnded: ended, reason: reason ?? null },
    });
    if (active) return userJson(changed);
    // Deactivation is allowed while the user still holds work; the answer says how much, and the orphan
    // check lists it until a handover (docs/domain/handover.md) gives it to someone active.
    return { ...userJson(changed), openWork: await openWorkOf(tx, user.id), orphanCheck: ORPHAN_CHECK };
  });
}

const ORPHAN_CHECK = '/api/v1/handover/orphans';

/**
 * An administrator's password reset: the temporary password (by the password policy) replaces the old
 * one, every session of the user ends, a sign-in lock-out on the username is lifted, and the user must
 * change the password at the next sign-in.
 */
export async function resetPassword(
  ctx: ServerContext,
  caller: Caller,
  userId: string,
  temporaryPassword: string,
  audit: Auditor,
) {
  const target = await findUserById(ctx.db, userId);
  if (!target) throw notFound(`user ${userId}`, 'id');
  checkAdminSetPassword(target.username, temporaryPassword, 'temporaryPassword');
  const hash = await hashPassword(temporaryPassword, ctx.passwordHashParams);
  return ctx.db.transaction(async (tx) => {
    // The failures before the user's row, in the order a sign-in takes them (it deletes them, then its
    // new session references the row): a reset racing the user's sign-in cannot deadlock with it.
    await clearLoginFailures(tx, target.username);
    const user = await lockOtherUser(tx, caller, userId, 'reset the password of');
    const now = ctx.clock();
    await setPasswordHash(tx, user.id, hash, now, { mustChange: true });
    const ended = await revokeUserSessions(tx, user.id, now);
    const changed = { ...user, mustChangePassword: true };
    await audit(tx, {
      action: 'user.password_reset',
      objectType: 'user',
      objectId: user.id,
      branchId: user.branchId,
      // Never the password or its hash.
      before: stateOf(user),
      after: { ...stateOf(changed), sessionsEnded: ended },
    });
    return userJson(changed);
  });
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
