import type { FastifyInstance } from 'fastify';
import { ApiError } from '../shared/api-error';

/**
 * Shutdown without dropped answers: once `app.close()` starts, requests already running finish; a new
 * request arriving on a kept-alive connection gets 503 in the error shape; and every response asks the
 * client to close its connection, so no idle keep-alive connection holds the shutdown open.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async () => {
    if (closing) throw new ApiError('unavailable', 'the server is shutting down: retry shortly');
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
