import { z } from 'zod';
import { dateText } from '../../shared/request-schemas';

const amountText = z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, 'must be an amount in yuan such as "1000.00"');

export const repaymentBodySchema = z.strictObject({
  date: dateText.describe('the current business date (earlier dates are corrections for maker–checker)'),
  amount: amountText.describe('yuan, more than 0.00'),
});

export const repaymentQuoteQuerySchema = z.strictObject({
  amount: amountText.describe('yuan, more than 0.00: the money the borrower brings'),
});

const yuan = z.string().describe('yuan, two decimals');

const balancesSchema = z.object({
  principalOwed: yuan.describe('all principal not yet paid, due or not'),
  duePrincipal: yuan.describe('unpaid principal of installments due on or before the date'),
  dueInterest: yuan.describe('unpaid interest of installments due on or before the date'),
  penalty: yuan,
  compound: yuan,
  fee: yuan,
  creditBalance: yuan,
});

const installmentAllocationSchema = z.object({
  period: z.number().int(),
  dueDate: z.string().describe('YYYY-MM-DD'),
  penalty: yuan,
  compound: yuan,
  fee: yuan,
  interest: yuan,
  principal: yuan,
  total: yuan,
});

export const repaymentQuoteSchema = z.object({
  loanId: z.string(),
  date: z.string().describe('the business date a booking now would be dated'),
  amount: yuan,
  installments: z
    .array(installmentAllocationSchema)
    .describe('where this money goes, per installment (oldest first), per component'),
  allocated: z.object({ penalty: yuan, compound: yuan, interest: yuan, principal: yuan, fee: yuan }),
  toCreditBalance: yuan.describe('what is left with nothing due to pay: waits as credit balance'),
  creditBalanceApplied: z
    .array(installmentAllocationSchema)
    .describe('what the credit balance already waiting pays today, before this money'),
  before: balancesSchema.describe('the loan at the start of the business date'),
  after: balancesSchema.describe('the loan after this money'),
  statusAfter: z.enum(['active', 'settled']),
});
