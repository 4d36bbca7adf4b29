import type { Permission } from '../modules/auth/permissions';
import type { AuditEvent } from '../plugins/audit-trail';
import type { Caller } from './caller';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null (set by the session plugin for every request). */
    caller: Caller | null;
    /** Records an audit entry for this request (actor, request id and time are added). */
    audit: (event: AuditEvent) => Promise<void>;
  }
  interface FastifyContextConfig {
    /** The permission a route needs (PERMISSION_TABLE); omitted with `public`. */
    permission?: Permission;
    /** Served without a session (health, sign-in, sign-out, API documents). */
    public?: boolean;
  }
}
