import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { approvalSchema } from '../approvals/schemas';
import { pageOf } from '../loans/schemas';
import {
  adhocTaskBodySchema,
  approveReportBodySchema,
  keyCustomerFlagBodySchema,
  keyCustomerListQuerySchema,
  keyCustomerSchema,
  reportSchema,
  returnReportBodySchema,
  submitReportBodySchema,
  taskDetailSchema,
  taskListQuerySchema,
  taskSchema,
} from './schemas';
import {
  createTask,
  flagKeyCustomer,
  keyCustomers,
  listTasks,
  reviewReport,
  submitReport,
  taskDetail,
} from './service';

/**
 * Post-loan inspections (RULES.md §9) and key customers. The db functions append the audit entries in
 * the transaction of each change (inspection.task_create, inspection.report_submit / _approve / _return,
 * approval.request), so these routes do not call request.audit.
 */
export function inspectionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/inspections/tasks',
    {
      config: { permission: 'inspections:read' },
      schema: {
        tags: ['inspections'],
        summary: 'Inspection tasks inside your branch scope, yours by default, by due date',
        querystring: taskListQuerySchema,
        response: { 200: pageOf(taskSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listTasks(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/inspections/tasks/:id',
    {
      config: { permission: 'inspections:read' },
      schema: {
        tags: ['inspections'],
        summary: 'One inspection task with its reports (a returned report stays beside its resubmission)',
        params: idParams,
        response: { 200: taskDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => taskDetail(ctx, requireCaller(request), request.params.id),
  );
  api.post(
    '/inspections/tasks',
    {
      config: { permission: 'inspections:write' },
      schema: {
        tags: ['inspections'],
        summary: 'Create an ad-hoc inspection by hand, for a loan or a whole customer',
        description:
          '201 with the task, assigned to the account manager. 404 outside your scope, 409 when an ad-hoc ' +
          'inspection of it is still unfinished, 400 for a due date before the business date.',
        body: adhocTaskBodySchema,
        response: { 201: taskSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTask(ctx, requireCaller(request), request.body, request.id)),
  );
  api.post(
    '/inspections/tasks/:id/report',
    {
      config: { permission: 'inspections:write' },
      schema: {
        tags: ['inspections'],
        summary: 'Submit the inspection report of an open or returned task',
        description:
          'Required areas by kind: first and spot check useOfFunds; periodic useOfFunds, operations, finances ' +
          '(enterprises, with figures), guarantor or collateral by security type; ad-hoc operations (+ finances ' +
          'for enterprises). 400 names the missing area (findings.useOfFunds …). A fund_misuse or lost_contact ' +
          'flag records a qualitative trigger (RULES.md §5) that tonight’s end of day classifies by.',
        params: idParams,
        body: submitReportBodySchema,
        response: { 201: reportSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitReport(ctx, requireCaller(request), request.params.id, request.body, request.id)),
  );
  api.post(
    '/inspections/reports/:id/approve',
    {
      config: { permission: 'inspections:review' },
      schema: {
        tags: ['inspections'],
        summary: 'Approve and sign a submitted report (credit reviewer or department head, not its author)',
        description:
          'Body optional: none, {} or {"comments": "…"}. 422 when you wrote it, 409 when already decided.',
        params: idParams,
        body: approveReportBodySchema,
        response: { 200: reportSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      reviewReport(
        ctx,
        requireCaller(request),
        request.params.id,
        'approve',
        request.body?.comments,
        request.id,
      ),
  );
  api.post(
    '/inspections/reports/:id/return',
    {
      config: { permission: 'inspections:review' },
      schema: {
        tags: ['inspections'],
        summary: 'Return a submitted report to its author with comments',
        description: 'The triggers the report recorded are lifted from the business date.',
        params: idParams,
        body: returnReportBodySchema,
        response: { 200: reportSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      reviewReport(
        ctx,
        requireCaller(request),
        request.params.id,
        'return',
        request.body.comments,
        request.id,
      ),
  );
  api.get(
    '/key-customers',
    {
      config: { permission: 'inspections:read' },
      schema: {
        tags: ['inspections'],
        summary: 'Key customers (重点客户) inside your scope, largest principal owed first',
        querystring: keyCustomerListQuerySchema,
        response: { 200: pageOf(keyCustomerSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => keyCustomers(ctx, requireCaller(request), request.query),
  );
  api.post(
    '/key-customers',
    {
      config: { permission: 'approvals:request' },
      schema: {
        tags: ['inspections'],
        summary: 'Ask for a manual key-customer flag (maker); a department head or the risk head approves',
        description:
          '202 with the pending approval request (kind key_customer_flag). 409 when already flagged or pending.',
        body: keyCustomerFlagBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await flagKeyCustomer(ctx, requireCaller(request), request.body, request.id)),
  );
}
