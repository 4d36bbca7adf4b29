import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect } from '@daihou/db';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'src', 'api', 'schema.d.ts');

const HEADER =
  "// Generated from the server's OpenAPI document by `npm run api:types -w apps/web`. Do not edit:\n" +
  '// change the zod schemas in apps/server and regenerate (test/api-types.int.test.ts fails on drift).\n\n';

/** The server's OpenAPI document as `GET /api/openapi.json` serves it (no database work is needed). */
export async function serverOpenApiDocument(): Promise<OpenAPI3> {
  const db = await connect({ dataDir: 'memory://' });
  try {
    const app = await buildApp({ db, config: loadConfig({}) });
    await app.ready();
    const doc = app.swagger() as unknown as OpenAPI3;
    await app.close();
    return doc;
  } finally {
    await db.close();
  }
}

/** The TypeScript of `src/api/schema.d.ts` for the server as it is now. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(await serverOpenApiDocument(), { alphabetize: false });
  return HEADER + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(SCHEMA_FILE, await generateApiTypes());
  console.log(`wrote ${SCHEMA_FILE}`);
}
