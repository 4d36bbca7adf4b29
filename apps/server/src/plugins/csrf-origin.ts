import type { FastifyInstance } from 'fastify';
import { ApiError } from '../shared/api-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a state-changing request must carry an Origin header naming an allowed
 * origin. Browsers always send Origin on such requests, so a page on another site cannot act with the
 * user's cookie (SameSite=Strict already withholds it; this is the second lock). Scripts and other
 * systems send the header themselves. Checked before the body is read or the session is looked up.
 */
export function registerCsrfOrigin(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined || origin === '') {
      throw new ApiError(
        'forbidden',
        'Origin: a state-changing request must carry an Origin header naming an allowed origin',
        'Origin',
      );
    }
    if (!allowed.has(origin)) {
      throw new ApiError('forbidden', `Origin: ${origin.slice(0, 100)} is not an allowed origin`, 'Origin');
    }
  });
}
