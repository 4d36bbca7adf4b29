import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { portfolioQuerySchema, portfolioSchema } from './schemas';
import { portfolioReport } from './service';

export function reportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/reports/portfolio',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Portfolio by class and bucket with NPL ratio and provision coverage, for your scope',
        querystring: portfolioQuerySchema,
        response: { 200: portfolioSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => portfolioReport(ctx, requireCaller(request), request.query),
  );
}
