import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idempotencyHeaders, idParams } from '../../shared/request-schemas';
import { repaymentViewSchema } from '../loans/schemas';
import { repaymentBodySchema } from './schemas';
import { bookRepaymentInScope } from './service';

export function repaymentRoutes(app: FastifyInstance, ctx: ServerContext): void {
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
