import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { pageOf } from '../loans/schemas';
import {
  bookSchema,
  cancelBodySchema,
  candidateSchema,
  draftBodySchema,
  handoverIdParams,
  handoverListQuerySchema,
  handoverSchema,
  handoverSummarySchema,
  orphanReportSchema,
  planSchema,
  signBodySchema,
} from './schemas';
import { book, cancel, candidates, detail, draft, list, orphans, preview, sign } from './service';

/**
 * Handover of a departing officer's book (离职移交, docs/domain/handover.md). The db functions append the
 * audit entries (handover.draft / sign / complete / cancel) in the transaction of each change.
 */
export function handoverRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/handover/orphans',
    {
      config: { permission: 'handover:read' },
      schema: {
        tags: ['handover'],
        summary: 'The orphan check: customers, active loans, open tasks and cases no active user holds',
        description:
          'Inside your scope: a customer or active loan whose manager is missing or deactivated, an unfinished ' +
          'inspection task or an open collection case with no assignee or a deactivated one; at most 200 of ' +
          'each kind (largest balance first), with the full counts.',
        response: { 200: orphanReportSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => orphans(ctx, requireCaller(request)),
  );
  api.get(
    '/handover/users',
    {
      config: { permission: 'handover:read' },
      schema: {
        tags: ['handover'],
        summary: 'Users of your scope with the work each holds (who can leave, who can take over)',
        response: { 200: z.object({ items: z.array(candidateSchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await candidates(ctx, requireCaller(request)) }),
  );
  api.get(
    '/handover/users/:id/book',
    {
      config: { permission: 'handover:read' },
      schema: {
        tags: ['handover'],
        summary: 'What a user holds, by customer (the rows a manual plan assigns)',
        params: handoverIdParams,
        response: { 200: bookSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => book(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/handover/preview',
    {
      config: { permission: 'handover:write' },
      schema: {
        tags: ['handover'],
        summary: 'The plan a draft with this body would record; nothing is written',
        description: 'Checked exactly as POST /handover is, with the same errors.',
        body: draftBodySchema,
        response: { 200: planSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => preview(ctx, requireCaller(request), request.body),
  );
  api.post(
    '/handover',
    {
      config: { permission: 'handover:write' },
      schema: {
        tags: ['handover'],
        summary:
          'Draft a handover: each customer of the departing user to a successor (by hand or by balance)',
        description:
          '404 when the departing user is outside your scope; 400 naming the field when a successor is no ' +
          'user in your scope (outside it is answered as an unknown id); 409 when a handover of them is ' +
          'pending; 422 naming the field when a successor is deactivated, outside a customer’s branch, lacks the ' +
          'role (account manager for customers, loans and tasks; collector for cases), is the departing user ' +
          'or you, or when the departing user holds nothing. Nothing is written on any refusal.',
        body: draftBodySchema,
        response: { 201: handoverSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await draft(ctx, requireCaller(request), request.body, request.id)),
  );
  api.get(
    '/handover',
    {
      config: { permission: 'handover:read' },
      schema: {
        tags: ['handover'],
        summary: 'Handovers inside your scope, newest first',
        querystring: handoverListQuerySchema,
        response: { 200: pageOf(handoverSummarySchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => list(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/handover/:id',
    {
      config: { permission: 'handover:read' },
      schema: {
        tags: ['handover'],
        summary: 'One handover: parties and signatures, the plan, and what moved',
        description: 'Visible inside your scope, and to its parties (departing user and successors).',
        params: handoverIdParams,
        response: { 200: handoverSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => detail(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/handover/:id/sign',
    {
      config: { permission: 'handover:sign' },
      schema: {
        tags: ['handover'],
        summary:
          'Sign a pending handover as its departing user or a successor; the last signature completes it',
        description:
          'Body optional. A department head signs for a departing user who is deactivated (onBehalf). The last ' +
          'signature moves every planned customer with its contracts, loans, unfinished inspection tasks and ' +
          'open collection cases in one transaction. 403 when you are no party; 409 when signed already or not ' +
          'pending; 422 when a successor can no longer take a customer, or the departing user is active and ' +
          'must sign themselves.',
        params: handoverIdParams,
        body: signBodySchema,
        response: { 200: handoverSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => sign(ctx, requireCaller(request), request.params.id, request.id),
  );
  api.post(
    '/handover/:id/cancel',
    {
      config: { permission: 'handover:write' },
      schema: {
        tags: ['handover'],
        summary: 'Cancel a pending handover, with a reason; nothing moves',
        params: handoverIdParams,
        body: cancelBodySchema,
        response: { 200: handoverSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => cancel(ctx, requireCaller(request), request.params.id, request.body, request.id),
  );
}
