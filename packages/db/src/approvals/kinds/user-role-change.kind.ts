import { DomainError } from '@daihou/core';
import { z } from 'zod';
import type { Sql } from '../../sql-client';
import { defineApprovalKind, locateBy } from '../approval-kind';

export const USER_ROLE_CHANGE_PERMISSION = 'user.role_change.approve';

const roleName = z.string().regex(/^[a-z][a-z_]{1,39}$/, 'must be a role name such as account_manager');

const userRoleChangePayload = z.strictObject({
  /** The user's roles after the change (the whole set, not a difference); the server checks the names. */
  roles: z
    .array(roleName)
    .min(1)
    .max(10)
    .refine((r) => new Set(r).size === r.length, 'must not repeat a role'),
});

export type UserRoleChangePayload = z.infer<typeof userRoleChangePayload>;

interface UserRoleRow {
  id: string;
  branch_id: string;
  roles: string[];
  active: boolean;
}

/** What the request was decided on: the roles (as a set) and whether the user could sign in. */
interface RoleBasis {
  readonly roles: string[];
  readonly active: boolean;
}

async function loadUser(tx: Sql, userId: string, lock: boolean): Promise<UserRoleRow | null> {
  const rows = await tx.query<UserRoleRow>(
    `select id::text as id, branch_id, roles, active from app_user where id = $1 ${lock ? 'for update' : ''}`,
    [userId],
  );
  return rows[0] ?? null;
}

const basisOf = (row: UserRoleRow): RoleBasis => ({ roles: [...row.roles].sort(), active: row.active });
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((r, i) => r === [...b].sort()[i]);

/**
 * A change of a user's roles (issue #4, users and roles administration): one administrator asks, another
 * approves. Sessions read the roles on every request, so the change takes effect on the user's next
 * request after approval.
 */
export const userRoleChangeKind = defineApprovalKind<UserRoleChangePayload>({
  kind: 'user_role_change',
  objectType: 'user',
  permission: USER_ROLE_CHANGE_PERMISSION,
  payloadSchema: userRoleChangePayload,
  locate: locateBy('select branch_id from app_user where id = $1'),

  async prepare(tx, userId, payload) {
    const row = await loadUser(tx, userId, false);
    if (!row) throw new DomainError('not_found', `objectId: no user ${userId}`, 'objectId');
    if (!row.active) {
      throw new DomainError('rule_violation', `objectId: user ${userId} is deactivated`, 'objectId');
    }
    if (sameSet(row.roles, payload.roles)) {
      throw new DomainError(
        'rule_violation',
        `payload.roles: user ${userId} already has exactly these roles`,
        'payload.roles',
      );
    }
    return { branchId: row.branch_id, basis: { ...basisOf(row) } };
  },

  async apply(tx, ctx) {
    const row = await loadUser(tx, ctx.objectId, true);
    if (!row) return { stale: `user ${ctx.objectId} no longer exists` };
    const was = ctx.basis as unknown as RoleBasis;
    const now = basisOf(row);
    if (!sameSet(was.roles, now.roles) || was.active !== now.active) {
      return {
        stale: `user ${ctx.objectId} changed since the request (roles ${was.roles.join(',')} → ${now.roles.join(',')}, active ${was.active} → ${now.active})`,
      };
    }
    const roles = [...ctx.payload.roles].sort();
    await tx.query('update app_user set roles = $2::text[] where id = $1', [row.id, roles]);
    return {
      result: { userId: row.id, roles },
      audit: {
        action: 'user.role_change',
        before: { roles: now.roles },
        after: { roles, approvalId: ctx.approvalId, maker: ctx.maker, reason: ctx.reason },
      },
    };
  },
});
