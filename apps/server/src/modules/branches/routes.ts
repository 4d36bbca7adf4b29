import { listBranchSubtree, scopePrefix } from '@daihou/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';

export const branchSchema = z.object({
  id: z.string(),
  parentId: z
    .string()
    .nullable()
    .describe('null for a root of your scope (the head office, or your own branch)'),
  name: z.string(),
  level: z.enum(['head_office', 'branch', 'sub_branch']),
  path: z.string().describe("materialised path, e.g. '/HQ/A/A01/'"),
});

export const branchListSchema = z.object({ items: z.array(branchSchema) });

/** The organisation tree inside the caller's scope (for branch pickers), parents before children. */
export function branchRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/branches',
    {
      config: { permission: 'branches:read' },
      schema: {
        tags: ['branches'],
        summary: 'The branches inside your scope, ordered by path (parents first)',
        response: { 200: branchListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      const branches = await listBranchSubtree(ctx.db, scopePrefix(caller.scope));
      const ids = new Set(branches.map((b) => b.id));
      return {
        items: branches.map((b) => ({
          ...b,
          parentId: b.parentId !== null && ids.has(b.parentId) ? b.parentId : null,
        })),
      };
    },
  );
}
