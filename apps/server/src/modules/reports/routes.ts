import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import {
  overdueDebtorsQuerySchema,
  overdueDebtorsSchema,
  portfolioQuerySchema,
  portfolioSchema,
  portfolioTrendQuerySchema,
  portfolioTrendSchema,
} from './schemas';
import { overdueDebtorsReport, portfolioReport, portfolioTrendReport } from './service';

export function reportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
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
  api.get(
    '/reports/portfolio-trend',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Principal owed, NPL ratio and overdue rate at the end of each past business date',
        querystring: portfolioTrendQuerySchema,
        response: { 200: portfolioTrendSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => portfolioTrendReport(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/reports/largest-overdue-debtors',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'The borrowers with the most overdue principal in your scope (live book)',
        querystring: overdueDebtorsQuerySchema,
        response: { 200: overdueDebtorsSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => overdueDebtorsReport(ctx, requireCaller(request), request.query),
  );
}
