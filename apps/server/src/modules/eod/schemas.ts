import { isLocalDate, type LocalDate } from '@daihou/core';
import { z } from 'zod';
import { dateText, pageQuery } from '../../shared/request-schemas';

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
  partitionList: z
    .array(
      z.object({
        partitionNo: z.number().int(),
        loId: z.string().describe('first loan id of the range'),
        hiId: z.string().describe('last loan id of the range'),
        status: z.enum(['pending', 'done', 'failed']),
        attempts: z.number().int(),
        loansEvaluated: z.number().int(),
        loansChanged: z.number().int(),
        eventsWritten: z.number().int(),
        millis: z.number().int().nullable(),
        error: z.string().nullable(),
        errorLoanId: z.string().nullable(),
      }),
    )
    .describe('every partition of the run, in order'),
  steps: z
    .array(
      z.object({
        step: z.string(),
        partitions: z.number().int().describe('finished partitions that ran it'),
        millis: z.number().int(),
        items: z.number().int(),
      }),
    )
    .describe('partition steps, their time summed over the finished partitions'),
});

export const eodRunListQuerySchema = z.strictObject({ ...pageQuery });

export const eodRunListSchema = z.object({
  businessDate: z.string().nullable().describe('the current business date (the next one to close)'),
  running: z.boolean().describe('an end of day is running'),
  items: z.array(
    z.object({
      runId: z.string(),
      date: z.string(),
      status: z.enum(['running', 'failed', 'completed']),
      loansDue: z.number().int(),
      partitions: z.number().int(),
      partitionsDone: z.number().int(),
      partitionsFailed: z.number().int(),
      loansEvaluated: z.number().int(),
      workers: z.number().int(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      elapsedMillis: z.number().int(),
      error: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
