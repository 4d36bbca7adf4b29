import type { FastifyInstance } from 'fastify';

/** Every response names its request id; API answers are never cached, sniffed, framed or referred. */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
  });
}
