import { listAccountManagersInScope } from '@daihou/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';

export const accountManagerSchema = z.object({
  id: z.string().describe('user id: the managerId of GET /loans'),
  displayName: z.string(),
  branchId: z.string(),
  branchName: z.string(),
});

export const accountManagerListSchema = z.object({ items: z.array(accountManagerSchema) });

/**
 * The account managers a caller may filter the register by (GET /loans?managerId=): everyone who reads
 * loans gets the list, so it carries a name and a branch only — never the username, roles or login state
 * that GET /users (administrators) shows.
 */
export function accountManagerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/account-managers',
    {
      config: { permission: 'account_managers:read' },
      schema: {
        tags: ['users'],
        summary:
          'The active account managers (客户经理) of the branches inside your scope, by branch and name',
        description:
          'For the register’s account-manager filter. A manager counts when their own branch lies inside ' +
          'your scope (global roles: every branch); deactivated users are left out.',
        response: { 200: accountManagerListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({
      items: await listAccountManagersInScope(ctx.db, requireCaller(request).scope),
    }),
  );
}
