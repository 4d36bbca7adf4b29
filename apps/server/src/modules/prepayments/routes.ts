import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idempotencyHeaders, idParams } from '../../shared/request-schemas';
import {
  payoffQuoteQuerySchema,
  prepaymentBodySchema,
  prepaymentQuoteQuerySchema,
  prepaymentResultSchema,
  quoteSchema,
} from './schemas';
import { bookPrepayment, quotePayoff, quotePrepayment } from './service';

export function prepaymentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/loans/:id/payoff-quote',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['prepayments'],
        summary: 'Payoff quote (结清试算) for the business date or a later date',
        params: idParams,
        querystring: payoffQuoteQuerySchema,
        response: { 200: quoteSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => quotePayoff(ctx, requireCaller(request), request.params.id, request.query.date),
  );
  api.get(
    '/loans/:id/prepayment-quote',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['prepayments'],
        summary: 'Partial prepayment quote (提前还款试算) for a principal amount',
        params: idParams,
        querystring: prepaymentQuoteQuerySchema,
        response: { 200: quoteSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      quotePrepayment(
        ctx,
        requireCaller(request),
        request.params.id,
        request.query.date,
        request.query.principal,
      ),
  );
  api.post(
    '/loans/:id/prepayments',
    {
      config: { permission: 'prepayments:book' },
      schema: {
        tags: ['prepayments'],
        summary: 'Book a partial prepayment or a payoff on the business date (idempotent by Idempotency-Key)',
        params: idParams,
        headers: idempotencyHeaders,
        body: prepaymentBodySchema,
        response: { 201: prepaymentResultSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await bookPrepayment(
        ctx,
        requireCaller(request),
        {
          loanId: request.params.id,
          date: request.body.date,
          amount: request.body.amount,
          mode: request.body.mode,
          idempotencyKey: request.headers['idempotency-key'],
        },
        request.audit,
      );
      return reply.status(201).send(result);
    },
  );
}
