import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idempotencyHeaders, idParams } from '../../shared/request-schemas';
import { approvalSchema } from '../approvals/schemas';
import { pageOf } from '../loans/schemas';
import {
  capCheckQuerySchema,
  capCheckSchema,
  capSettingBodySchema,
  capSettingSchema,
  capsSchema,
  demandBodySchema,
  demandSchema,
  litigationOpenBodySchema,
  litigationSchema,
  litigationStepBodySchema,
  lprBodySchema,
  lprSchema,
  planBodySchema,
  planDetailSchema,
  planListQuerySchema,
  planSchema,
  recoveryBodySchema,
  recoveryOverviewSchema,
  recoverySchema,
  reviewBodySchema,
  writeOffBodySchema,
} from './schemas';
import {
  addDemand,
  addLpr,
  addPlan,
  addReview,
  bookRecovery,
  capCheck,
  caps,
  litigationStep,
  planList,
  recoveryOverview,
  requestWriteOff,
  setCap,
  startLitigation,
} from './service';

/**
 * Recovery (RULES.md §11, §12; docs/domain/write-off.md, litigation-and-recovery-plans.md). The db
 * functions append the audit entries in the transaction of each change (approval.request,
 * loan.write_off_recovery, litigation.open / step, recovery.demand / plan / review, interest_cap.update,
 * lpr.upsert), so these routes do not call request.audit.
 */
export function recoveryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/loans/:id/recovery',
    {
      config: { permission: 'recovery:read' },
      schema: {
        tags: ['recovery'],
        summary:
          'A loan’s recovery file: write-off and recoveries, litigation, demands, clocks, recovery plan',
        params: idParams,
        response: { 200: recoveryOverviewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => recoveryOverview(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/loans/:id/write-off',
    {
      config: { permission: 'write_off:request' },
      schema: {
        tags: ['recovery'],
        summary: 'Ask for a write-off (核销) of an overdue loan (maker); a risk head approves it',
        description:
          'Answers 202 with the pending request. 400 without evidence, recovery efforts or a responsibility ' +
          'determination; 422 when the loan is not active and overdue, no recovery effort is recorded, or the ' +
          'cause does not fit the facts (enforcement_ended without a litigation at enforcement, small_balance ' +
          'above the limit or pursued under 180 days); 409 when one is already pending. The maker can never ' +
          'approve it (422 at approval).',
        params: idParams,
        body: writeOffBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await requestWriteOff(ctx, requireCaller(request), request.params.id, request.body, request.id),
        ),
  );
  api.post(
    '/loans/:id/recoveries',
    {
      config: { permission: 'recoveries:book' },
      schema: {
        tags: ['recovery'],
        summary: 'Book money recovered on a written-off loan (账销案存), idempotent by Idempotency-Key',
        description:
          'Allocated to what was written off: principal, interest, fee, penalty, compound. 422 when the loan is ' +
          'not written off or the amount exceeds what is still written off; 400 for a date after the business ' +
          'date or before the write-off; the same key with another body is 409.',
        params: idParams,
        headers: idempotencyHeaders,
        body: recoveryBodySchema,
        response: { 201: recoverySchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await bookRecovery(
            ctx,
            requireCaller(request),
            request.params.id,
            request.body,
            request.headers['idempotency-key'],
            request.id,
          ),
        ),
  );
  api.post(
    '/loans/:id/litigation',
    {
      config: { permission: 'recovery:write' },
      schema: {
        tags: ['recovery'],
        summary: 'Hand a loan over to the lawyers: opens a litigation case',
        description: '409 when a case is already in progress; 422 for a settled loan; 400 for a future date.',
        params: idParams,
        body: litigationOpenBodySchema,
        response: { 201: litigationSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await startLitigation(ctx, requireCaller(request), request.params.id, request.body, request.id),
        ),
  );
  api.post(
    '/litigation/:id/steps',
    {
      config: { permission: 'recovery:write' },
      schema: {
        tags: ['recovery'],
        summary: 'Record the next stage of a litigation: filing, hearing, judgment, enforcement, closed',
        description:
          'A stage before the current one is 422; filing needs court and case number, judgment the amount, ' +
          'closing the outcome (400); a date after the business date or before the last step is 400.',
        params: idParams,
        body: litigationStepBodySchema,
        response: { 200: litigationSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      litigationStep(ctx, requireCaller(request), request.params.id, request.body, request.id),
  );
  api.post(
    '/loans/:id/demands',
    {
      config: { permission: 'recovery:write' },
      schema: {
        tags: ['recovery'],
        summary: 'Record a demand on the borrower or a guarantor, or the borrower’s acknowledgement',
        description:
          'Restarts the limitation period (诉讼时效); on a guarantor within the guarantee period it preserves ' +
          'the claim (保证期间). A date after the business date is 400.',
        params: idParams,
        body: demandBodySchema,
        response: { 201: demandSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addDemand(ctx, requireCaller(request), request.params.id, request.body, request.id)),
  );
  api.post(
    '/loans/:id/recovery-plan',
    {
      config: { permission: 'recovery:write' },
      schema: {
        tags: ['recovery'],
        summary: 'Create the recovery plan (一户一策) of a non-performing or written-off loan',
        description:
          '422 for a performing loan; 409 when an active plan exists; 400 for a target or measure date in the past.',
        params: idParams,
        body: planBodySchema,
        response: { 201: planDetailSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addPlan(ctx, requireCaller(request), request.params.id, request.body, request.id)),
  );
  api.get(
    '/recovery-plans',
    {
      config: { permission: 'recovery:read' },
      schema: {
        tags: ['recovery'],
        summary:
          'Active recovery plans inside your scope, longest unreviewed first (due=true: review overdue)',
        querystring: planListQuerySchema,
        response: { 200: pageOf(planSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => planList(ctx, requireCaller(request), request.query),
  );
  api.post(
    '/recovery-plans/:id/reviews',
    {
      config: { permission: 'recovery:write' },
      schema: {
        tags: ['recovery'],
        summary: 'The monthly review of a recovery plan on the business date',
        params: idParams,
        body: reviewBodySchema,
        response: { 200: planDetailSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => addReview(ctx, requireCaller(request), request.params.id, request.body, request.id),
  );
  api.get(
    '/interest-caps',
    {
      config: { permission: 'interest_caps:read' },
      schema: {
        tags: ['recovery'],
        summary: 'The institution’s interest cap and the dated one-year LPR table',
        response: { 200: capsSchema, ...errorResponses(401, 403) },
      },
    },
    async () => caps(ctx),
  );
  api.get(
    '/interest-caps/check',
    {
      config: { permission: 'interest_caps:read' },
      schema: {
        tags: ['recovery'],
        summary: 'Check rates against the cap in force at the contract date',
        description:
          'ok false names the field (annualRate, annualFeeRate, penaltyUplift, penaltyDailyRate), the reason and ' +
          'the cap with the numbers. A contract date before the LPR table starts is 400 under an LPR cap.',
        querystring: capCheckQuerySchema,
        response: { 200: capCheckSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => capCheck(ctx, request.query),
  );
  api.put(
    '/interest-caps',
    {
      config: { permission: 'interest_caps:admin' },
      schema: {
        tags: ['recovery'],
        summary: 'Set the institution’s cap: fixed all-in percentage or a multiple of the one-year LPR',
        body: capSettingBodySchema,
        response: { 200: capSettingSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => setCap(ctx, requireCaller(request), request.body, request.id),
  );
  api.post(
    '/interest-caps/lpr',
    {
      config: { permission: 'interest_caps:admin' },
      schema: {
        tags: ['recovery'],
        summary: 'Add or correct one LPR publication (by the day it took effect)',
        body: lprBodySchema,
        response: { 200: lprSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => addLpr(ctx, requireCaller(request), request.body, request.id),
  );
}
