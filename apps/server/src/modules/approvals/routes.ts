import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { pageOf } from '../loans/schemas';
import {
  approvalListQuerySchema,
  approvalSchema,
  approveBodySchema,
  classOverrideBodySchema,
  rejectBodySchema,
  reversalBodySchema,
} from './schemas';
import { approvalInScope, approveInScope, listApprovalsInScope, makeRequest, rejectInScope } from './service';

/**
 * The approval endpoints do not call request.audit: requestApproval, approve and reject append their
 * audit entries (approval.request / approval.approve / approval.reject and the object's own entry) in
 * the same transaction as the change, with the request id, so the trail cannot miss or double them.
 */
export function approvalRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/loans/:id/class-override',
    {
      config: { permission: 'approvals:request' },
      schema: {
        tags: ['approvals'],
        summary: 'Ask for a manual 五级分类 override (maker); a checker approves it',
        description:
          'Answers 202 with the pending request. Only a worse class than the loan has can be asked for (422); ' +
          'one pending override per loan (409). Approved, it is applied by tonight’s end of day.',
        params: idParams,
        body: classOverrideBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { classification, evidence, reason } = request.body;
      const pending = await makeRequest(ctx, requireCaller(request), {
        kind: 'class_override',
        objectType: 'loan',
        objectId: request.params.id,
        payload: evidence === undefined ? { classification } : { classification, evidence },
        reason,
        requestId: request.id,
      });
      return reply.status(202).send(pending);
    },
  );
  api.post(
    '/repayments/:id/reversal',
    {
      config: { permission: 'approvals:request' },
      schema: {
        tags: ['approvals'],
        summary: 'Ask for a same-day reversal (当日冲正) of a repayment (maker)',
        description:
          'Answers 202 with the pending request. Only a repayment of the current business date can be ' +
          'reversed (422); one pending reversal per repayment (409).',
        params: idParams,
        body: reversalBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { evidence, reason } = request.body;
      const pending = await makeRequest(ctx, requireCaller(request), {
        kind: 'repayment_reversal',
        objectType: 'repayment',
        objectId: request.params.id,
        payload: evidence === undefined ? {} : { evidence },
        reason,
        requestId: request.id,
      });
      return reply.status(202).send(pending);
    },
  );
  api.get(
    '/approvals',
    {
      config: { permission: 'approvals:read' },
      schema: {
        tags: ['approvals'],
        summary: 'Maker–checker requests on objects inside your branch scope, newest first',
        querystring: approvalListQuerySchema,
        response: { 200: pageOf(approvalSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listApprovalsInScope(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/approvals/:id',
    {
      config: { permission: 'approvals:read' },
      schema: {
        tags: ['approvals'],
        summary: 'One maker–checker request: payload, basis, maker, status and decision',
        description: '404 when it does not exist or its object is outside your branch scope.',
        params: idParams,
        response: { 200: approvalSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => approvalInScope(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/approvals/:id/approve',
    {
      config: { permission: 'approvals:decide' },
      schema: {
        tags: ['approvals'],
        summary: 'Approve a pending request (checker): the change takes effect now',
        description:
          'Body optional: none, {} or {"note": "…"}. Errors: 403 without the kind’s checker permission, 404 outside your scope, 409 when no longer ' +
          'pending or stale (the object changed since the request; it is closed as rejected), 422 when you ' +
          'made the request yourself (maker ≠ checker).',
        params: idParams,
        body: approveBodySchema,
        response: { 200: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      approveInScope(ctx, requireCaller(request), request.params.id, request.body?.note, request.id),
  );
  api.post(
    '/approvals/:id/reject',
    {
      config: { permission: 'approvals:decide' },
      schema: {
        tags: ['approvals'],
        summary: 'Reject a pending request (checker), with the reason',
        params: idParams,
        body: rejectBodySchema,
        response: { 200: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      rejectInScope(ctx, requireCaller(request), request.params.id, request.body.reason, request.id),
  );
}
