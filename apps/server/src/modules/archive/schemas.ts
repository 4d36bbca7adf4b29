import { ARCHIVE_MEDIA_TYPES, ARCHIVE_STAGES } from '@daihou/core';
import { z } from 'zod';
import { dateText, idText, optionalQuery, pageQuery, wholeNumberText } from '../../shared/request-schemas';

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

export const versionSchema = z.object({
  version: z.number().int(),
  sha256: z.string().describe('SHA-256 of the content (hex): its address, checked on every read'),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string(),
  uploadedOn: z.string(),
  uploadedAt: z.string(),
  contentAvailable: z.boolean().describe('false once the document is destroyed'),
});

export const checkoutSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  borrower: z.string(),
  purpose: z.string(),
  checkedOutOn: z.string(),
  dueOn: z.string(),
  recordedBy: z.string(),
  returnedOn: z.string().nullable(),
  returnedTo: z.string().nullable(),
  overdue: z.boolean(),
});

export const documentSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  loanId: z.string().nullable(),
  loanNo: z.string().nullable(),
  branchId: z.string(),
  stage: z.enum(ARCHIVE_STAGES),
  title: z.string(),
  retentionClass: z.string(),
  retentionClassName: z.string(),
  retentionEndsOn: z
    .string()
    .nullable()
    .describe('first day it may be destroyed; null while the loan runs, or permanent'),
  paperLocation: z.string().nullable(),
  source: z.enum(['upload', 'inspection_report']),
  inspectionReportId: z.string().nullable(),
  status: z.enum(['active', 'destroyed']),
  destroyedOn: z.string().nullable(),
  destroyedBy: z.string().nullable(),
  destructionApprovedBy: z.string().nullable(),
  destructionApprovalId: z.string().nullable(),
  createdBy: z.string(),
  createdOn: z.string(),
  latestVersion: versionSchema,
  checkout: checkoutSchema.nullable(),
});

export const documentDetailSchema = documentSchema.extend({
  versions: z.array(versionSchema),
  checkouts: z.array(checkoutSchema),
});

export const customerArchiveSchema = z.object({
  customerId: z.string(),
  customerNo: z.string(),
  customerName: z.string(),
  branchId: z.string(),
  documents: z.array(documentSchema),
});

export const uploadQuerySchema = z.strictObject({
  stage: z.enum(ARCHIVE_STAGES),
  title: text(200),
  fileName: text(200).describe('the original file name; its extension must match the content'),
  loanId: optionalQuery(idText),
  retentionClass: optionalQuery(z.string().max(40)).describe('default: the stage’s class'),
  paperLocation: optionalQuery(text(200)).describe('where the paper original is kept (档案室/柜/盒)'),
  inspectionReportId: optionalQuery(idText).describe(
    'an attachment (photo, statement) of this inspection report',
  ),
});
export type UploadQuery = z.output<typeof uploadQuerySchema>;

export const versionQuerySchema = z.strictObject({ fileName: text(200) });

export const contentQuerySchema = z.strictObject({
  version: optionalQuery(wholeNumberText(1, 100_000)),
  disposition: optionalQuery(z.enum(['attachment', 'inline'])),
});

export const checkOutBodySchema = z.strictObject({
  borrower: text(100).describe('who takes the paper file'),
  purpose: text(500),
  dueOn: dateText.describe('from the business date, at most 90 days later'),
});

export const returnBodySchema = z.strictObject({}).nullish();

export const destructionBodySchema = z.strictObject({ reason: text(1000) });

export const openCheckoutSchema = checkoutSchema.extend({
  customerId: z.string(),
  customerName: z.string(),
  branchId: z.string(),
  stage: z.string(),
  title: z.string(),
  paperLocation: z.string().nullable(),
  daysOverdue: z.number().int(),
});

export const checkoutListQuerySchema = z.strictObject({
  ...pageQuery,
  overdue: optionalQuery(booleanText).describe('only paper files past their due date'),
});

export const checkoutPageSchema = z.object({
  items: z.array(openCheckoutSchema),
  total: z.number().int(),
  overdueTotal: z
    .number()
    .int()
    .describe('paper files out past their due date in your scope (the reminder count)'),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const checkReportQuerySchema = z.strictObject({
  year: optionalQuery(wholeNumberText(2000, 2100)).describe(
    'the year checked (default: the business date’s)',
  ),
});

const stageCounts = z.object(
  Object.fromEntries(ARCHIVE_STAGES.map((s) => [s, z.number().int()])) as Record<
    (typeof ARCHIVE_STAGES)[number],
    z.ZodNumber
  >,
);

export const checkReportSchema = z.object({
  year: z.number().int(),
  asOf: z.string(),
  businessDate: z.string(),
  branches: z.array(
    z.object({
      branchId: z.string(),
      branchName: z.string(),
      documentsByStage: stageCounts,
      documentsHeld: z.number().int(),
      destroyedInYear: z.number().int(),
      loansChecked: z.number().int(),
      loansMissingStagesCount: z.number().int(),
      loansMissingStages: z.array(
        z.object({
          loanId: z.string(),
          loanNo: z.string(),
          customerId: z.string(),
          customerName: z.string(),
          missing: z.array(z.enum(ARCHIVE_STAGES)),
        }),
      ),
      checkedOut: z.number().int(),
      overdue: z.number().int(),
      dueForDestructionCount: z.number().int(),
      dueForDestruction: z.array(
        z.object({
          documentId: z.string(),
          customerName: z.string(),
          stage: z.enum(ARCHIVE_STAGES),
          title: z.string(),
          retentionEndsOn: z.string(),
        }),
      ),
    }),
  ),
});

export const ACCEPTED_MEDIA_TYPES = ARCHIVE_MEDIA_TYPES;
