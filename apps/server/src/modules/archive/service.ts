import {
  addArchiveVersion,
  archiveCheckReport,
  checkOutPaperFile,
  downloadArchiveDocument,
  findInspectionReportPdfDocument,
  getBusinessDate,
  listCustomerArchive,
  listOpenCheckouts,
  requestArchiveDestruction,
  returnPaperFile,
  scopePrefix,
  uploadArchiveDocument,
  viewArchiveDocument,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { approvalJson } from '../approvals/service';
import type { UploadQuery } from './schemas';

/**
 * The credit archive over HTTP: the db layer (packages/db/src/archive) checks scope, types, sizes and
 * retention, and appends every write's, view's and download's audit entry in its transaction.
 */

const readCtx = (caller: Caller, requestId: string) => ({
  actor: caller.username,
  branchPath: scopePrefix(caller.scope),
  requestId,
});

export const customerArchive = (ctx: ServerContext, caller: Caller, customerId: string, requestId: string) =>
  withFieldNames({}, () => listCustomerArchive(ctx.db, customerId, readCtx(caller, requestId)));

export const documentDetail = (ctx: ServerContext, caller: Caller, id: string, requestId: string) =>
  withFieldNames({}, () => viewArchiveDocument(ctx.db, id, readCtx(caller, requestId)));

export const documentContent = (
  ctx: ServerContext,
  caller: Caller,
  id: string,
  version: number | undefined,
  requestId: string,
) => withFieldNames({}, () => downloadArchiveDocument(ctx.db, id, version, readCtx(caller, requestId)));

export function uploadDocument(
  ctx: ServerContext,
  caller: Caller,
  customerId: string,
  q: UploadQuery,
  file: { mediaType: string; content: Buffer },
  requestId: string,
) {
  return withFieldNames({}, () =>
    uploadArchiveDocument(ctx.db, {
      customerId,
      stage: q.stage,
      title: q.title,
      ...(q.loanId ? { loanId: q.loanId } : {}),
      ...(q.retentionClass ? { retentionClass: q.retentionClass } : {}),
      ...(q.paperLocation ? { paperLocation: q.paperLocation } : {}),
      ...(q.inspectionReportId ? { inspectionReportId: q.inspectionReportId } : {}),
      actor: caller.username,
      branchPath: scopePrefix(caller.scope),
      maxBytes: ctx.config.archiveMaxBytes,
      requestId,
      file: { fileName: q.fileName, ...file },
    }),
  );
}

export function uploadVersion(
  ctx: ServerContext,
  caller: Caller,
  documentId: string,
  fileName: string,
  file: { mediaType: string; content: Buffer },
  requestId: string,
) {
  return withFieldNames({}, () =>
    addArchiveVersion(ctx.db, {
      documentId,
      actor: caller.username,
      branchPath: scopePrefix(caller.scope),
      maxBytes: ctx.config.archiveMaxBytes,
      requestId,
      file: { fileName, ...file },
    }),
  );
}

export const checkOut = (
  ctx: ServerContext,
  caller: Caller,
  documentId: string,
  body: { borrower: string; purpose: string; dueOn: string },
  requestId: string,
) =>
  withFieldNames({}, () => checkOutPaperFile(ctx.db, { documentId, ...body, ...readCtx(caller, requestId) }));

export const giveBack = (ctx: ServerContext, caller: Caller, documentId: string, requestId: string) =>
  withFieldNames({}, () => returnPaperFile(ctx.db, { documentId, ...readCtx(caller, requestId) }));

/** Destruction is maker–checker (kind archive_destruction): answers the pending request. */
export async function requestDestruction(
  ctx: ServerContext,
  caller: Caller,
  documentId: string,
  reason: string,
  requestId: string,
) {
  const created = await withFieldNames({ objectId: 'id' }, () =>
    requestArchiveDestruction(ctx.db, {
      documentId,
      reason,
      maker: caller.username,
      requestId,
      branchPath: scopePrefix(caller.scope),
    }),
  );
  return approvalJson(created);
}

export async function openCheckouts(
  ctx: ServerContext,
  caller: Caller,
  q: { page: number; pageSize: number; overdue?: boolean | undefined },
) {
  const page = await listOpenCheckouts(ctx.db, {
    branchPath: scopePrefix(caller.scope),
    page: q.page,
    pageSize: q.pageSize,
    ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
  });
  return { ...page, items: [...page.items], page: q.page, pageSize: q.pageSize };
}

export async function checkReport(ctx: ServerContext, caller: Caller, year: number | undefined) {
  const y = year ?? Number((await getBusinessDate(ctx.db)).slice(0, 4));
  return withFieldNames({}, () =>
    archiveCheckReport(ctx.db, { branchPath: scopePrefix(caller.scope), year: y }),
  );
}

/** The archived PDF of a signed inspection report, in scope. */
export async function inspectionReportPdf(
  ctx: ServerContext,
  caller: Caller,
  reportId: string,
  requestId: string,
) {
  const missing = () => notFound(`signed PDF of inspection report ${reportId}`, 'id');
  const documentId = await findInspectionReportPdfDocument(ctx.db, reportId);
  if (!documentId) throw missing();
  // A report outside your scope answers exactly like one that does not exist (no internal document id).
  return documentContent(ctx, caller, documentId, undefined, requestId).catch((err: unknown) => {
    if ((err as { code?: unknown } | null)?.code === 'not_found') throw missing();
    throw err;
  });
}
