import { PREPAYMENT_MODES } from '@daihou/core';
import { z } from 'zod';
import { dateText, optionalQuery, yuanText } from '../../shared/request-schemas';
import { installmentSchema, repaymentViewSchema } from '../loans/schemas';

const yuan = z.string().describe('yuan, two decimals');

export const payoffQuoteQuerySchema = z.strictObject({
  date: optionalQuery(dateText).describe('YYYY-MM-DD, the business date (default) or later'),
});

export const prepaymentQuoteQuerySchema = z.strictObject({
  date: optionalQuery(dateText).describe('YYYY-MM-DD, the business date (default) or later'),
  principal: yuanText.describe('principal to prepay (yuan); less than all principal not yet due'),
});

export const quoteSchema = z.object({
  loanId: z.string(),
  date: z.string(),
  duePrincipal: yuan,
  dueInterest: yuan,
  penalty: yuan,
  compound: yuan,
  dueFee: yuan,
  notDuePrincipal: yuan,
  prepaidPrincipal: yuan,
  principalAfter: yuan,
  brokenPeriodFrom: z.string(),
  brokenPeriodDays: z.number().int(),
  brokenPeriodInterest: yuan,
  prepaymentFee: yuan,
  grossAmount: yuan,
  creditBalanceApplied: yuan,
  netAmount: yuan.describe('what the borrower brings'),
});

export const prepaymentBodySchema = z.strictObject({
  date: dateText.describe('the current business date'),
  amount: z
    .string()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, 'must be an amount in yuan such as "1000.00"')
    .describe("money paid in (yuan, more than 0.00); a payoff needs at least the quote's netAmount"),
  mode: z
    .enum(PREPAYMENT_MODES)
    .describe('keep_term: smaller installments; keep_installment: earlier maturity; payoff: settle the loan'),
});

export const prepaymentResultSchema = z.object({
  repayment: repaymentViewSchema,
  mode: z.enum(PREPAYMENT_MODES),
  prepaidPrincipal: yuan,
  brokenPeriodInterest: yuan,
  prepaymentFee: yuan,
  principalAfter: yuan,
  status: z.enum(['active', 'settled']),
  schedule: z
    .array(installmentSchema)
    .describe('the installments due after the prepayment date, as they now are'),
});
