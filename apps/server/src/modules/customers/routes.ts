import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { pageOf } from '../loans/schemas';
import {
  customerDetailSchema,
  customerListItemSchema,
  customerListQuerySchema,
  personalDataSchema,
} from './schemas';
import { customerDetail, customerPersonalData, listCustomers } from './service';

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
  api.get(
    '/customers/:id/personal-data',
    {
      config: { permission: 'customers:unmask' },
      schema: {
        tags: ['customers'],
        summary: 'Full ID number and phone of a customer in your scope (audited)',
        description:
          'For the roles that contact customers (account manager, post-loan officer, collector). Each call ' +
          'appends a customer.view_unmasked audit entry naming who looked; the entry itself holds no personal data.',
        params: idParams,
        response: { 200: personalDataSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { view: data, branchId } = await customerPersonalData(
        ctx,
        requireCaller(request),
        request.params.id,
      );
      // Recorded before the data leaves: a failed audit write means nothing is shown.
      await request.audit(ctx.db, {
        action: 'customer.view_unmasked',
        objectType: 'customer',
        objectId: data.id,
        branchId,
        after: { fields: data.phone === null ? ['idNumber'] : ['idNumber', 'phone'] },
      });
      return data;
    },
  );
}
