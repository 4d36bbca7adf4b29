import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { pageOf } from '../loans/schemas';
import { auditEntrySchema, auditListQuerySchema, chainReportSchema } from './schemas';
import { listAudit, verifyChain } from './service';

export function auditRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first (read only: nobody edits it)',
        querystring: auditListQuerySchema,
        response: { 200: pageOf(auditEntrySchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listAudit(ctx, request.query),
  );
  api.get(
    '/audit/verify',
    {
      config: { permission: 'audit:verify' },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the audit hash chain and name the first entry where it breaks',
        response: { 200: chainReportSchema, ...errorResponses(401, 403) },
      },
    },
    async () => verifyChain(ctx),
  );
}
