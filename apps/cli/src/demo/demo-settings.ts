import type { Database, Sql } from '@daihou/db';
import { UsageError } from '../shared/cli-io';
import {
  DEFAULT_DEMO_CUSTOMERS,
  DEFAULT_DEMO_SEED,
  MAX_DEMO_CUSTOMERS,
  MIN_DEMO_CUSTOMERS,
} from './demo-portfolio.generator';

/**
 * Production mode (NODE_ENV=production) never gets the demo: its users share a published password
 * (CONTRACT.md "Demo data").
 */
export const isProductionMode = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.NODE_ENV === 'production';

/** A whole-number option within bounds, or bad input naming it. */
export function wholeNumberOption(
  value: string | undefined,
  field: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,10}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(field, `"${value}" must be a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

export const parseDemoCustomers = (value: string | undefined, field = '--customers'): number =>
  wholeNumberOption(value, field, DEFAULT_DEMO_CUSTOMERS, MIN_DEMO_CUSTOMERS, MAX_DEMO_CUSTOMERS);

export const parseDemoSeed = (value: string | undefined, field = '--seed'): number =>
  wholeNumberOption(value, field, DEFAULT_DEMO_SEED, 0, 4_294_967_295);

/** Where the data lives, for people: the PGlite directory, or the PostgreSQL host and database without credentials. */
export function databaseLabel(db: Database, env: NodeJS.ProcessEnv = process.env): string {
  if (db.engine === 'pglite') return `pglite (${env.DATA_DIR ?? './data'})`;
  try {
    const url = new URL(env.DATABASE_URL ?? '');
    return `postgres (${url.host}${url.pathname})`;
  } catch {
    return 'postgres';
  }
}

/** True when the database already has customers: the demo never mixes into a real (or earlier) book. */
export async function hasCustomers(sql: Sql): Promise<boolean> {
  const [row] = await sql.query<{ any: boolean }>('select exists (select 1 from customer) as any');
  return row?.any === true;
}
