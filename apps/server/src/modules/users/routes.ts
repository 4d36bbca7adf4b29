import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { approvalSchema } from '../approvals/schemas';
import { pageOf } from '../loans/schemas';
import { roleChangeBodySchema, userCreateBodySchema, userListQuerySchema, userSchema } from './schemas';
import { createUserWithPassword, listUsersInScope, requestRoleChange } from './service';

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
          'The initial password follows the password-change policy. 409 when the username is taken.',
        body: userCreateBodySchema,
        response: { 201: userSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { password: _secret, ...shown } = request.body;
      const user = await createUserWithPassword(ctx, request.body);
      await request.audit({
        action: 'user.create',
        objectType: 'user',
        objectId: user.id,
        branchId: user.branchId,
        // Never the password.
        after: { ...shown, id: user.id },
      });
      return reply.status(201).send(user);
    },
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
