import { findBusinessDate } from '@daihou/db';
import type { ServerContext } from '../../server-context';

/** Liveness with one real query, so a lost database shows as a failed health check. */
export async function health(ctx: ServerContext) {
  const businessDate = await findBusinessDate(ctx.db);
  return { status: 'ok' as const, database: ctx.db.engine, businessDate };
}
