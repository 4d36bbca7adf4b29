import { BUCKETS, CLASSIFICATIONS } from '@daihou/core';
import { z } from 'zod';
import {
  branchIdText,
  dateText,
  optionalQuery,
  queryWithDefault,
  wholeNumberText,
} from '../../shared/request-schemas';

export const portfolioQuerySchema = z.strictObject({
  asOf: optionalQuery(dateText).describe(
    'YYYY-MM-DD: the business date (default, live) or a past date end of day closed',
  ),
  branchId: optionalQuery(branchIdText).describe('this branch and below (default: your whole scope)'),
});

const yuan = z.string().describe('yuan, two decimals');
const ratio = z.string().nullable().describe('decimal string such as "0.0213"; null when the base is zero');

export const portfolioSchema = z.object({
  asOf: z.string(),
  source: z.enum(['live', 'end_of_day']).describe('live book, or the snapshot end of day took of asOf'),
  branchId: z.string().nullable(),
  loans: z.number().int().describe('active loans'),
  principalOwed: yuan,
  nplPrincipal: yuan,
  nplRatio: ratio,
  provisionCoverage: ratio,
  coverageFloor: z
    .string()
    .describe(
      'the regulatory floor of provisionCoverage the server applies, decimal string such as "1.5000"',
    ),
  coverageMeetsFloor: z.boolean().describe('provisionCoverage ≥ coverageFloor (true when there is no NPL)'),
  provisions: z.object({ specific: yuan, general: yuan, total: yuan }),
  byClassification: z.array(
    z.object({
      classification: z.enum(CLASSIFICATIONS),
      loans: z.number().int(),
      principalOwed: yuan,
      specificProvision: yuan,
    }),
  ),
  byBucket: z.array(z.object({ bucket: z.enum(BUCKETS), loans: z.number().int(), principalOwed: yuan })),
});

export const TREND_MAX_DAYS = 366;

export const portfolioTrendQuerySchema = z.strictObject({
  from: optionalQuery(dateText).describe('YYYY-MM-DD, first date (default: 30 days before `to`)'),
  to: optionalQuery(dateText).describe('YYYY-MM-DD, last date (default: the last date end of day closed)'),
  branchId: optionalQuery(branchIdText).describe('this branch and below (default: your whole scope)'),
});

export const portfolioTrendSchema = z.object({
  branchId: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  points: z
    .array(
      z.object({
        date: z.string().describe('a business date end of day closed'),
        loans: z.number().int(),
        principalOwed: yuan,
        nplPrincipal: yuan,
        nplRatio: ratio,
        overduePrincipal: yuan.describe('principal owed on loans in M1 … M7+'),
        overdueRate: ratio.describe('overduePrincipal / principalOwed'),
      }),
    )
    .describe('oldest first; the same figures GET /reports/portfolio?asOf=<date> gives'),
});

export const overdueDebtorsQuerySchema = z.strictObject({
  branchId: optionalQuery(branchIdText).describe('this branch and below (default: your whole scope)'),
  limit: queryWithDefault(wholeNumberText(1, 50), 10).describe('how many, 1–50 (default 10)'),
});

export const overdueDebtorsSchema = z.object({
  asOf: z.string().describe('the business date (live book)'),
  branchId: z.string().nullable(),
  items: z.array(
    z.object({
      customerId: z.string(),
      customerNo: z.string(),
      name: z.string(),
      customerType: z.enum(['individual', 'enterprise']),
      branchId: z.string(),
      overdueLoans: z.number().int(),
      overduePrincipal: yuan.describe('unpaid principal of installments due before the business date'),
      principalOwed: yuan.describe('principal owed on those loans'),
      maxDpd: z.number().int(),
    }),
  ),
});
