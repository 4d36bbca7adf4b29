import { DEFAULT_COLLECTION_STRATEGY } from '@daihou/core';
import { updateCollectionCases } from '@daihou/db';
import type { PartitionStep } from '../eod-context';

/**
 * RULES.md §12 for the loans the partition evaluated: cases opened (left unassigned for the run step),
 * closed and restaged, their overdue amounts and stage tasks, in the partition's transaction. A heavy day
 * opens tens of thousands of cases; here that work runs beside the other partitions' instead of after
 * them, and reads installments the partition has just written.
 */
export const collectionCases: PartitionStep = {
  name: 'collection-cases',
  async run(work) {
    const r = await updateCollectionCases(work.tx, work.date, DEFAULT_COLLECTION_STRATEGY, {
      loanIds: work.results.map((l) => l.id),
    });
    return r.opened + r.closed + r.restaged + r.tasks;
  },
};
