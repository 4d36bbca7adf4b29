import type { Permission } from '../modules/auth/permissions';
import type { Auditor } from '../plugins/audit-trail';
import type { Caller } from './caller';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null (set by the session plugin for every request). */
    caller: Caller | null;
    /**
     * Appends an audit entry for this request inside the write's transaction (actor, request id, client
     * address and time are added); given the Database, in a transaction of its own.
     */
    audit: Auditor;
  }
  interface FastifyContextConfig {
    /** The permission a route needs (PERMISSION_TABLE); omitted with `public`. */
    permission?: Permission;
    /** Served without a session (health, sign-in, sign-out, API documents). */
    public?: boolean;
    /** Answers while the caller must still change an administrator-set password (me, password change). */
    allowedWhilePasswordChangeRequired?: boolean;
  }
}
