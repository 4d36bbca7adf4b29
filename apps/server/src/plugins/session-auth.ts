import type { FastifyInstance } from 'fastify';
import type { AuthService } from '../modules/auth/service';
import type { SessionCookie } from '../modules/auth/session-cookie';
import { ApiError } from '../shared/api-error';

/**
 * Resolves the session cookie to `request.caller` on every request, then enforces the route's access
 * rule: public routes pass, every other route needs a signed-in caller (401) who has changed an
 * administrator-set password (403 password_change_required, except on the routes that let them do so)
 * and holds the route's permission (403). What the caller may *see* is enforced by the scoped
 * repositories (404).
 */
export function registerSessionAuth(app: FastifyInstance, auth: AuthService, cookie: SessionCookie): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    // Only the API is behind sign-in; its documents and (later) the console's static files are not.
    if (request.is404 || !request.routeOptions.url?.startsWith('/api/v1/')) return;
    const token = cookie.read(request.headers.cookie);
    request.caller = token === null ? null : await auth.resolve(token);
    const config = request.routeOptions.config;
    if (config.public) return;
    if (request.caller === null) {
      throw new ApiError(
        'unauthenticated',
        'sign in first (POST /api/v1/auth/login); the session may have expired',
      );
    }
    if (request.caller.passwordChangeRequired && !config.allowedWhilePasswordChangeRequired) {
      throw new ApiError(
        'password_change_required',
        'an administrator set your password: change it first (POST /api/v1/me/password)',
      );
    }
    const permission = config.permission;
    if (permission === undefined) return;
    if (!request.caller.permissions.has(permission)) {
      throw new ApiError('forbidden', `your roles do not allow this (needs ${permission})`);
    }
  });
}
