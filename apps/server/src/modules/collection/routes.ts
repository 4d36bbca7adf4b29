import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { pageOf } from '../loans/schemas';
import {
  actionBodySchema,
  assignBodySchema,
  assignedSchema,
  caseDetailSchema,
  caseListQuerySchema,
  caseSchema,
  circleListQuerySchema,
  circleParams,
  circleSchema,
  circleSummarySchema,
  eligibleCollectorsSchema,
  recordedActionSchema,
  stopFlagBodySchema,
  stopFlagLiftBodySchema,
  stopFlagListSchema,
  stopFlagParams,
  stopFlagSchema,
  warningCountQuerySchema,
  warningCountsSchema,
  warningDecisionBodySchema,
  warningDetailSchema,
  warningListQuerySchema,
  warningSchema,
} from './schemas';
import {
  addStopFlag,
  assignCase,
  caseDetail,
  caseQueue,
  circle,
  circles,
  decide,
  eligibleCollectors,
  recordAction,
  removeStopFlag,
  stopFlags,
  warningBoard,
  warningCounts,
  warningDetail,
} from './service';

/**
 * Risk early warning and collection (RULES.md §10–§12). The db functions append the audit entries in the
 * transaction of each change (warning.confirm / dismiss / measure / lift, collection.action, collection.assign), so these
 * routes do not call request.audit (customer.stop_flag.set / lift likewise).
 */
export function collectionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/warnings',
    {
      config: { permission: 'warnings:read' },
      schema: {
        tags: ['warnings'],
        summary: 'The warning board inside your scope: most severe first, then oldest',
        querystring: warningListQuerySchema,
        response: { 200: pageOf(warningSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => warningBoard(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/warnings/counts',
    {
      config: { permission: 'warnings:read' },
      schema: {
        tags: ['warnings'],
        summary: 'Warnings per level inside your scope, with the board filters other than level',
        querystring: warningCountQuerySchema,
        response: { 200: warningCountsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => warningCounts(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/warnings/:id',
    {
      config: { permission: 'warnings:read' },
      schema: {
        tags: ['warnings'],
        summary: 'One warning with its evidence and disposal measures',
        params: idParams,
        response: { 200: warningDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => warningDetail(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/warnings/:id/decisions',
    {
      config: { permission: 'warnings:decide' },
      schema: {
        tags: ['warnings'],
        summary:
          'Confirm or dismiss a raised warning, add a measure with its deadline, or lift a confirmed one',
        description:
          'dismiss and lift need a reason (400 on reason when missing); a decision the status does not allow ' +
          'is 422; a measure deadline before the business date is 400.',
        params: idParams,
        body: warningDecisionBodySchema,
        response: { 200: warningDetailSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => decide(ctx, requireCaller(request), request.params.id, request.body, request.id),
  );
  api.get(
    '/collection/cases',
    {
      config: { permission: 'collection:read' },
      schema: {
        tags: ['collection'],
        summary: 'The collection queue inside your scope, by priority (DPD, then amount overdue)',
        querystring: caseListQuerySchema,
        response: { 200: pageOf(caseSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => caseQueue(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/collection/cases/:id',
    {
      config: { permission: 'collection:read' },
      schema: {
        tags: ['collection'],
        summary: 'One case with its loan figures, stage tasks, actions and promises to pay',
        params: idParams,
        response: { 200: caseDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => caseDetail(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/collection/cases/:id/actions',
    {
      config: { permission: 'collection:act' },
      schema: {
        tags: ['collection'],
        summary: 'Record a contact on an open case (the contact policy of RULES.md §10 is enforced)',
        description:
          '422 rule_violation with the reason (quiet_hours, answered_cap, dial_cap, third_party_too_early, ' +
          'third_party_refused, stop_flag) when the policy refuses it: nothing is written. A promise needs ' +
          'outcome "promise" and a date not before the business date.',
        params: idParams,
        body: actionBodySchema,
        response: { 201: recordedActionSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordAction(ctx, requireCaller(request), request.params.id, request.body, request.id)),
  );
  api.post(
    '/collection/cases/:id/assign',
    {
      config: { permission: 'collection:assign' },
      schema: {
        tags: ['collection'],
        summary: 'Reassign an open case to another collector, with a reason',
        description:
          '422 when the user is not an active collector whose branch covers the case, or the case is closed.',
        params: idParams,
        body: assignBodySchema,
        response: { 200: assignedSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => assignCase(ctx, requireCaller(request), request.params.id, request.body, request.id),
  );
  api.get(
    '/collection/cases/:id/eligible-assignees',
    {
      config: { permission: 'collection:assign' },
      schema: {
        tags: ['collection'],
        summary: 'The active collectors whose branch covers the case, the least loaded first',
        params: idParams,
        response: { 200: eligibleCollectorsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => eligibleCollectors(ctx, requireCaller(request), request.params.id),
  );
  api.get(
    '/customers/:id/stop-flags',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['collection'],
        summary: "A customer's stop flags (RULES.md §10): open ones first, then the lifted ones",
        params: idParams,
        response: { 200: stopFlagListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => stopFlags(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/customers/:id/stop-flags',
    {
      config: { permission: 'stopflags:set' },
      schema: {
        tags: ['collection'],
        summary: 'Set a stop flag (complaint, dispute, deceased, litigation): automated contact stops',
        description: 'A reason is required (400 on reason); a flag of that kind already open is 422 on flag.',
        params: idParams,
        body: stopFlagBodySchema,
        response: { 201: stopFlagSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addStopFlag(ctx, requireCaller(request), request.params.id, request.body, request.id)),
  );
  api.post(
    '/customers/:id/stop-flags/:flagId/lift',
    {
      config: { permission: 'stopflags:lift' },
      schema: {
        tags: ['collection'],
        summary: 'Lift an open stop flag with a reason (a head, not the person who set it)',
        description: '400 on reason when missing; 422 on flagId when already lifted or lifted by who set it.',
        params: stopFlagParams,
        body: stopFlagLiftBodySchema,
        response: { 200: stopFlagSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      removeStopFlag(
        ctx,
        requireCaller(request),
        request.params.id,
        request.params.flagId,
        request.body,
        request.id,
      ),
  );
  api.get(
    '/guarantee-circles',
    {
      config: { permission: 'warnings:read' },
      schema: {
        tags: ['warnings'],
        summary: 'Guarantee circles (担保圈) with a member in your scope: most overdue members first',
        querystring: circleListQuerySchema,
        response: { 200: pageOf(circleSummarySchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => circles(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/guarantee-circles/:id',
    {
      config: { permission: 'warnings:read' },
      schema: {
        tags: ['warnings'],
        summary: "One circle's graph: members (outside your scope anonymous) and borrower → guarantor links",
        description:
          '404 when no circle has the id now (its members changed) or none of its members is in your scope.',
        params: circleParams,
        response: { 200: circleSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => circle(ctx, requireCaller(request), request.params.id),
  );
}
