#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, as the daihou command does.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
try {
  process.exitCode = await main();
} catch (err) {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
