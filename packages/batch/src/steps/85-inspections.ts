import { addDays } from '@daihou/core';
import { planInspections, recomputeKeyCustomers } from '@daihou/db';
import type { RunStep } from '../eod-context';

/**
 * RULES.md §9: inspection tasks for the day (first, periodic, ad-hoc, the monthly spot checks), the
 * escalation of overdue tasks, and at month end the key customers by size. In the closing transaction,
 * after the classes are final; idempotent, so a resumed run adds nothing. Its reads go through indexes on
 * what changed (new loans, periodic dates due, overdue loans, unfinished tasks), so a quiet day is cheap.
 */
export const inspections: RunStep = {
  name: 'inspections',
  run: async (tx, date) => {
    // The partitions planned the ad-hoc tasks of the loans they evaluated (55-adhoc-inspections).
    const planned = await planInspections(tx, date, undefined, null, { adhoc: 'dpd-reached' });
    let keyChanges = 0;
    if (addDays(date, 1).endsWith('-01')) {
      const k = await recomputeKeyCustomers(tx, date);
      keyChanges = k.added.length + k.removed.length;
    }
    return (
      planned.first + planned.periodic + planned.adhoc + planned.spotCheck + planned.escalated + keyChanges
    );
  },
};
