import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { approvalSchema } from '../approvals/schemas';
import {
  extensionBodySchema,
  extensionQuoteQuerySchema,
  quoteSchema,
  reschedulingOverviewSchema,
  restructureBodySchema,
  restructureQuoteQuerySchema,
} from './schemas';
import { quote, requestRescheduling, reschedulingOverview } from './service';

/**
 * Extension (展期) and restructuring (重组), RULES.md §5 and §12 (docs/domain/restructuring-and-extension.md).
 * requestApproval appends the approval.request audit entry in its transaction, and the approval appends
 * loan.extend / loan.restructure when it applies the change, so these routes do not call request.audit.
 */
export function restructureRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/loans/:id/rescheduling',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['restructure'],
        summary:
          'Schedule versions (current and superseded), extensions, restructurings, limits and guarantors',
        params: idParams,
        response: { 200: reschedulingOverviewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => reschedulingOverview(ctx, requireCaller(request), request.params.id),
  );
  api.get(
    '/loans/:id/extension-quote',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['restructure'],
        summary: 'What an extension by `months` approved today would do: the new schedule, nothing written',
        description:
          '422 after maturity (field date), beyond the cumulative limit (field months), or for a loan not active.',
        params: idParams,
        querystring: extensionQuoteQuerySchema,
        response: { 200: quoteSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      quote(ctx, requireCaller(request), request.params.id, {
        kind: 'extension',
        months: request.query.months,
        forFinancialDifficulty: request.query.forFinancialDifficulty ?? false,
        guarantorConsents: [],
      }),
  );
  api.get(
    '/loans/:id/restructure-quote',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['restructure'],
        summary:
          'What a restructuring on these terms approved today would do: the new schedule, nothing written',
        params: idParams,
        querystring: restructureQuoteQuerySchema,
        response: { 200: quoteSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      quote(ctx, requireCaller(request), request.params.id, {
        kind: 'restructure',
        annualRate: request.query.annualRate,
        method: request.query.method,
        periods: request.query.periods,
        forFinancialDifficulty: request.query.forFinancialDifficulty ?? true,
        guarantorConsents: [],
      }),
  );
  api.post(
    '/loans/:id/extension',
    {
      config: { permission: 'rescheduling:request' },
      schema: {
        tags: ['restructure'],
        summary: 'Apply for an extension (展期) (maker); a checker approves it (loan_extension)',
        description:
          'Answers 202 with the pending request. 422 after maturity (date), beyond the cumulative limit ' +
          '(months), without every guarantor’s consent (guarantorConsents); 409 when one is already pending. ' +
          'Nothing is written on a refusal. Approved, the new schedule takes effect at once; the class at ' +
          'tonight’s end of day.',
        params: idParams,
        body: extensionBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { reason, ...rest } = request.body;
      const pending = await requestRescheduling(ctx, requireCaller(request), {
        kind: 'loan_extension',
        loanId: request.params.id,
        payload: { ...rest, forFinancialDifficulty: rest.forFinancialDifficulty ?? false },
        reason,
        requestId: request.id,
      });
      return reply.status(202).send(pending);
    },
  );
  api.post(
    '/loans/:id/restructure',
    {
      config: { permission: 'rescheduling:request' },
      schema: {
        tags: ['restructure'],
        summary: 'Apply for a restructuring (重组) (maker); a checker approves it (loan_restructure)',
        description:
          'Answers 202 with the pending request. 422 without every guarantor’s consent (guarantorConsents) ' +
          'or for a loan not active; 409 when one is already pending. Approved, the new schedule takes ' +
          'effect at once; the class (at least substandard for financial difficulty) at tonight’s end of day.',
        params: idParams,
        body: restructureBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { reason, ...rest } = request.body;
      const pending = await requestRescheduling(ctx, requireCaller(request), {
        kind: 'loan_restructure',
        loanId: request.params.id,
        payload: { ...rest, forFinancialDifficulty: rest.forFinancialDifficulty ?? true },
        reason,
        requestId: request.id,
      });
      return reply.status(202).send(pending);
    },
  );
}
