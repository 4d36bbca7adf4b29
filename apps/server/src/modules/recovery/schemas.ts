import { WRITE_OFF_CAUSES } from '@daihou/core';
import {
  DEMAND_CHANNELS,
  LITIGATION_STAGES,
  RECOVERY_LIKELIHOODS,
  RECOVERY_MEASURE_KINDS,
  RECOVERY_SOURCES,
} from '@daihou/db';
import { z } from 'zod';
import { dateText, optionalQuery, pageQuery } from '../../shared/request-schemas';

/**
 * Request and response shapes of the recovery endpoints (write-off, recoveries, litigation, demands,
 * clocks, recovery plans, interest caps). Amounts are yuan strings with two decimals, rates percent
 * strings; the db layer validates the bodies again and owns the rules.
 */

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const yuan = z
  .string()
  .regex(/^-?\d{1,13}(\.\d{1,2})?$/, 'must be an amount in yuan such as "1000.00"')
  .describe('yuan, two decimals');
const rate = z.string().regex(/^\d{1,6}(\.\d{1,8})?$/, 'must be a decimal such as "4.35"');

export const writeOffBodySchema = z.strictObject({
  cause: z.enum(WRITE_OFF_CAUSES),
  evidence: z.array(text(500)).min(1, 'a write-off needs evidence of its cause').max(50),
  recoveryEfforts: text(4000),
  responsibility: z.strictObject({
    persons: z.array(text(100)).max(50),
    finding: z.enum(['no_fault', 'fault']),
    conclusion: text(4000),
    measures: z.string().trim().max(4000),
  }),
  reason: text(1000),
});

export const recoveryBodySchema = z.strictObject({
  date: dateText,
  amount: yuan,
  source: z.enum(RECOVERY_SOURCES),
  note: z.string().trim().max(2000).optional(),
});

const components = z.object({
  principal: z.string(),
  interest: z.string(),
  fee: z.string(),
  penalty: z.string(),
  compound: z.string(),
});

export const recoverySchema = z.object({
  id: z.string(),
  writeOffId: z.string(),
  loanId: z.string(),
  date: z.string(),
  amount: z.string(),
  source: z.enum(RECOVERY_SOURCES),
  allocated: components,
  note: z.string().nullable(),
  createdBy: z.string(),
});

export const writeOffSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  branchId: z.string(),
  approvalId: z.string().nullable(),
  cause: z.enum(WRITE_OFF_CAUSES),
  evidence: z.array(z.string()),
  recoveryEfforts: z.string(),
  recoveryEffortCount: z.number().int(),
  responsibility: z.object({
    persons: z.array(z.string()),
    finding: z.enum(['no_fault', 'fault']),
    conclusion: z.string(),
    measures: z.string(),
  }),
  writtenOffOn: z.string(),
  writtenOff: components,
  recovered: components,
  stillPursued: components,
  maker: z.string(),
  approver: z.string(),
});

export const litigationOpenBodySchema = z.strictObject({
  lawyer: text(200),
  handedOverOn: dateText,
  claimAmount: yuan,
  court: text(200).optional(),
  caseNo: text(100).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const litigationStepBodySchema = z.strictObject({
  stage: z.enum(LITIGATION_STAGES),
  date: dateText,
  court: text(200).optional(),
  caseNo: text(100).optional(),
  judgmentAmount: yuan.optional(),
  cost: yuan.optional(),
  recovered: yuan.optional(),
  outcome: text(2000).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const litigationSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  branchId: z.string(),
  stage: z.enum(LITIGATION_STAGES),
  lawyer: z.string(),
  court: z.string().nullable(),
  caseNo: z.string().nullable(),
  claimAmount: z.string(),
  judgmentAmount: z.string().nullable(),
  costs: z.string(),
  recovered: z.string(),
  handedOverOn: z.string(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  steps: z.array(
    z.object({
      id: z.string(),
      stage: z.enum(LITIGATION_STAGES),
      date: z.string(),
      cost: z.string(),
      recovered: z.string(),
      note: z.string().nullable(),
      actor: z.string(),
    }),
  ),
});

export const demandBodySchema = z.strictObject({
  target: z.enum(['borrower', 'guarantor']),
  guaranteeId: z
    .string()
    .regex(/^[1-9]\d{0,17}$/, 'must be a guarantee id')
    .optional(),
  kind: z.enum(['demand', 'acknowledgement']),
  date: dateText,
  channel: z.enum(DEMAND_CHANNELS),
  evidence: text(1000),
});

export const demandSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  target: z.enum(['borrower', 'guarantor']),
  guaranteeId: z.string().nullable(),
  guarantorName: z.string().nullable(),
  kind: z.enum(['demand', 'acknowledgement']),
  date: z.string(),
  channel: z.enum(DEMAND_CHANNELS),
  evidence: z.string(),
  actor: z.string(),
});

const limitationSchema = z.object({
  startsOn: z.string(),
  endsOn: z.string(),
  restartedBy: z.object({ date: z.string(), kind: z.string() }).nullable(),
  lateEvents: z.array(z.object({ date: z.string(), kind: z.string() })),
  daysLeft: z.number().int(),
});

export const clocksSchema = z.object({
  asOf: z.string(),
  lastDueDate: z.string(),
  limitation: limitationSchema,
  guarantees: z.array(
    z.object({
      guaranteeId: z.string(),
      guarantorName: z.string(),
      guaranteeType: z.string(),
      endsOn: z.string(),
      status: z.enum(['running', 'preserved', 'lapsed']),
      preservedOn: z.string().nullable(),
      guarantorLimitation: limitationSchema.omit({ daysLeft: true }).nullable(),
      daysLeft: z.number().int(),
    }),
  ),
});

const measureBody = z.strictObject({
  kind: z.enum(RECOVERY_MEASURE_KINDS),
  description: text(1000),
  targetAmount: yuan.optional(),
  dueDate: dateText,
});

export const planBodySchema = z.strictObject({
  likelihood: z.enum(RECOVERY_LIKELIHOODS),
  targetAmount: yuan,
  targetDate: dateText,
  summary: text(4000),
  measures: z.array(measureBody).min(1, 'a plan needs at least one measure').max(30),
});

export const reviewBodySchema = z.strictObject({
  likelihood: z.enum(RECOVERY_LIKELIHOODS),
  notes: text(4000),
  measures: z
    .array(z.strictObject({ id: z.string(), status: z.enum(['open', 'done', 'dropped']) }))
    .max(30)
    .optional(),
  closeReason: text(1000).optional(),
});

export const planSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  loanNo: z.string(),
  customerName: z.string(),
  branchId: z.string(),
  classification: z.string(),
  likelihood: z.enum(RECOVERY_LIKELIHOODS),
  targetAmount: z.string(),
  targetDate: z.string(),
  summary: z.string(),
  status: z.enum(['active', 'closed']),
  createdBy: z.string(),
  createdOn: z.string(),
  lastReviewedOn: z.string(),
  reviewDueOn: z.string(),
  reviewOverdue: z.boolean(),
});

export const planDetailSchema = planSchema.extend({
  measures: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(RECOVERY_MEASURE_KINDS),
      description: z.string(),
      targetAmount: z.string().nullable(),
      dueDate: z.string(),
      status: z.enum(['open', 'done', 'dropped']),
      doneOn: z.string().nullable(),
    }),
  ),
  reviews: z.array(
    z.object({
      id: z.string(),
      reviewedOn: z.string(),
      likelihood: z.enum(RECOVERY_LIKELIHOODS),
      notes: z.string(),
      reviewer: z.string(),
    }),
  ),
});

export const planListQuerySchema = z.strictObject({
  ...pageQuery,
  due: optionalQuery(z.enum(['true', 'false']))
    .transform((v) => v === 'true')
    .describe('true: only plans not reviewed for more than a month'),
});
export type PlanListQuery = z.output<typeof planListQuerySchema>;

export const recoveryOverviewSchema = z.object({
  loanId: z.string(),
  loanNo: z.string(),
  status: z.enum(['active', 'settled', 'written_off']),
  classification: z.string(),
  writeOff: writeOffSchema.nullable(),
  recoveries: z.array(recoverySchema),
  litigation: z.array(litigationSchema),
  demands: z.array(demandSchema),
  clocks: clocksSchema,
  plan: planDetailSchema.nullable(),
});

export const capSettingSchema = z.object({
  kind: z.enum(['fixed', 'lpr_multiple']),
  annualCap: z.string().optional(),
  multiple: z.string().optional(),
});

export const capSettingBodySchema = z.strictObject({
  kind: z.enum(['fixed', 'lpr_multiple']),
  annualCap: rate.optional(),
  multiple: rate.optional(),
});

export const lprSchema = z.object({
  effectiveFrom: z.string(),
  oneYear: z.string(),
  fiveYear: z.string().nullable(),
});

export const lprBodySchema = z.strictObject({
  effectiveFrom: dateText,
  oneYear: rate,
  fiveYear: rate.optional(),
});

export const capsSchema = z.object({ setting: capSettingSchema, lpr: z.array(lprSchema) });

export const capCheckQuerySchema = z.strictObject({
  annualRate: rate,
  penaltyUplift: optionalQuery(rate).transform((v) => v ?? '0.5'),
  penaltyDailyRate: optionalQuery(rate),
  annualFeeRate: optionalQuery(rate),
  dayBasis: optionalQuery(z.enum(['360', '365'])),
  contractDate: dateText,
});
export type CapCheckQuery = z.output<typeof capCheckQuerySchema>;

export const capCheckSchema = z.object({
  ok: z.boolean(),
  cap: z.object({
    kind: z.enum(['fixed', 'lpr_multiple']),
    limit: z.string(),
    lpr: z.object({ oneYear: z.string(), effectiveFrom: z.string() }).nullable(),
    description: z.string(),
  }),
  figures: z.object({
    annualRate: z.string(),
    penaltyRate: z.string(),
    allIn: z.string(),
    penaltyAllIn: z.string(),
  }),
  field: z.string().optional(),
  reason: z.enum(['rate_above_cap', 'all_in_above_cap', 'penalty_above_cap']).optional(),
  message: z.string().optional(),
});
