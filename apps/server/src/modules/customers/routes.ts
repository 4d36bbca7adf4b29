import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { pageOf } from '../loans/schemas';
import { customerDetailSchema, customerListItemSchema, customerListQuerySchema } from './schemas';
import { customerDetail, listCustomers } from './service';

export function customerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: 'Customers inside your branch scope (ID numbers and phones masked)',
        querystring: customerListQuerySchema,
        response: { 200: pageOf(customerListItemSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listCustomers(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/customers/:id',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: 'Customer view (客户360): loans, guarantees given and received, collateral, events',
        params: idParams,
        response: { 200: customerDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => customerDetail(ctx, requireCaller(request), request.params.id),
  );
}
