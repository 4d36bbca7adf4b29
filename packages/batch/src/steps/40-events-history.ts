import { insertEodEvents, writeStateHistory } from '@daihou/db';
import type { PartitionStep } from '../eod-context';

/** Records every change of bucket, class and status as an event, and the as-of history intervals. */
export const eventsAndHistory: PartitionStep = {
  name: 'events-history',
  async run(work) {
    await insertEodEvents(
      work.tx,
      work.date,
      work.events.map(({ loanId, event }) => ({
        loanId,
        eventType: event.kind,
        oldValue: event.from,
        newValue: event.to,
        rule: event.rule,
      })),
    );
    await writeStateHistory(work.tx, work.date, work.history);
    return work.events.length;
  },
};
