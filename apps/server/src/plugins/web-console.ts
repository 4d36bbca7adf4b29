import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `vite build` puts the console (apps/web/dist), found from this file so any cwd works. */
export const WEB_CONSOLE_DIST = resolve(import.meta.dirname, '..', '..', '..', 'web', 'dist');

/** Hashed file names (assets/index-B5wyVqPY.js) never change content: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashes: always revalidate it, so a release is picked up at once. */
const REVALIDATE = 'no-cache';

/** A path that names a file (has an extension), not a console page: a missing one is a plain 404. */
const looksLikeFile = (path: string) => /\.[A-Za-z0-9]+$/.test(path);

/**
 * The web console (apps/web) at `/`: its built files, and index.html for every other GET outside /api so
 * the browser router can open deep links (/loans/42). Nothing under /api changes: an unknown API path
 * still answers the API's 404. Without a build (an API-only deployment, or before `npm start` built
 * it) the server runs as before and says so in the log.
 */
export async function registerWebConsole(app: FastifyInstance, distDir = WEB_CONSOLE_DIST): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) {
    app.log.warn({ distDir }, 'web console not built (npm start builds it): serving the API only');
    return false;
  }
  const assets = join(distDir, 'assets');
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    // One route per built file (read at start-up) instead of a catch-all, so the SPA fallback below
    // is the only wildcard and unknown files stay 404.
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE);
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', REVALIDATE).sendFile('index.html'),
  );
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || looksLikeFile(path)) return reply.callNotFound();
    return reply.header('cache-control', REVALIDATE).sendFile('index.html');
  });
  return true;
}
