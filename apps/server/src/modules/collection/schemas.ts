import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  CONTACT_TARGETS,
  STOP_FLAGS,
  WARNING_LEVELS,
} from '@daihou/core';
import { WARNING_STATUSES } from '@daihou/db';
import { z } from 'zod';
import {
  branchIdText,
  dateText,
  idText,
  optionalQuery,
  pageQuery,
  queryWithDefault,
  wholeNumberText,
} from '../../shared/request-schemas';

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const warningListQuerySchema = z.strictObject({
  ...pageQuery,
  level: optionalQuery(z.enum(WARNING_LEVELS)),
  branchId: optionalQuery(branchIdText),
  code: optionalQuery(z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'must be a signal code such as dpd_31')),
  status: optionalQuery(z.enum(WARNING_STATUSES)),
  minAgeDays: optionalQuery(wholeNumberText(0, 36500)).describe('raised at least this many days ago'),
});
export type WarningListQuery = z.output<typeof warningListQuerySchema>;

export const warningCountQuerySchema = warningListQuerySchema.omit({
  level: true,
  page: true,
  pageSize: true,
});
export type WarningCountQuery = z.output<typeof warningCountQuerySchema>;
export const warningCountsSchema = z
  .object({
    red: z.number().int(),
    orange: z.number().int(),
    yellow: z.number().int(),
    blue: z.number().int(),
  })
  .describe('warnings per level with the other filters of the board');

const measureSchema = z.object({
  id: z.string(),
  description: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'done']),
  createdBy: z.string(),
  createdOn: z.string(),
});

export const warningSchema = z.object({
  id: z.string(),
  loanId: z.string().nullable(),
  loanNo: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  branchId: z.string(),
  code: z.string(),
  level: z.enum(WARNING_LEVELS),
  status: z.enum(WARNING_STATUSES),
  evidence: z.record(z.string(), z.unknown()).describe('what the rule saw (amounts in fen)'),
  raisedOn: z.string(),
  ageDays: z.number().int(),
  raisedBy: z.string(),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  liftedBy: z.string().nullable(),
  liftedOn: z.string().nullable(),
  liftReason: z.string().nullable(),
});
export const warningDetailSchema = warningSchema.extend({ measures: z.array(measureSchema) });

/** Validated in the db layer too (the reason rule lives there); here for the OpenAPI document. */
export const warningDecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('confirm'), reason: text(2000).optional() }),
  z.strictObject({ decision: z.literal('dismiss'), reason: z.string().max(2000).optional() }),
  z.strictObject({ decision: z.literal('lift'), reason: z.string().max(2000).optional() }),
  z.strictObject({ decision: z.literal('measure'), description: text(2000), deadline: dateText }),
]);

export const caseListQuerySchema = z.strictObject({
  ...pageQuery,
  assignee: queryWithDefault(z.union([z.enum(['me', 'all']), idText]), 'me').describe(
    "'me' (default): your cases; 'all': every case in your scope; or a user id",
  ),
  status: queryWithDefault(z.enum(['open', 'closed']), 'open'),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

export const caseSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  loanNo: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  branchId: z.string(),
  openedOn: z.string(),
  stage: z.string(),
  dpd: z.number().int(),
  overdueAmount: z.string().describe('yuan'),
  principalOwed: z.string().describe('yuan'),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  nextTask: z.string().nullable().describe('the oldest open stage task'),
  nextPromiseDate: z.string().nullable().describe('the earliest open promise to pay'),
  nextPromiseAmount: z.string().nullable().describe('yuan'),
  brokenPromises: z.number().int(),
});

export const actionSchema = z.object({
  id: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  target: z.enum(CONTACT_TARGETS),
  contactPoint: z.string(),
  date: z.string(),
  time: z.string(),
  outcome: z.enum(CONTACT_OUTCOMES),
  notes: z.string().nullable(),
  actor: z.string(),
});

export const promiseSchema = z.object({
  id: z.string(),
  actionId: z.string(),
  amount: z.string().describe('yuan'),
  promiseDate: z.string(),
  promisedOn: z.string(),
  status: z.enum(['open', 'kept', 'broken']),
  resolvedOn: z.string().nullable(),
});

export const caseDetailSchema = caseSchema.extend({
  tasks: z.array(
    z.object({
      id: z.string(),
      stage: z.string(),
      kind: z.string(),
      createdOn: z.string(),
      status: z.enum(['open', 'done', 'cancelled']),
    }),
  ),
  actions: z.array(actionSchema),
  promises: z.array(promiseSchema),
});

export const actionBodySchema = z.strictObject({
  channel: z.enum(CONTACT_CHANNELS),
  target: z.enum(CONTACT_TARGETS),
  contactPoint: text(200),
  date: dateText.describe("the borrower's local date of the contact"),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h)')
    .describe("borrower's local time"),
  outcome: z.enum(CONTACT_OUTCOMES),
  notes: z.string().max(4000).optional(),
  promise: z
    .strictObject({
      amount: z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, 'must be an amount in yuan such as "1000.00"'),
      date: dateText,
    })
    .optional(),
});

export const recordedActionSchema = actionSchema.extend({ promise: promiseSchema.nullable() });

export const assignBodySchema = z.strictObject({
  assigneeId: idText.describe('an active collector whose branch covers the case'),
  reason: text(2000),
});
export const assignedSchema = z.object({ id: z.string(), assigneeId: z.string() });

export const eligibleCollectorsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      branchId: z.string(),
      openCases: z.number().int().describe('open cases assigned to them now'),
    }),
  ),
});

export const stopFlagSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  flag: z.enum(STOP_FLAGS),
  reason: z.string().nullable(),
  recordedOn: z.string(),
  recordedBy: z.string(),
  liftedOn: z.string().nullable(),
  liftedBy: z.string().nullable(),
  liftReason: z.string().nullable(),
});
export const stopFlagListSchema = z.object({ items: z.array(stopFlagSchema) });
export const stopFlagBodySchema = z.strictObject({ flag: z.enum(STOP_FLAGS), reason: text(2000) });
export const stopFlagLiftBodySchema = z.strictObject({ reason: text(2000) });
export const stopFlagParams = z.strictObject({ id: idText, flagId: idText });

export const circleListQuerySchema = z.strictObject({
  ...pageQuery,
  overdueOnly: optionalQuery(z.enum(['true', 'false']).transform((v) => v === 'true')).describe(
    'only circles with an overdue member',
  ),
  customerId: optionalQuery(idText).describe('only the circle this customer belongs to'),
});
export type CircleListQuery = z.output<typeof circleListQuerySchema>;

export const circleParams = z.strictObject({
  id: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'must be a guarantee circle id (16 hex digits, as the list gives it)')
    .describe("the circle's id from GET /guarantee-circles"),
});

export const circleSummarySchema = z.object({
  id: z
    .string()
    .describe("the circle's opaque id (16 hex digits): the same while its members are, naming none of them"),
  memberCount: z.number().int(),
  membersInScope: z.number().int(),
  overdueMembers: z.number().int(),
  linkCount: z.number().int(),
  maxDpd: z.number().int(),
  branches: z.array(z.string()),
  memberNames: z.array(z.string()).describe('names of the first members in your scope (up to 5)'),
});
export const circleSchema = circleSummarySchema.extend({
  members: z.array(
    z.object({
      key: z.number().int(),
      customerId: z.string().nullable().describe('null for a member outside your scope'),
      customerNo: z.string().nullable(),
      name: z.string().nullable(),
      branchId: z.string(),
      inScope: z.boolean(),
      overdue: z.boolean(),
      maxDpd: z.number().int(),
    }),
  ),
  links: z.array(
    z.object({
      from: z.number().int().describe("the borrower's member key"),
      to: z.number().int().describe("the guarantor's member key"),
      guarantees: z.number().int(),
      amount: z.string().describe('yuan'),
    }),
  ),
});
