import { runWarningsAndCollection } from '@daihou/db';
import type { RunStep } from '../eod-context';

/**
 * RULES.md §11–§12: warning signals, collection cases, stage tasks and promises to pay for the day, in the
 * closing transaction after the classes are final. Reads only indexed candidates (loans evaluated today,
 * DPD thresholds crossed today, overdue loans, open cases and promises); idempotent, so a resumed run adds
 * nothing.
 */
export const warningsCollection: RunStep = {
  name: 'warnings-collection',
  run: async (tx, date) => {
    // The partitions did the cases of the loans they evaluated (50-collection-cases).
    const r = await runWarningsAndCollection(tx, date, 'after-partitions');
    return (
      r.warningsRaised +
      r.opened +
      r.closed +
      r.restaged +
      r.tasks +
      r.assigned +
      r.promisesKept +
      r.promisesBroken
    );
  },
};
