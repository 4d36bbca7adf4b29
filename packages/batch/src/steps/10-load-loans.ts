import { loadEodLoans } from '@daihou/db';
import type { PartitionStep } from '../eod-context';

/** Locks and loads the partition's loans whose end of day can change today (next_check_date ≤ date). */
export const loadLoans: PartitionStep = {
  name: 'load-loans',
  async run(work) {
    work.loans = await loadEodLoans(work.tx, work.loId, work.hiId, work.date);
    return work.loans.length;
  },
};
