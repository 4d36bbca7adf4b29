import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const OPENAPI_PATH = '/api/openapi.json';

// @fastify/swagger marks every declared body required (Fastify itself passes a missing one as null); a
// route whose zod body accepts nothing (approve, deactivate) carries this mark to the document's last
// pass, which says the truth: the body may be left out.
const BODY_OPTIONAL = 'x-body-optional';

interface ZodLike {
  safeParse(value: unknown): { success: boolean };
}

const acceptsNoBody = (body: unknown): boolean =>
  typeof (body as ZodLike | undefined)?.safeParse === 'function' && (body as ZodLike).safeParse(null).success;

type Operation = { [BODY_OPTIONAL]?: boolean; requestBody?: { required?: boolean } };

function markOptionalBodies<T extends { paths?: object }>(doc: T): T {
  for (const item of Object.values(doc.paths ?? {}) as Record<string, unknown>[]) {
    for (const op of Object.values(item ?? {}) as Operation[]) {
      if (typeof op !== 'object' || op === null || !op[BODY_OPTIONAL]) continue;
      delete op[BODY_OPTIONAL];
      if (op.requestBody) op.requestBody.required = false;
    }
  }
  return doc;
}
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
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      return acceptsNoBody(input.schema?.body)
        ? { ...out, schema: { ...out.schema, [BODY_OPTIONAL]: true } }
        : out;
    },
    transformObject: (doc) =>
      'openapiObject' in doc ? markOptionalBodies(doc.openapiObject) : doc.swaggerObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PATH });
  app.get(OPENAPI_PATH, { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
}
