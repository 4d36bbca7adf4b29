import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'build-if-stale.mjs');

/**
 * The browser tests run against the built console, so they build it first when it is missing or older
 * than its sources (CI's fresh clone; a developer who just edited a page). Same script as `npm start`.
 */
export function ensureConsoleBuilt(): void {
  execFileSync(process.execPath, [SCRIPT], { stdio: ['ignore', 'ignore', 'inherit'] });
}
