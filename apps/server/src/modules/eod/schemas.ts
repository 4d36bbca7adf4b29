import { isLocalDate, type LocalDate } from '@daihou/core';
import { z } from 'zod';
import { dateText } from '../../shared/request-schemas';

/** A real calendar date (2026-02-30 is refused here, not by the database). */
const businessDate = dateText
  .refine(isLocalDate, 'is not a real calendar date')
  .transform((d) => d as LocalDate);

export const eodStartBodySchema = z.strictObject({
  date: businessDate.describe('the current business date'),
});

export const eodDateParams = z.strictObject({ date: businessDate });

export const eodStartedSchema = z.object({
  runId: z.string(),
  date: z.string(),
  status: z.literal('running'),
  progress: z.string().describe('GET this path for progress'),
});

export const eodRunSchema = z.object({
  runId: z.string(),
  date: z.string(),
  status: z.enum(['running', 'failed', 'completed']),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  elapsedMillis: z.number().int().describe('from start to finish, or to now while running'),
  loansDue: z.number().int().describe('loans due for evaluation when the run started'),
  partitions: z.object({
    total: z.number().int(),
    done: z.number().int(),
    pending: z.number().int(),
    failed: z.number().int(),
  }),
  loansEvaluated: z.number().int(),
  loansChanged: z.number().int(),
  eventsWritten: z.number().int(),
  partitionMillis: z.number().int().describe('time spent in finished partitions, summed'),
  failures: z.array(
    z.object({ partitionNo: z.number().int(), error: z.string(), loanId: z.string().nullable() }),
  ),
});
