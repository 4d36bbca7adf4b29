import { BUCKETS, CLASSIFICATIONS, REPAYMENT_METHODS } from '@daihou/core';
import { LOAN_SORT_KEYS } from '@daihou/db';
import { z } from 'zod';
import {
  branchIdText,
  csvOf,
  idText,
  optionalQuery,
  pageQuery,
  searchText,
  sortOf,
  yuanText,
} from '../../shared/request-schemas';

export const LOAN_STATUSES = ['active', 'settled', 'written_off'] as const;

export const loanListQuerySchema = z.strictObject({
  ...pageQuery,
  branchId: optionalQuery(branchIdText).describe('this branch and the branches under it'),
  managerId: optionalQuery(idText).describe('account manager (user id)'),
  customerId: optionalQuery(idText),
  bucket: optionalQuery(csvOf(BUCKETS)).describe('one or more, comma-separated: M1,M2'),
  classification: optionalQuery(csvOf(CLASSIFICATIONS)),
  status: optionalQuery(csvOf(LOAN_STATUSES)),
  method: optionalQuery(csvOf(REPAYMENT_METHODS)),
  amountMin: optionalQuery(yuanText).describe('loan amount at least (yuan)'),
  amountMax: optionalQuery(yuanText).describe('loan amount at most (yuan)'),
  q: optionalQuery(searchText).describe(
    'part of loan/contract/customer number or name, or a whole ID number',
  ),
  sort: sortOf(LOAN_SORT_KEYS, 'loanNo').describe(`one of ${LOAN_SORT_KEYS.join(', ')}; '-' for descending`),
});
export type LoanListQuery = z.output<typeof loanListQuerySchema>;

/** GET /loans/export.xlsx: the list's filters; no paging, and rows come in loan id order (no sort). */
export const loanExportQuerySchema = loanListQuerySchema.omit({ page: true, pageSize: true, sort: true });
export type LoanExportQuery = z.output<typeof loanExportQuerySchema>;

const yuan = z.string().describe('yuan, two decimals');
const date = z.string().describe('YYYY-MM-DD');

export const loanListItemSchema = z.object({
  id: z.string(),
  loanNo: z.string(),
  customerId: z.string(),
  customerNo: z.string(),
  customerName: z.string(),
  customerIdNumber: z.string().describe('the borrower’s ID number, masked (1101**********1234)'),
  customerPhone: z.string().nullable().describe('the borrower’s phone, masked (138****5678)'),
  branchId: z.string(),
  managerId: z.string().nullable(),
  managerName: z.string().nullable().describe('the account manager’s display name; null when none'),
  principal: yuan,
  principalOwed: yuan,
  dpd: z.number().int(),
  bucket: z.enum(BUCKETS),
  classification: z.enum(CLASSIFICATIONS),
  status: z.enum(LOAN_STATUSES),
  method: z.enum(REPAYMENT_METHODS),
  disbursementDate: date,
  maturityDate: date,
  isKeyCustomer: z.boolean().describe('the borrower is a key customer (重点客户) today'),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const repaymentViewSchema = z.object({
  id: z.string(),
  date,
  amount: yuan,
  allocated: z.object({ penalty: yuan, compound: yuan, interest: yuan, principal: yuan, fee: yuan }),
  toCreditBalance: yuan,
});

export const installmentSchema = z.object({
  period: z.number().int(),
  kind: z.enum(['scheduled', 'prepayment']),
  dueDate: date,
  principalDue: yuan,
  interestDue: yuan,
  feeDue: yuan,
  principalPaid: yuan,
  interestPaid: yuan,
  feePaid: yuan,
  penaltyAccrued: yuan,
  penaltyPaid: yuan,
  compoundAccrued: yuan,
  compoundPaid: yuan,
});

export const classPeriodSchema = z.object({
  validFrom: date,
  validTo: date.nullable().describe('first end of day no longer covered; null while it holds'),
  status: z.enum(LOAN_STATUSES),
  classification: z.enum(CLASSIFICATIONS),
  classRule: z.string(),
  principalOwed: yuan,
  specificProvision: yuan,
});

export const loanEventSchema = z.object({
  id: z.string(),
  businessDate: date,
  eventType: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  rule: z.string().nullable(),
  actor: z.string(),
  payload: z.unknown(),
  createdAt: z.string(),
});

export const loanDetailSchema = loanListItemSchema.extend({
  contractId: z.string(),
  productCode: z.string(),
  annualRate: z.string().describe('percent per year'),
  term: z.number().int(),
  frequency: z.enum(['monthly', 'quarterly']),
  paymentMode: z.enum(['entrusted', 'self']),
  purpose: z.string(),
  securityType: z.enum(['unsecured', 'guarantee', 'mortgage', 'pledge']),
  accruedThrough: date,
  creditBalance: yuan,
  classRule: z.string(),
  manualClassification: z
    .enum(CLASSIFICATIONS)
    .nullable()
    .describe(
      'the manual class an approved override set (RULES.md §5); end of day gives the loan the worse of it and ' +
        'the automatic class, so it can be worse than classification until tonight; null when none',
    ),
  schedule: z.array(installmentSchema),
  repayments: z.array(
    repaymentViewSchema.extend({
      status: z.enum(['booked', 'reversed']).describe('reversed: taken back by a same-day reversal (冲正)'),
    }),
  ),
  classHistory: z.array(classPeriodSchema),
  events: z.array(loanEventSchema),
});
