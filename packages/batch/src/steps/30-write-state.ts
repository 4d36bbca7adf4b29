import { saveEodLoans } from '@daihou/db';
import type { PartitionStep } from '../eod-context';

/** Writes the loans' new state and the installments whose paid or accrued amounts changed. */
export const writeState: PartitionStep = {
  name: 'write-state',
  async run(work) {
    await saveEodLoans(work.tx, work.date, work.results);
    return work.results.length;
  },
};
