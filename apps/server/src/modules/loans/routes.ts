import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { exportLoanRegister } from './export';
import {
  loanDetailSchema,
  loanExportQuerySchema,
  loanListItemSchema,
  loanListQuerySchema,
  pageOf,
} from './schemas';
import { listLoans, loanDetail } from './service';

export function loanRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/loans',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['loans'],
        summary: 'Loans inside your branch scope, filtered, sorted and paged',
        querystring: loanListQuerySchema,
        response: { 200: pageOf(loanListItemSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listLoans(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/loans/export.xlsx',
    {
      config: { permission: 'loans:export' },
      schema: {
        tags: ['loans'],
        summary: 'The loan register (台账) of the loans a GET /loans filter selects, as an Excel workbook',
        description:
          `The same filters as GET /loans (no paging, no sort: rows in loan id order), inside your scope. ` +
          `Sheet 贷款台账 (Chinese headers, frozen and filterable, amounts as numbers in yuan, ID numbers and ` +
          `phones masked) and 汇总 (the loans in force by 五级分类 and 账龄, and the filter). 422 (field ` +
          `"filter") when more loans match than DAIHOU_EXPORT_ROW_LIMIT (default 100,000). Each export appends a loans.export audit ` +
          `entry with the filter and the row count.`,
        querystring: loanExportQuerySchema,
        response: {
          200: z.unknown().describe('the .xlsx workbook (binary); x-total-count: the rows in it'),
          ...errorResponses(400, 401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const out = await exportLoanRegister(ctx, requireCaller(request), request.query);
      // Recorded before the file leaves: a failed audit write means nothing is sent.
      await request.audit(ctx.db, {
        action: 'loans.export',
        objectType: 'loan_register',
        objectId: null,
        after: { filter: out.filter, loans: out.loans, businessDate: out.businessDate },
      });
      const name = `loan-register-${out.businessDate ?? 'book'}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-total-count', String(out.loans))
        .header('cache-control', 'no-store')
        .send(out.file);
    },
  );
  api.get(
    '/loans/:id',
    {
      config: { permission: 'loans:read' },
      schema: {
        tags: ['loans'],
        summary: 'One loan with schedule, repayments, class history and events (404 outside your scope)',
        params: idParams,
        response: { 200: loanDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => loanDetail(ctx, requireCaller(request), request.params.id),
  );
}
