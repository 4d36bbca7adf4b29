import { CLASSIFICATIONS } from '@daihou/core';
import { APPROVAL_STATUSES, DEFAULT_APPROVAL_KINDS } from '@daihou/db';
import { z } from 'zod';
import { optionalQuery, pageQuery } from '../../shared/request-schemas';

const KINDS = [...DEFAULT_APPROVAL_KINDS.keys()] as [string, ...string[]];

const reasonText = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(1000, 'must be at most 1000 characters')
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

const evidenceText = z.string().trim().min(1).max(2000).describe('a document reference or findings');

export const classOverrideBodySchema = z.strictObject({
  classification: z.enum(CLASSIFICATIONS).describe('the manual class asked for: worse than the loan is now'),
  reason: reasonText,
  evidence: evidenceText.optional(),
});

export const reversalBodySchema = z.strictObject({
  reason: reasonText,
  evidence: evidenceText.optional(),
});

/** The approve body is optional: none, `{}` or `{"note": "…"}` (Fastify passes none as null). */
export const approveBodySchema = z
  .strictObject({ note: reasonText.optional().describe('kept as the decision reason') })
  .nullish();
export const rejectBodySchema = z.strictObject({ reason: reasonText });

export const approvalListQuerySchema = z.strictObject({
  ...pageQuery,
  status: optionalQuery(z.enum(APPROVAL_STATUSES)),
  kind: optionalQuery(z.enum(KINDS)),
});
export type ApprovalListQuery = z.output<typeof approvalListQuerySchema>;

export const approvalSchema = z.object({
  id: z.string(),
  kind: z.string().describe(KINDS.join(', ')),
  objectType: z.string(),
  objectId: z.string(),
  branchId: z.string(),
  payload: z.unknown(),
  basis: z
    .unknown()
    .describe('the object as it was when the request was made (approval refuses it if changed)'),
  reason: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  maker: z.string(),
  requestedAt: z.string(),
  checker: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  result: z.unknown(),
});
