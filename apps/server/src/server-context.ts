import type { Database, ScryptParams } from '@daihou/db';
import type { ServerConfig } from './config';
import type { Clock } from './shared/clock';

/** What the modules need from outside, passed in explicitly (no globals), so tests build it freely. */
export interface ServerContext {
  readonly db: Database;
  readonly config: ServerConfig;
  readonly clock: Clock;
  /** scrypt cost of new password hashes (tests pass a cheap one; verifying reads the cost from the hash). */
  readonly passwordHashParams: ScryptParams;
}
