import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, errorResponses } from '../../shared/api-error';
import { type Caller, requireCaller } from '../../shared/caller';
import { loginBodySchema, meSchema, passwordChangeBodySchema } from './schemas';
import type { AuthService, ClientInfo, SignedIn } from './service';
import type { SessionCookie } from './session-cookie';

const meOf = (c: Caller) => ({
  username: c.username,
  displayName: c.displayName,
  roles: [...c.roles],
  branchId: c.branchId,
  permissions: [...c.permissions].sort(),
  scope: c.scope.kind === 'all' ? ('all' as const) : ('branch' as const),
});

const clientOf = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

export function authRoutes(app: FastifyInstance, auth: AuthService, cookie: SessionCookie): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const setSession = (reply: FastifyReply, s: SignedIn) =>
    reply.header('set-cookie', cookie.serialize(s.token, s.maxAgeSeconds));

  api.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the http-only session cookie',
        description:
          'Five failures for one username within 15 minutes lock it for 15 minutes (429 with Retry-After); ' +
          'twenty from one address throttle that address likewise.',
        security: [],
        body: loginBodySchema,
        response: { 200: meSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      let signedIn: SignedIn;
      try {
        signedIn = await auth.login(username, password, clientOf(request));
      } catch (err) {
        if (err instanceof ApiError) {
          await request.audit({
            action: `session.${err.code}`,
            objectType: 'user',
            objectId: null,
            actor: username,
          });
        }
        throw err;
      }
      // A new sign-in never continues an older session (no session fixation).
      if (request.caller) await auth.logout(request.caller);
      request.caller = signedIn.caller;
      await request.audit({ action: 'session.login', objectType: 'user', objectId: signedIn.caller.userId });
      setSession(reply, signedIn);
      return meOf(signedIn.caller);
    },
  );

  api.post(
    '/auth/logout',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears the cookie (also when already signed out)',
        response: { 204: z.null().describe('No content'), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      if (request.caller) {
        await auth.logout(request.caller);
        await request.audit({
          action: 'session.logout',
          objectType: 'user',
          objectId: request.caller.userId,
        });
      }
      return reply.header('set-cookie', cookie.clear()).status(204).send(null);
    },
  );

  api.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their roles, permissions and scope',
        response: { 200: meSchema, ...errorResponses(401) },
      },
    },
    async (request) => meOf(requireCaller(request)),
  );

  api.post(
    '/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your password: ends all your sessions and signs this one in afresh',
        body: passwordChangeBodySchema,
        response: { 204: z.null().describe('No content'), ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request);
      const signedIn = await auth.changePassword(
        caller,
        request.body.currentPassword,
        request.body.newPassword,
        clientOf(request),
      );
      await request.audit({ action: 'user.password_change', objectType: 'user', objectId: caller.userId });
      setSession(reply, signedIn);
      return reply.status(204).send(null);
    },
  );
}
