import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/api-error';
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
  passwordChangeRequired: c.passwordChangeRequired,
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
      const signedIn = await auth.login(username, password, clientOf(request), request.audit, request.caller);
      request.caller = signedIn.caller;
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
      if (request.caller) await auth.logout(request.caller, request.audit);
      return reply.header('set-cookie', cookie.clear()).status(204).send(null);
    },
  );

  api.get(
    '/me',
    {
      config: { allowedWhilePasswordChangeRequired: true },
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
      config: { allowedWhilePasswordChangeRequired: true },
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
        request.audit,
      );
      setSession(reply, signedIn);
      return reply.status(204).send(null);
    },
  );
}
