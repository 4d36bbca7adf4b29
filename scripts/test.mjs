#!/usr/bin/env node
// The README's test command: type-check, lint, then every test (unit, property, integration on PGlite
// and — when DAIHOU_TEST_POSTGRES_URL is set — PostgreSQL too). Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } }).status ?? 1;

let failedChecks = 0;
let passedChecks = 0;
for (const [name, args] of [
  ['type-check', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', ['biome', 'check', '.']],
]) {
  console.log(`\n== ${name}`);
  if (run('npx', args) === 0) passedChecks++;
  else failedChecks++;
}

const results = '.test-results.json';
rmSync(results, { force: true });
console.log('\n== tests');
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}`,
]);
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
} catch {
  failed++;
}
if (status !== 0 && failed === 0) failed++;
passed += passedChecks;
failed += failedChecks;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
