import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { ApiError, errorResponses } from '../../shared/api-error';
import { requireCaller } from '../../shared/caller';
import { idParams } from '../../shared/request-schemas';
import { approvalSchema } from '../approvals/schemas';
import {
  ACCEPTED_MEDIA_TYPES,
  checkOutBodySchema,
  checkoutListQuerySchema,
  checkoutPageSchema,
  checkoutSchema,
  checkReportQuerySchema,
  checkReportSchema,
  contentQuerySchema,
  customerArchiveSchema,
  destructionBodySchema,
  documentDetailSchema,
  documentSchema,
  returnBodySchema,
  uploadQuerySchema,
  versionQuerySchema,
} from './schemas';
import {
  checkOut,
  checkReport,
  customerArchive,
  documentContent,
  documentDetail,
  giveBack,
  inspectionReportPdf,
  openCheckouts,
  requestDestruction,
  uploadDocument,
  uploadVersion,
} from './service';

/** Reads a raw upload body, refusing it as soon as it passes the limit (nothing is written). */
function readLimited(stream: NodeJS.ReadableStream, max: number, declaredLength: number): Promise<Buffer> {
  const tooLarge = () =>
    new ApiError('payload_too_large', `file: is larger than the limit of ${max} bytes`, 'file');
  if (declaredLength > max) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > max) {
        failed = true;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    stream.on('error', reject);
  });
}

const UPLOAD_DESCRIPTION =
  `The request body is the file itself (not JSON, not multipart), with its Content-Type: one of ` +
  `${ACCEPTED_MEDIA_TYPES.join(', ')}. The content is checked by its first bytes (a PDF must start %PDF-, …) ` +
  'and the file name’s extension must agree. 413 payload_too_large (field file) over the limit ' +
  '(DAIHOU_ARCHIVE_MAX_BYTES, default 10 MiB), 415 unsupported_media_type (field file) for another type or ' +
  'bytes that are not what the type says; nothing is written.';

function sendContent(
  reply: FastifyReply,
  c: { fileName: string; mediaType: string; sha256: string; content: Buffer; version: number },
  disposition: 'attachment' | 'inline',
) {
  const ascii = c.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', c.mediaType)
    .header(
      'content-disposition',
      `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(c.fileName)}`,
    )
    .header('x-content-sha256', c.sha256)
    .header('x-archive-version', String(c.version))
    .header('cache-control', 'no-store')
    .send(c.content);
}

/**
 * The credit archive (信贷档案): docs/domain/credit-archive.md. Writes, views and downloads append their
 * audit entries in the db layer's transactions, so these routes do not call request.audit.
 */
export function archiveRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const max = ctx.config.archiveMaxBytes;

  // Uploads: the raw file as the body, in a scope of their own so the 64 KiB JSON limit stays everywhere else.
  void app.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', (request, payload, done) => {
      readLimited(payload, max, Number(request.headers['content-length'] ?? 0)).then(
        (b) => done(null, b),
        (e: Error) => done(e, undefined),
      );
    });
    const up = scoped.withTypeProvider<ZodTypeProvider>();
    const fileOf = (request: { body: unknown; headers: { 'content-type'?: string | undefined } }) => ({
      mediaType: request.headers['content-type'] ?? '',
      content: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
    });
    up.post(
      '/customers/:id/archive/documents',
      {
        config: { permission: 'archive:write' },
        schema: {
          tags: ['archive'],
          summary: 'File a document in a customer’s archive (version 1)',
          description: UPLOAD_DESCRIPTION,
          params: idParams,
          querystring: uploadQuerySchema,
          response: { 201: documentSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await uploadDocument(
              ctx,
              requireCaller(request),
              request.params.id,
              request.query,
              fileOf(request),
              request.id,
            ),
          ),
    );
    up.post(
      '/archive/documents/:id/versions',
      {
        config: { permission: 'archive:write' },
        schema: {
          tags: ['archive'],
          summary: 'Upload a new version of a document (n + 1; older versions stay)',
          description: `${UPLOAD_DESCRIPTION} 409 when the document is destroyed.`,
          params: idParams,
          querystring: versionQuerySchema,
          response: { 201: documentSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await uploadVersion(
              ctx,
              requireCaller(request),
              request.params.id,
              request.query.fileName,
              fileOf(request),
              request.id,
            ),
          ),
    );
  });

  api.get(
    '/customers/:id/archive',
    {
      config: { permission: 'archive:read' },
      schema: {
        tags: ['archive'],
        summary: 'A customer’s archive: documents by stage with their latest version (audited)',
        params: idParams,
        response: { 200: customerArchiveSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => customerArchive(ctx, requireCaller(request), request.params.id, request.id),
  );
  api.get(
    '/archive/documents/:id',
    {
      config: { permission: 'archive:read' },
      schema: {
        tags: ['archive'],
        summary: 'One document with every version and check-out (audited as archive.document_viewed)',
        params: idParams,
        response: { 200: documentDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => documentDetail(ctx, requireCaller(request), request.params.id, request.id),
  );
  api.get(
    '/archive/documents/:id/content',
    {
      config: { permission: 'archive:read' },
      schema: {
        tags: ['archive'],
        summary:
          'Download a version’s content, checked against its SHA-256 (audited as archive.document_downloaded)',
        description:
          'The latest version unless ?version= is given. X-Content-SHA256 names the digest. 409 when destroyed, ' +
          '500 when the stored bytes fail their checksum (nothing is served).',
        params: idParams,
        querystring: contentQuerySchema,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (request, reply) =>
      sendContent(
        reply,
        await documentContent(
          ctx,
          requireCaller(request),
          request.params.id,
          request.query.version,
          request.id,
        ),
        request.query.disposition ?? 'attachment',
      ),
  );
  api.get(
    '/inspections/reports/:id/pdf',
    {
      config: { permission: 'archive:read' },
      schema: {
        tags: ['archive'],
        summary: 'The signed inspection report as filed in the archive (PDF, audited as a download)',
        params: idParams,
        querystring: contentQuerySchema.pick({ disposition: true }),
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) =>
      sendContent(
        reply,
        await inspectionReportPdf(ctx, requireCaller(request), request.params.id, request.id),
        request.query.disposition ?? 'attachment',
      ),
  );
  api.post(
    '/archive/documents/:id/checkout',
    {
      config: { permission: 'archive:write' },
      schema: {
        tags: ['archive'],
        summary: 'Record that the paper file goes out: who, why, until when',
        description:
          '409 when it is already out or destroyed, 422 when the document has no paper file, 400 for a due date ' +
          'before the business date or more than 90 days after it.',
        params: idParams,
        body: checkOutBodySchema,
        response: { 201: checkoutSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await checkOut(ctx, requireCaller(request), request.params.id, request.body, request.id)),
  );
  api.post(
    '/archive/documents/:id/return',
    {
      config: { permission: 'archive:write' },
      schema: {
        tags: ['archive'],
        summary: 'Record the paper file back in the archive',
        params: idParams,
        body: returnBodySchema,
        response: { 200: checkoutSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => giveBack(ctx, requireCaller(request), request.params.id, request.id),
  );
  api.post(
    '/archive/documents/:id/destruction',
    {
      config: { permission: 'approvals:request' },
      schema: {
        tags: ['archive'],
        summary: 'Ask for the destruction of a document after its retention (maker; a head approves)',
        description:
          '202 with the pending approval request (kind archive_destruction). 422 before the retention end (or ' +
          'for permanent files, or while the loan runs), 409 when destroyed, checked out or already pending.',
        params: idParams,
        body: destructionBodySchema,
        response: { 202: approvalSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await requestDestruction(
            ctx,
            requireCaller(request),
            request.params.id,
            request.body.reason,
            request.id,
          ),
        ),
  );
  api.get(
    '/archive/checkouts',
    {
      config: { permission: 'archive:read' },
      schema: {
        tags: ['archive'],
        summary: 'Paper files out inside your scope, by due date (overdue=true: the reminder list)',
        querystring: checkoutListQuerySchema,
        response: { 200: checkoutPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => openCheckouts(ctx, requireCaller(request), request.query),
  );
  api.get(
    '/archive/check-report',
    {
      config: { permission: 'archive:read' },
      schema: {
        tags: ['archive'],
        summary: 'The yearly archive check per branch in your scope',
        description:
          'Documents held by stage, loans missing a mandatory stage, paper files out and overdue, documents ' +
          'whose retention ends by 31 December of the year. Lists name at most 200 items; counts are complete.',
        querystring: checkReportQuerySchema,
        response: { 200: checkReportSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => checkReport(ctx, requireCaller(request), request.query.year),
  );
}
