import type { Database, Engine } from '@daihou/db';
import { type ConsoleServer, startConsoleServer } from './console-server';

export type CollectionServer = ConsoleServer;

/**
 * The console server on the demo portfolio with `prepare` run on the database before it starts (end of
 * day's warnings and collection step, a guarantee circle): what the collection console's browser tests need.
 */
export const startCollectionServer = (
  engine: Engine,
  prepare: (db: Database, businessDate: string) => Promise<void>,
  customers = 120,
): Promise<CollectionServer> => startConsoleServer(engine, customers, prepare);
