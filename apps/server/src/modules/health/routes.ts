import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../server-context';
import { errorResponses } from '../../shared/api-error';
import { healthSchema } from './schemas';
import { health } from './service';

export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness, database engine and business date (no sign-in)',
        security: [],
        response: { 200: healthSchema, ...errorResponses(500) },
      },
    },
    () => health(ctx),
  );
}
