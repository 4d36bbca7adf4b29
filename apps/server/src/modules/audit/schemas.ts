import { isLocalDate } from '@daihou/core';
import { z } from 'zod';
import { optionalQuery, pageQuery } from '../../shared/request-schemas';

const filterText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

/** The database would refuse an impossible time with an error of its own; refuse it here as bad input. */
const isoTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):?[0-5]\d)?)?$/,
    'must be an ISO 8601 time such as 2026-03-02T08:00:00Z (a bare date is midnight UTC)',
  )
  .refine((t) => isLocalDate(t.slice(0, 10)), 'is not a real calendar date');

export const auditListQuerySchema = z.strictObject({
  ...pageQuery,
  actor: optionalQuery(filterText(100)),
  action: optionalQuery(filterText(100)).describe('e.g. repayment.book, approval.approve'),
  objectType: optionalQuery(filterText(50)),
  objectId: optionalQuery(filterText(100)),
  from: optionalQuery(isoTime).describe('entries at or after this time'),
  to: optionalQuery(isoTime).describe('entries before this time'),
});
export type AuditListQuery = z.output<typeof auditListQuerySchema>;

export const auditEntrySchema = z.object({
  seq: z.string().describe('position in the hash chain'),
  occurredAt: z.string(),
  actor: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  branchId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

const head = z.object({ seq: z.string(), hash: z.string() });

export const chainReportSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int().describe('entries read (before the break, when broken)'),
  head,
  firstBroken: z
    .object({
      seq: z.string(),
      problem: z.enum(['edited', 'deleted', 'reordered', 'head']),
      message: z.string(),
    })
    .nullable(),
});
