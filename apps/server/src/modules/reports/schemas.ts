import { BUCKETS, CLASSIFICATIONS } from '@daihou/core';
import { z } from 'zod';
import { branchIdText, dateText, optionalQuery } from '../../shared/request-schemas';

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
  coverageMeetsFloor: z.boolean(),
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
