import type { FastifyInstance } from 'fastify';

/**
 * Content-Security-Policy of the web console: its own scripts, styles, fonts and API only. Styles also
 * allow 'unsafe-inline' because Ant Design writes its CSS-in-JS into <style> elements at run time (a
 * per-response nonce would need index.html rendered per request); scripts stay 'self' only, so an injected
 * inline script still cannot run. data:/blob: images are antd's inline icons and ECharts' canvas exports.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers are JSON: nothing in them may load or run anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Every response names its request id; API answers are never cached, sniffed, framed or referred. */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/v1/')) {
      reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', API_CSP);
    } else if (!request.url.startsWith('/api/')) {
      // The console; /api/docs (Swagger UI) and /api/openapi.json keep their own defaults.
      reply.header('content-security-policy', CONSOLE_CSP);
    }
  });
}
