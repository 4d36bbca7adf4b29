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
  recordedActionSchema,
  warningDecisionBodySchema,
  warningDetailSchema,
  warningListQuerySchema,
  warningSchema,
} from './schemas';
import {
  assignCase,
  caseDetail,
  caseQueue,
  decide,
  recordAction,
  warningBoard,
  warningDetail,
} from './service';

/**
 * Risk early warning and collection (RULES.md §10–§12). The db functions append the audit entries in the
 * transaction of each change (warning.confirm / dismiss / measure / lift, collection.action, collection.assign), so these
 * routes do not call request.audit.
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
}
