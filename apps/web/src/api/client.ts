import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The error every API failure becomes: the server's `{error:{code,message,field}}` plus the status. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

type Listener = () => void;
const expiredListeners = new Set<Listener>();

/** Called when any API call answers 401 (other than a sign-in attempt): the session has ended. */
export function onSessionExpired(listener: Listener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

const sessionWatch: Middleware = {
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) {
      for (const l of expiredListeners) l();
    }
    return undefined;
  },
};

// Same origin: the session cookie is http-only and SameSite=Strict, the browser adds it and Origin.
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(sessionWatch);

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown };
}

/** The data of an openapi-fetch result, or an ApiFailure carrying the server's error. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  const e = (result.error as ErrorBody | undefined)?.error;
  throw new ApiFailure(
    result.response.status,
    typeof e?.code === 'string' ? e.code : 'http_error',
    typeof e?.message === 'string' ? e.message : `HTTP ${result.response.status}`,
    typeof e?.field === 'string' ? e.field : null,
  );
}

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The 200 body of `GET path`. */
export type GetResult<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? Json<R>
  : never;
