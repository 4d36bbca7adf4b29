import { snapshotPortfolio } from '@daihou/db';
import type { RunStep } from '../eod-context';

/** The day's portfolio by branch, bucket and class, for trends. */
export const portfolioSnapshot: RunStep = {
  name: 'portfolio-snapshot',
  run: (tx, date) => snapshotPortfolio(tx, date),
};
