import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import {
  eodDateParams,
  eodRunListQuerySchema,
  eodRunListSchema,
  eodRunSchema,
  eodStartBodySchema,
  eodStartedSchema,
} from './schemas';
import { type EodLauncher, eodProgress, eodRunList } from './service';

export function eodRoutes(app: FastifyInstance, ctx: ServerContext, launcher: EodLauncher): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/eod/runs',
    {
      config: { permission: 'eod:run' },
      schema: {
        tags: ['end of day'],
        summary: 'Start end of day for the business date (runs in the background)',
        description:
          'Answers 202 with the run id once the run exists; follow it with GET /eod/runs/{date}. 400 when the ' +
          'date is not the business date, 409 while an end of day is running (here or in another process).',
        body: eodStartBodySchema,
        response: { 202: eodStartedSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { runId, date } = await launcher.start(request.body.date);
      // The run row is written by end of day's own transaction (packages/batch); the start is recorded once
      // the run exists.
      await request.audit(ctx.db, {
        action: 'eod.start',
        objectType: 'eod_run',
        objectId: runId,
        after: { date },
      });
      return reply
        .status(202)
        .send({ runId, date, status: 'running' as const, progress: `/api/v1/eod/runs/${date}` });
    },
  );
  api.get(
    '/eod/runs',
    {
      config: { permission: 'eod:read' },
      schema: {
        tags: ['end of day'],
        summary: 'End-of-day runs, newest business date first, with the current business date',
        querystring: eodRunListQuerySchema,
        response: { 200: eodRunListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => eodRunList(ctx, request.query),
  );
  api.get(
    '/eod/runs/:date',
    {
      config: { permission: 'eod:read' },
      schema: {
        tags: ['end of day'],
        summary: 'End-of-day progress of a business date: status, partitions, loans evaluated, timings',
        params: eodDateParams,
        response: { 200: eodRunSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => eodProgress(ctx, request.params.date),
  );
}
