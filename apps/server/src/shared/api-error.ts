import { DomainError } from '@daihou/core';
import { z } from 'zod';

/**
 * Every error the API answers with has one shape, `{"error":{"code","message","field"}}`, and one status
 * per code (CONTRACT.md "HTTP API"). The domain's codes (bad_input, not_found, conflict, rule_violation)
 * keep their names; the HTTP layer adds the ones only it can detect.
 */
export const ERROR_STATUS = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_violation: 422,
  too_many_requests: 429,
  internal_error: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: ErrorCode,
    message: string,
    field: string | null = null,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.headers = headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string, field: string | null = null): ApiError =>
  new ApiError('not_found', `${what} not found`, field);

/** A domain rule's refusal as an API error; a code the API does not know is an internal error. */
export function fromDomainError(err: DomainError, renameField: Record<string, string> = {}): ApiError {
  const field = err.field === undefined ? null : (renameField[err.field] ?? err.field);
  const code = err.code in ERROR_STATUS ? (err.code as ErrorCode) : 'internal_error';
  const message =
    field !== null && err.field !== undefined
      ? err.message.replace(`${err.field}:`, `${field}:`)
      : err.message;
  return new ApiError(code, message, field);
}

/** Runs `fn`, turning domain errors into API errors with the edge's field names (e.g. loanId → id). */
export async function withFieldNames<T>(
  renameField: Record<string, string>,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError) throw fromDomainError(err, renameField);
    throw err;
  }
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe(`one of ${Object.keys(ERROR_STATUS).join(', ')}`),
      message: z.string(),
      field: z.string().nullable().describe('the input at fault, when there is one'),
    }),
  })
  .describe('An error');

export const errorBody = (e: ApiError) => ({ error: { code: e.code, message: e.message, field: e.field } });

/** The error responses a route documents, by status. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorBodySchema]));
}
