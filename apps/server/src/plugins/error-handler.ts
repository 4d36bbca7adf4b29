import { DomainError } from '@daihou/core';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ApiError, errorBody, fromDomainError } from '../shared/api-error';

/** Header names as people write them, for messages and the `field` of a missing header. */
const HEADER_NAMES: Record<string, string> = { 'idempotency-key': 'Idempotency-Key' };

type ValidationIssue = {
  instancePath: string;
  keyword: string;
  message?: string | undefined;
  params: Record<string, unknown>;
};

/** The first validation problem as bad input naming its field ('amount', 'page', 'Idempotency-Key'). */
function validationError(issue: ValidationIssue, context: string | undefined): ApiError {
  let path = issue.instancePath.split('/').filter((p) => p !== '');
  const unknownKeys =
    issue.keyword === 'unrecognized_keys' ? (issue.params.keys as string[] | undefined) : undefined;
  if (unknownKeys?.[0] !== undefined) path.push(unknownKeys[0]);
  // A query value is one parameter even when parsed into a list ('bucket=M1,M9' is at fault as 'bucket').
  if (context !== 'body') path = path.slice(0, 1);
  let field = path.join('.');
  if (context === 'headers') field = HEADER_NAMES[field] ?? field;
  if (field === '') field = context === 'body' ? 'body' : (context ?? 'request');
  return new ApiError('bad_input', `${field}: ${issueMessage(issue, unknownKeys !== undefined)}`, field);
}

function issueMessage(issue: ValidationIssue, unknownKey: boolean): string {
  if (unknownKey) return 'is not a known field';
  const message = issue.message ?? 'is not valid';
  if (issue.keyword !== 'invalid_type') return message;
  if (/received undefined/.test(message)) return 'is required';
  if (/received array/.test(message) && issue.params.expected !== 'array') return 'must be given once';
  const expected = String(issue.params.expected ?? 'value');
  return expected === 'object' ? 'must be a JSON object' : `must be a ${expected}`;
}

/** What Fastify itself refuses before a handler runs (body parsing, content type, size). */
function fastifyError(err: FastifyError): ApiError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('payload_too_large', 'body: the request body is too large', 'body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(
        'unsupported_media_type',
        'body: send JSON with Content-Type: application/json',
        'body',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('bad_input', 'body: is empty but Content-Type says JSON', 'body');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('bad_input', 'body: is not valid JSON', 'body');
    default:
      break;
  }
  if (
    err instanceof SyntaxError ||
    (err.statusCode === 400 && /JSON|prototype|constructor/i.test(err.message))
  ) {
    return new ApiError('bad_input', 'body: is not valid JSON', 'body');
  }
  if (err.statusCode === 413)
    return new ApiError('payload_too_large', 'body: the request body is too large', 'body');
  if (err.statusCode === 415) return new ApiError('unsupported_media_type', 'body: send JSON', 'body');
  if (err.statusCode === 503) return new ApiError('unavailable', 'the server is shutting down');
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
    return new ApiError('bad_input', 'the request is not valid');
  }
  return null;
}

export function toApiError(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err instanceof DomainError) return fromDomainError(err);
  if (hasZodFastifySchemaValidationErrors(err)) {
    return validationError(err.validation[0] as unknown as ValidationIssue, err.validationContext);
  }
  if (typeof err === 'object' && err !== null && isResponseSerializationError(err as never)) return null;
  if (err instanceof Error && 'code' in err) return fastifyError(err as FastifyError);
  return null;
}

/**
 * One error shape for everything: domain refusals, validation, Fastify's own refusals, unknown routes
 * and crashes. A crash answers 500 with the request id to quote and never a stack trace.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (err: unknown, request: FastifyRequest, reply) => {
    const known = toApiError(err);
    const e =
      known ??
      new ApiError('internal_error', `internal error: quote request id ${request.id} to the administrator`);
    if (known === null) request.log.error({ err }, 'request failed');
    else request.log.info({ code: e.code, field: e.field }, 'request refused');
    return reply.status(e.status).headers(e.headers).send(errorBody(e));
  });
  app.setNotFoundHandler(async (request, reply) => {
    const e = new ApiError('not_found', `no such endpoint: ${request.method} ${request.url.split('?')[0]}`);
    return reply.status(404).send(errorBody(e));
  });
}
