import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../scripts/generate-api-types';

describe('the console API types (src/api/schema.d.ts)', () => {
  it('are what the server OpenAPI document gives now (regenerate: npm run api:types -w apps/web)', async () => {
    const generated = await generateApiTypes();
    expect(generated).toContain('"/api/v1/reports/portfolio"');
    // A server change the console has not been regenerated for fails here, not in a user's browser.
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
