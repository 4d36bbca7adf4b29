import { planAdhocInspections } from '@daihou/db';
import type { PartitionStep } from '../eod-context';

/**
 * RULES.md §9 ad-hoc inspection tasks for the loans the partition evaluated (principal overdue, DPD at the
 * ad-hoc threshold), in the partition's transaction. The run step's planning then looks only at loans
 * whose DPD reached the threshold without an evaluation.
 */
export const adhocInspections: PartitionStep = {
  name: 'adhoc-inspections',
  async run(work) {
    return planAdhocInspections(work.tx, work.date, { loanIds: work.results.map((l) => l.id) });
  },
};
