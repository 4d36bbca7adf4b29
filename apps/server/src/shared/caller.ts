import type { AccessScope } from '@daihou/db';
import type { Permission, Role } from '../modules/auth/permissions';
import { ApiError } from './api-error';

/** The signed-in user a request acts for, resolved from the session cookie. */
export interface Caller {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly branchPath: string;
  readonly roles: readonly Role[];
  readonly permissions: ReadonlySet<Permission>;
  readonly scope: AccessScope;
  /**
   * An administrator set the password (new user, reset): until the user changes it, only GET /me,
   * POST /me/password and sign-out answer; everything else is 403 password_change_required.
   */
  readonly passwordChangeRequired: boolean;
  /** SHA-256 of the session token (identifies the session without the secret). */
  readonly sessionTokenHash: string;
}

/** The caller of a route behind sign-in (the session plugin already answered 401 when there is none). */
export function requireCaller(request: { caller: Caller | null }): Caller {
  if (!request.caller) throw new ApiError('unauthenticated', 'sign in first');
  return request.caller;
}
