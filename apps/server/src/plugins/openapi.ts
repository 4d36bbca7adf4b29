import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

/**
 * The OpenAPI document, generated from the same zod schemas that validate requests and shape responses
 * (so it cannot drift), at /api/openapi.json, and Swagger UI at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance, sessionCookieName: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Daihou 贷后 API',
        version: '1',
        description:
          'Post-loan management. Sign in with POST /api/v1/auth/login; the session travels in an http-only ' +
          'cookie. State-changing requests need an Origin header naming an allowed origin. Amounts are yuan ' +
          'strings with two decimals, dates YYYY-MM-DD. Errors: {"error":{"code","message","field"}}.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookieName } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PATH });
  app.get(OPENAPI_PATH, { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
}
