import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { loanDetailSchema, loanListItemSchema, loanListQuerySchema, pageOf } from './schemas';
import { listLoans, loanDetail } from './service';

export function loanRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/loans',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['loans'],
        summary: 'Loans inside your branch scope, filtered, sorted and paged',
        querystring: loanListQuerySchema,
        response: { 200: pageOf(loanListItemSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listLoans(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/loans/:id',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['loans'],
        summary: 'One loan with schedule, repayments, class history and events (404 outside your scope)',
        params: idParams,
        response: { 200: loanDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => loanDetail(ctx, requireCaller(request), request.params.id),
  );
}
