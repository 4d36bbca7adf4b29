import { RESTRUCTURE_METHODS } from '@daihou/db';
import { z } from 'zod';
import { optionalQuery, wholeNumberText } from '../../shared/request-schemas';
import { installmentSchema } from '../loans/schemas';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const yuan = z.string().describe('yuan, two decimals');
const reason = z.string().trim().min(1, 'is required').max(1000).describe('why (kept with the request)');

export const guarantorConsentBodySchema = z.strictObject({
  guaranteeId: z
    .string()
    .describe('a guarantee of the loan’s contract (GET /loans/{id}/rescheduling lists them)'),
  consentDate: z.string().describe('YYYY-MM-DD, on or before today'),
  evidence: z.string().describe('where the written consent is kept'),
});

const flag = z
  .boolean()
  .describe('for the debtor’s financial difficulty: RULES.md §5 restructured-loan rules apply');

export const extensionBodySchema = z.strictObject({
  months: z.number().int().describe('months added to the maturity; a quarterly loan: a multiple of 3'),
  forFinancialDifficulty: flag.optional().describe('default false'),
  guarantorConsents: z.array(guarantorConsentBodySchema).describe('one per guarantor of the loan'),
  reason,
});

export const restructureBodySchema = z.strictObject({
  annualRate: z.string().describe('the new annual rate in percent, e.g. "4.35"'),
  method: z.enum(RESTRUCTURE_METHODS),
  periods: z.number().int().describe('installments of the new schedule, 1–360'),
  forFinancialDifficulty: flag.optional().describe('default true'),
  guarantorConsents: z.array(guarantorConsentBodySchema).describe('one per guarantor of the loan'),
  reason,
});

const boolText = z.enum(['true', 'false']).transform((v) => v === 'true');

export const extensionQuoteQuerySchema = z.strictObject({
  months: wholeNumberText(1, 120),
  forFinancialDifficulty: optionalQuery(boolText),
});

export const restructureQuoteQuerySchema = z.strictObject({
  annualRate: z.string().regex(/^\d{1,2}(\.\d{1,8})?$/, 'must be an annual rate in percent, e.g. "4.35"'),
  method: z.enum(RESTRUCTURE_METHODS),
  periods: wholeNumberText(1, 360),
  forFinancialDifficulty: optionalQuery(boolText),
});

const quoteInstallmentSchema = z.object({
  period: z.number().int(),
  dueDate: date,
  principalDue: yuan,
  interestDue: yuan,
  feeDue: yuan,
  penaltyCarried: yuan,
  compoundCarried: yuan,
});

export const quoteSchema = z.object({
  kind: z.enum(['extension', 'restructure']),
  effectiveDate: date.describe('today’s business date: the change takes effect when approved'),
  forFinancialDifficulty: z.boolean(),
  oldAnnualRate: z.string(),
  oldMethod: z.string(),
  oldMaturityDate: date,
  annualRate: z.string(),
  method: z.string(),
  maturityDate: date,
  months: z.number().int().optional(),
  periods: z.number().int().optional(),
  termClass: z.enum(['short', 'medium', 'long']).optional(),
  extensionLimitMonths: z.number().int().optional(),
  extensionMonthsLeft: z.number().int().optional(),
  principal: yuan.describe('principal re-scheduled'),
  principalOwed: yuan,
  carriedOverduePrincipal: yuan,
  carriedInterest: yuan,
  carriedFee: yuan,
  carriedPenalty: yuan,
  carriedCompound: yuan,
  observationStart: date,
  schedule: z.array(quoteInstallmentSchema),
});

const consentSchema = z.object({
  guaranteeId: z.string(),
  guarantorName: z.string(),
  consentDate: date,
  evidence: z.string(),
});

export const reschedulingSchema = z.object({
  id: z.string(),
  kind: z.enum(['extension', 'restructure']),
  approvalId: z.string(),
  effectiveDate: date,
  scheduleVersion: z.number().int(),
  reason: z.string(),
  forFinancialDifficulty: z.boolean(),
  months: z.number().int().nullable(),
  oldAnnualRate: z.string(),
  oldMethod: z.string(),
  oldTerm: z.number().int(),
  oldMaturityDate: date,
  annualRate: z.string(),
  method: z.string(),
  term: z.number().int(),
  maturityDate: date,
  principal: yuan,
  carried: z.record(z.string(), z.unknown()),
  guarantorConsents: z.array(consentSchema),
  observationStart: date,
  observationEnd: date,
  maker: z.string(),
  checker: z.string(),
});

export const reschedulingOverviewSchema = z.object({
  loanId: z.string(),
  scheduleVersion: z.number().int(),
  maturityDate: date,
  originalTermMonths: z.number().int(),
  termClass: z.enum(['short', 'medium', 'long']),
  extensionLimitMonths: z.number().int(),
  extendedMonths: z.number().int(),
  guarantees: z.array(z.object({ id: z.string(), guarantorName: z.string(), amount: yuan })),
  reschedulings: z.array(reschedulingSchema),
  schedules: z
    .array(
      z.object({ version: z.number().int(), current: z.boolean(), installments: z.array(installmentSchema) }),
    )
    .describe('every schedule version, newest (current) first'),
});
