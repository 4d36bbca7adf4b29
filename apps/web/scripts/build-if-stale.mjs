#!/usr/bin/env node
// Builds the web console (vite build → apps/web/dist) when the build is missing or older than any of its
// sources, so `npm start` on a fresh clone serves it and an unchanged checkout starts at once. `--force`
// always builds. Prints the size of each JavaScript file and the initial JavaScript (what index.html
// loads before any page is opened), gzipped, and fails when that exceeds the budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(WEB, 'dist');
const INDEX = join(DIST, 'index.html');
const BUDGET_GZIP_BYTES = 600 * 1024;
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isStale() {
  if (!existsSync(INDEX)) return true;
  const built = statSync(INDEX).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(WEB, s)) > built);
}

/** Gzipped sizes of the built JavaScript, and which of it index.html loads up front. */
export function bundleReport() {
  const assets = join(DIST, 'assets');
  const html = readFileSync(INDEX, 'utf8');
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const bytes = readFileSync(join(assets, f));
      return {
        file: f,
        bytes: bytes.length,
        gzip: gzipSync(bytes).length,
        initial: html.includes(`/assets/${f}`),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const initialJsGzip = files
    .filter((f) => f.initial && f.file.endsWith('.js'))
    .reduce((s, f) => s + f.gzip, 0);
  return { files, initialJsGzip, budget: BUDGET_GZIP_BYTES };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function build() {
  const vite = join(WEB, 'node_modules', '.bin', 'vite');
  const bin = existsSync(vite) ? vite : join(WEB, '..', '..', 'node_modules', '.bin', 'vite');
  const r = spawnSync(bin, ['build', '--logLevel', 'warn'], { cwd: WEB, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
  const report = bundleReport();
  for (const f of report.files) {
    console.log(
      `  ${f.initial ? '*' : ' '} ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`,
    );
  }
  console.log(
    `web console: initial JavaScript ${kb(report.initialJsGzip)} gzipped (* = loaded by index.html; budget ${kb(report.budget)})`,
  );
  if (report.initialJsGzip > report.budget) throw new Error('initial JavaScript is over the budget');
  return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--force') || isStale()) {
    console.log('web console: building apps/web (vite build)…');
    try {
      build();
    } catch (err) {
      console.error(`web console: ${err.message}`);
      process.exit(1);
    }
  } else {
    console.log('web console: apps/web/dist is up to date');
  }
}
