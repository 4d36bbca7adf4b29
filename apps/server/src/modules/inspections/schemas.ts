import { INSPECTION_AREAS, INSPECTION_FLAGS, INSPECTION_KINDS, INSPECTION_MODES } from '@daihou/core';
import { findingsSchema, INSPECTION_TASK_STATUSES } from '@daihou/db';
import { z } from 'zod';
import {
  csvOf,
  dateText,
  idText,
  optionalQuery,
  pageQuery,
  queryWithDefault,
  yuanText,
} from '../../shared/request-schemas';

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

export const taskListQuerySchema = z.strictObject({
  ...pageQuery,
  assignee: queryWithDefault(z.union([z.enum(['me', 'all']), idText]), 'me').describe(
    "'me' (default): tasks assigned to you; 'all': every task in your scope; or a user id",
  ),
  status: optionalQuery(csvOf(INSPECTION_TASK_STATUSES)).describe('comma-separated statuses'),
  kind: optionalQuery(csvOf(INSPECTION_KINDS)).describe('comma-separated kinds'),
  overdue: optionalQuery(booleanText).describe('past due and still open or returned'),
  escalated: optionalQuery(booleanText).describe('escalated to the department head'),
  loanId: optionalQuery(idText),
  customerId: optionalQuery(idText),
});
export type TaskListQuery = z.output<typeof taskListQuerySchema>;

export const taskSchema = z.object({
  id: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  loanId: z.string().nullable(),
  loanNo: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  customerType: z.enum(['individual', 'enterprise']),
  isKeyCustomer: z.boolean(),
  branchId: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(INSPECTION_TASK_STATUSES),
  overdue: z.boolean(),
  escalated: z.boolean(),
  escalatedOn: z.string().nullable(),
  origin: z.enum(['rule', 'user']),
  reason: z.string(),
  createdBy: z.string(),
  createdOn: z.string(),
  completedOn: z.string().nullable(),
});

const figuresYuanSchema = z.strictObject({
  totalAssets: yuanText,
  totalLiabilities: yuanText,
  currentAssets: yuanText,
  currentLiabilities: yuanText,
});

const yuan = z.string().describe('yuan, two decimals');

export const reportSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  mode: z.enum(INSPECTION_MODES),
  inspectedOn: z.string(),
  findings: findingsSchema,
  flags: z.array(z.enum(INSPECTION_FLAGS)),
  figures: z
    .object({ totalAssets: yuan, totalLiabilities: yuan, currentAssets: yuan, currentLiabilities: yuan })
    .nullable(),
  debtToAssetPercent: z.string().nullable().describe('资产负债率 in %, 2 places, half up'),
  currentRatioPercent: z.string().nullable().describe('流动比率 in %, 2 places, half up'),
  riskOpinion: z.string(),
  proposedMeasures: z.string().nullable(),
  author: z.string(),
  submittedAt: z.string(),
  submittedOn: z.string(),
  status: z.enum(['submitted', 'approved', 'returned']),
  reviewer: z.string().nullable(),
  decidedAt: z.string().nullable(),
  comments: z.string().nullable(),
  signedAt: z.string().nullable(),
  triggers: z.array(z.string()).describe('RULES.md §5 qualitative triggers this report recorded'),
});

export const taskDetailSchema = taskSchema.extend({
  reports: z.array(reportSchema),
  securityType: z.enum(['unsecured', 'guarantee', 'mortgage', 'pledge']).nullable(),
  paymentMode: z.enum(['entrusted', 'self']).nullable().describe("the loan's payment mode (受托/自主支付)"),
  purpose: z.string().nullable().describe("the loan's stated purpose, to check the use of funds against"),
  requiredAreas: z
    .array(z.enum(INSPECTION_AREAS))
    .describe('the findings a report of this task must cover (what submission checks)'),
  previousReport: reportSchema
    .nullable()
    .describe("the customer's latest approved report with key figures from another task, for comparison"),
});

export const adhocTaskBodySchema = z.strictObject({
  loanId: idText.optional(),
  customerId: idText
    .optional()
    .describe('for an inspection of the customer as a whole (give one of the two)'),
  dueDate: dateText,
  reason: text(500),
});

export const submitReportBodySchema = z.strictObject({
  mode: z.enum(INSPECTION_MODES),
  inspectedOn: dateText,
  findings: findingsSchema,
  flags: z.array(z.enum(INSPECTION_FLAGS)).max(INSPECTION_FLAGS.length).optional(),
  figures: figuresYuanSchema.optional(),
  riskOpinion: text(4000),
  proposedMeasures: text(4000).optional(),
});
export type SubmitReportBody = z.output<typeof submitReportBodySchema>;

export const approveReportBodySchema = z.strictObject({ comments: text(4000).optional() }).nullish();
export const returnReportBodySchema = z.strictObject({ comments: text(4000) });

export const keyCustomerSchema = z.object({
  customerId: z.string(),
  customerNo: z.string(),
  name: z.string(),
  customerType: z.enum(['individual', 'enterprise']),
  branchId: z.string(),
  sources: z.array(z.enum(['monthly_top', 'manual'])),
  reasons: z.array(z.string()),
  since: z.string(),
  principalOwed: yuan,
});

export const keyCustomerListQuerySchema = z.strictObject({ ...pageQuery });

export const keyCustomerFlagBodySchema = z.strictObject({
  customerId: idText,
  reason: text(1000).describe('why: board-approved, industry leader …'),
});
