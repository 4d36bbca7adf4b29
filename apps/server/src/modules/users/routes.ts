import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { approvalSchema } from '../approvals/schemas';
import { openWorkSchema } from '../handover/schemas';
import { pageOf } from '../loans/schemas';
import {
  activationBodySchema,
  passwordResetBodySchema,
  roleChangeBodySchema,
  userCreateBodySchema,
  userListQuerySchema,
  userSchema,
} from './schemas';
import {
  createUserWithPassword,
  listUsersInScope,
  requestRoleChange,
  resetPassword,
  setActive,
} from './service';

export function userRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/users',
    {
      config: { permission: 'users:admin' },
      schema: {
        tags: ['users'],
        summary: 'Users, by username (administrators)',
        querystring: userListQuerySchema,
        response: { 200: pageOf(userSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listUsersInScope(ctx, requireCaller(request), request.query),
  );
  api.post(
    '/users',
    {
      config: { permission: 'users:admin' },
      schema: {
        tags: ['users'],
        summary: 'Create a user with roles, branch and an initial password (administrators)',
        description:
          'The initial password follows the password-change policy; the user must change it at the first ' +
          'sign-in (until then every endpoint but GET /me, POST /me/password and sign-out answers 403 ' +
          'password_change_required). 409 when the username is taken.',
        body: userCreateBodySchema,
        response: { 201: userSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const user = await createUserWithPassword(ctx, request.body, request.audit);
      return reply.status(201).send(user);
    },
  );
  for (const active of [false, true]) {
    api.post(
      active ? '/users/:id/reactivate' : '/users/:id/deactivate',
      {
        config: { permission: 'users:admin' },
        schema: {
          tags: ['users'],
          summary: active
            ? 'Reactivate a deactivated user (administrators): they can sign in again'
            : 'Deactivate a user (administrators): they cannot sign in and their sessions end at once',
          description:
            'Body optional: none, {} or {"reason": "…"} (kept in the audit entry). 409 when the user already ' +
            `is ${active ? 'active' : 'deactivated'}; 422 for your own account.`,
          params: idParams,
          body: activationBodySchema,
          response: {
            200: userSchema.extend({
              openWork: openWorkSchema
                .optional()
                .describe('deactivation: what the user still holds (hand it over; see the orphan check)'),
              orphanCheck: z.string().optional().describe('deactivation: the orphan check to follow up with'),
            }),
            ...errorResponses(400, 401, 403, 404, 409, 422),
          },
        },
      },
      async (request) =>
        setActive(
          ctx,
          requireCaller(request),
          request.params.id,
          active,
          request.body?.reason,
          request.audit,
        ),
    );
  }
  api.post(
    '/users/:id/password-reset',
    {
      config: { permission: 'users:admin' },
      schema: {
        tags: ['users'],
        summary: 'Reset a user’s password to a temporary one (administrators)',
        description:
          'The temporary password follows the password-change policy. Every session of the user ends, a ' +
          'sign-in lock-out of the username is lifted, and the user must change the password at the next ' +
          'sign-in. 422 for your own account (use POST /me/password).',
        params: idParams,
        body: passwordResetBodySchema,
        response: { 200: userSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      resetPassword(
        ctx,
        requireCaller(request),
        request.params.id,
        request.body.temporaryPassword,
        request.audit,
      ),
  );
  api.post(
    '/users/:id/roles',
    {
      config: { permission: 'users:admin' },
      schema: {
        tags: ['users'],
        summary: 'Ask for a change of a user’s roles (maker); another administrator approves it',
        description:
          'Answers 202 with the pending user_role_change request; the roles change when another ' +
          'administrator approves it (POST /approvals/{id}/approve). 409 while one is pending for the user, ' +
          '422 when the roles are the ones the user has or the user is deactivated.',
        params: idParams,
        body: roleChangeBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const pending = await requestRoleChange(
        ctx,
        requireCaller(request),
        request.params.id,
        request.body.roles,
        request.body.reason,
        request.id,
      );
      return reply.status(202).send(pending);
    },
  );
}
