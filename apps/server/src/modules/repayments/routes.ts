import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idempotencyHeaders, idParams } from '../../shared/request-schemas';
import { repaymentViewSchema } from '../loans/schemas';
import { repaymentBodySchema, repaymentQuoteQuerySchema, repaymentQuoteSchema } from './schemas';
import { bookRepaymentInScope, quoteRepaymentInScope } from './service';

export function repaymentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/loans/:id/repayment-quote',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['repayments'],
        summary: 'Repayment allocation quote (还款试算): where an amount would go if booked now',
        description:
          'Runs the booking’s own waterfall on the loan as it is on the business date and writes nothing: ' +
          'the allocation per installment and component, what would wait as credit balance, and the ' +
          'balances before and after. The same refusals as a booking (written off 422, day closed 422).',
        params: idParams,
        querystring: repaymentQuoteQuerySchema,
        response: { 200: repaymentQuoteSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      quoteRepaymentInScope(ctx, requireCaller(request), request.params.id, request.query.amount),
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    '/loans/:id/repayments',
    {
      config: { permission: 'repayments:book' },
      schema: {
        tags: ['repayments'],
        summary: 'Book a repayment on the business date (idempotent by Idempotency-Key)',
        description:
          'The money pays penalty, compound, interest and principal by the waterfall; what is not due waits ' +
          'as credit balance. A retry with the same key and body returns the first result; the same key with ' +
          'another body is 409.',
        params: idParams,
        headers: idempotencyHeaders,
        body: repaymentBodySchema,
        response: { 201: repaymentViewSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request);
      const view = await bookRepaymentInScope(
        ctx,
        caller,
        {
          loanId: request.params.id,
          date: request.body.date,
          amount: request.body.amount,
          idempotencyKey: request.headers['idempotency-key'],
        },
        request.audit,
      );
      return reply.status(201).send(view);
    },
  );
}
