import { HANDOVER_MODES, HANDOVER_STATUSES, ORPHAN_KINDS } from '@daihou/db';
import { z } from 'zod';
import { idText, optionalQuery, pageQuery } from '../../shared/request-schemas';

const reasonText = z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters');
const yuan = z.string().describe('yuan, two decimals');

/** Validated again in the db layer (where the rules live); here for the OpenAPI document. */
export const draftBodySchema = z.strictObject({
  departingUserId: idText.describe('the user who leaves (or changes post)'),
  mode: z
    .enum(HANDOVER_MODES)
    .describe('manual: the plan says who gets which customer; by_balance: computed'),
  successorIds: z.array(idText).min(1).max(20).describe('who takes over, in order (ties go to the earlier)'),
  plan: z
    .array(z.strictObject({ customerId: idText, successorId: idText }))
    .max(100_000)
    .optional()
    .describe('manual mode only: every customer of the book exactly once'),
  reason: reasonText.describe('why (离职, 调岗 …)'),
});

export const signBodySchema = z.strictObject({}).nullish();
export const cancelBodySchema = z.strictObject({ reason: reasonText });

export const handoverListQuerySchema = z.strictObject({
  ...pageQuery,
  status: optionalQuery(z.enum(HANDOVER_STATUSES)),
});
export type HandoverListQuery = z.output<typeof handoverListQuerySchema>;

const userSchema = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  branchId: z.string(),
  active: z.boolean(),
});
const workSchema = {
  loans: z.number().int(),
  inspectionTasks: z.number().int(),
  collectionCases: z.number().int(),
};
const signatureSchema = {
  signedBy: z.string().nullable().describe('who signed: the party, or a department head on their behalf'),
  onBehalf: z.boolean(),
  signedAt: z.string().nullable(),
};
const shareSchema = userSchema.extend({ customers: z.number().int(), balance: yuan, ...workSchema });
const itemSchema = z.object({
  customerId: z.string(),
  customerNo: z.string(),
  customerName: z.string(),
  branchId: z.string(),
  successorId: z.string(),
  balance: yuan,
  ...workSchema,
});

export const planSchema = z.object({
  mode: z.enum(HANDOVER_MODES),
  departing: userSchema,
  successors: z.array(shareSchema),
  items: z.array(itemSchema),
});

export const handoverSchema = z.object({
  id: z.string(),
  status: z.enum(HANDOVER_STATUSES),
  mode: z.enum(HANDOVER_MODES),
  reason: z.string(),
  branchId: z.string(),
  draftedBy: z.string(),
  draftedOn: z.string(),
  completedOn: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
  departing: userSchema.extend(signatureSchema),
  successors: z.array(shareSchema.extend(signatureSchema)),
  items: z.array(itemSchema),
  moves: z.array(
    z.object({
      objectType: z.enum(['customer', 'contract', 'loan', 'inspection_task', 'collection_case']),
      objectId: z.string(),
      label: z.string().describe('customer, contract or loan number (a task or case: its loan number)'),
      customerId: z.string(),
      beforeUserId: z.string(),
      afterUserId: z.string(),
    }),
  ),
  remainingCustomers: z
    .number()
    .int()
    .describe(
      'completed: customers for which the departing user still holds something (new since the draft)',
    ),
});

export const handoverSummarySchema = z.object({
  id: z.string(),
  status: z.enum(HANDOVER_STATUSES),
  mode: z.enum(HANDOVER_MODES),
  branchId: z.string(),
  departingUserId: z.string(),
  departingName: z.string(),
  customers: z.number().int(),
  balance: yuan,
  signaturesMissing: z.number().int(),
  draftedBy: z.string(),
  draftedOn: z.string(),
  completedOn: z.string().nullable(),
});

export const openWorkSchema = z.object({
  customers: z.number().int(),
  loans: z.number().int().describe('active loans'),
  inspectionTasks: z.number().int().describe('unfinished inspection tasks'),
  collectionCases: z.number().int().describe('open collection cases'),
});

export const candidateSchema = openWorkSchema.extend({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  branchId: z.string(),
  roles: z.array(z.string()),
  active: z.boolean(),
});

export const orphanReportSchema = z.object({
  counts: z.object({
    customer: z.number().int(),
    loan: z.number().int(),
    inspection_task: z.number().int(),
    collection_case: z.number().int(),
  }),
  items: z.array(
    z.object({
      kind: z.enum(ORPHAN_KINDS),
      id: z.string(),
      label: z.string(),
      customerId: z.string(),
      customerName: z.string(),
      branchId: z.string(),
      holderId: z.string().nullable().describe('null: nobody; else a deactivated user'),
      holderName: z.string().nullable(),
      balance: yuan,
    }),
  ),
});

export const handoverIdParams = z.strictObject({ id: idText });

export const bookSchema = z.object({
  items: z.array(
    z.object({
      customerId: z.string(),
      customerNo: z.string(),
      customerName: z.string(),
      branchId: z.string(),
      balance: yuan.describe("principal owed on the customer's active loans"),
      holdsCustomer: z.boolean().describe('the user is the customer’s manager'),
      contracts: z.number().int(),
      loans: z.number().int(),
      inspectionTasks: z.number().int(),
      collectionCases: z.number().int(),
    }),
  ),
});
