import {
  clearLoginFailures,
  countLoginFailures,
  createSession,
  DEMO_PASSWORD,
  findLiveSession,
  findPasswordHash,
  findUserCredential,
  hashPassword,
  hashSessionToken,
  isSessionTokenShaped,
  newSessionToken,
  recordLoginFailure,
  revokeSession,
  revokeUserSessions,
  type Sql,
  setPasswordHash,
  touchSession,
  verifyPassword,
} from '@daihou/db';
import type { Auditor } from '../../plugins/audit-trail';
import type { ServerContext } from '../../server-context';
import { ApiError } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { loginRetryAfter } from './login-throttle';
import { knownRoles, permissionsOf, scopeOf } from './permissions';

/** Sign-in, sessions and password change: the only code that reads password hashes. */

const WRONG_CREDENTIALS = 'wrong username or password';
// Activity within this long of the last recorded one does not rewrite the session row.
const TOUCH_EVERY_MS = 60_000;

export interface SignedIn {
  readonly caller: Caller;
  readonly token: string;
  readonly maxAgeSeconds: number;
}

export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string | null;
}

/**
 * Every method that writes appends its audit entry (`session.login`, `session.unauthenticated`,
 * `session.logout`, `user.password_change` …) with `audit` inside the same transaction as the write.
 */
export interface AuthService {
  /** Signs in, ending `previous` (the request's old session, if any) in the same transaction. */
  login(
    username: string,
    password: string,
    client: ClientInfo,
    audit: Auditor,
    previous?: Caller | null,
  ): Promise<SignedIn>;
  /** The caller of a live session, or null; records activity. */
  resolve(token: string): Promise<Caller | null>;
  logout(caller: Caller, audit: Auditor): Promise<void>;
  /** Changes the caller's password, ends all their sessions and signs them in afresh. */
  changePassword(
    caller: Caller,
    current: string,
    next: string,
    client: ClientInfo,
    audit: Auditor,
  ): Promise<SignedIn>;
}

export function authService(ctx: ServerContext): AuthService {
  const { db, config, clock } = ctx;
  const policy = config.login;
  const idleMs = config.session.idleMinutes * 60_000;
  const maxAgeMs = config.session.maxHours * 3_600_000;
  // Unknown usernames still cost one scrypt, so response time does not tell which usernames exist.
  let decoyHash: Promise<string> | undefined;
  const decoy = () => {
    decoyHash ??= hashPassword(`decoy-${newSessionToken().token}`, ctx.passwordHashParams);
    return decoyHash;
  };

  async function refuseWhileLocked(
    username: string,
    clientIp: string,
    now: Date,
    audit: Auditor,
  ): Promise<void> {
    const counts = await countLoginFailures(db, {
      username,
      clientIp,
      latestSince: new Date(now.getTime() - policy.lockMinutes * 60_000),
      windowMs: policy.windowMinutes * 60_000,
    });
    const retryAfter = loginRetryAfter(counts, policy, now);
    if (retryAfter !== null) {
      // Nothing else is written for a refusal while locked: the entry stands alone.
      await audit(db, {
        action: 'session.too_many_requests',
        objectType: 'user',
        objectId: null,
        actor: username,
      });
      throw new ApiError(
        'too_many_requests',
        `too many failed sign-ins: try again in ${Math.ceil(retryAfter / 60)} minute(s)`,
        null,
        { 'retry-after': String(retryAfter) },
      );
    }
  }

  async function startSession(
    tx: Sql,
    userId: string,
    client: ClientInfo,
    now: Date,
  ): Promise<{ token: string }> {
    const { token, tokenHash } = newSessionToken();
    await createSession(tx, {
      tokenHash,
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + maxAgeMs),
      clientIp: client.ip,
      userAgent: client.userAgent,
    });
    return { token };
  }

  async function callerOf(token: string, now: Date): Promise<Caller | null> {
    const tokenHash = hashSessionToken(token);
    const s = await findLiveSession(db, tokenHash, now, new Date(now.getTime() - idleMs));
    if (!s) return null;
    if (now.getTime() - s.lastSeenAt >= TOUCH_EVERY_MS) await touchSession(db, tokenHash, now);
    const roles = knownRoles(s.roles);
    return {
      userId: s.userId,
      username: s.username,
      displayName: s.displayName,
      branchId: s.branchId,
      branchPath: s.branchPath,
      roles,
      permissions: permissionsOf(roles),
      scope: scopeOf(roles, s.branchPath),
      passwordChangeRequired: s.mustChangePassword,
      sessionTokenHash: tokenHash,
    };
  }

  const maxAgeSeconds = Math.floor(maxAgeMs / 1000);

  return {
    async login(username, password, client, audit, previous = null) {
      const now = clock();
      await refuseWhileLocked(username, client.ip, now, audit);
      const credential = await findUserCredential(db, username);
      const matches = await verifyPassword(password, credential?.passwordHash ?? (await decoy()));
      // The demo password is published: production never accepts it, whatever a row says.
      const demoRefused = config.production && password === DEMO_PASSWORD;
      if (!credential?.user.active || !matches || demoRefused) {
        await db.transaction(async (tx) => {
          await recordLoginFailure(tx, { username, clientIp: client.ip, at: now });
          await audit(tx, {
            action: 'session.unauthenticated',
            objectType: 'user',
            objectId: null,
            actor: username,
          });
        });
        // One message for every cause: the answer must not tell which usernames exist.
        throw new ApiError('unauthenticated', WRONG_CREDENTIALS);
      }
      const user = credential.user;
      const { token } = await db.transaction(async (tx) => {
        await clearLoginFailures(tx, username);
        // A new sign-in never continues an older session (no session fixation).
        if (previous) await revokeSession(tx, previous.sessionTokenHash, now);
        const started = await startSession(tx, user.id, client, now);
        await audit(tx, {
          action: 'session.login',
          objectType: 'user',
          objectId: user.id,
          branchId: user.branchId,
          actor: user.username,
          after: { passwordChangeRequired: user.mustChangePassword },
        });
        return started;
      });
      const caller = await callerOf(token, now);
      if (!caller) throw new Error('a new session was not found');
      return { caller, token, maxAgeSeconds };
    },

    async resolve(token) {
      if (!isSessionTokenShaped(token)) return null;
      return callerOf(token, clock());
    },

    async logout(caller, audit) {
      await db.transaction(async (tx) => {
        await revokeSession(tx, caller.sessionTokenHash, clock());
        await audit(tx, {
          action: 'session.logout',
          objectType: 'user',
          objectId: caller.userId,
          branchId: caller.branchId,
        });
      });
    },

    async changePassword(caller, current, next, client, audit) {
      const now = clock();
      await refuseWhileLocked(caller.username, client.ip, now, audit);
      if (!(await verifyPassword(current, await findPasswordHash(db, caller.userId)))) {
        await db.transaction(async (tx) => {
          await recordLoginFailure(tx, { username: caller.username, clientIp: client.ip, at: now });
          await audit(tx, {
            action: 'user.password_change_refused',
            objectType: 'user',
            objectId: caller.userId,
            branchId: caller.branchId,
            after: { reason: 'wrong current password' },
          });
        });
        throw new ApiError('bad_input', 'currentPassword: is not your current password', 'currentPassword');
      }
      checkNewPassword(caller.username, current, next);
      const hash = await hashPassword(next, ctx.passwordHashParams);
      const token = await db.transaction(async (tx) => {
        // The user chose this password: a required change is done.
        await setPasswordHash(tx, caller.userId, hash, now, { mustChange: false });
        const ended = await revokeUserSessions(tx, caller.userId, now);
        const fresh = await startSession(tx, caller.userId, client, now);
        await audit(tx, {
          action: 'user.password_change',
          objectType: 'user',
          objectId: caller.userId,
          branchId: caller.branchId,
          // Never the password or its hash.
          before: { passwordChangeRequired: caller.passwordChangeRequired },
          after: { passwordChangeRequired: false, sessionsEnded: ended },
        });
        return fresh.token;
      });
      const fresh = await callerOf(token, now);
      if (!fresh) throw new Error('a new session was not found');
      return { caller: fresh, token, maxAgeSeconds };
    },
  };
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** The password policy: long enough, not the demo password, not the username, not the old one. */
export function checkNewPassword(username: string, current: string, next: string): void {
  const bad = (message: string) => new ApiError('bad_input', `newPassword: ${message}`, 'newPassword');
  const length = [...next].length;
  if (length < PASSWORD_MIN_LENGTH) throw bad(`must have at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH) throw bad(`must have at most ${PASSWORD_MAX_LENGTH} characters`);
  if (next === DEMO_PASSWORD || next.toLowerCase().includes(DEMO_PASSWORD)) {
    throw bad('must not be (or contain) the published demo password');
  }
  if (next.toLowerCase().includes(username.toLowerCase())) throw bad('must not contain the username');
  if (next === current) throw bad('must differ from the current password');
  if (!/\p{L}/u.test(next) || !/\p{N}/u.test(next)) throw bad('must contain letters and digits');
}
