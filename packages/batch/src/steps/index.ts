import type { PartitionStep, RunStep } from '../eod-context';
import { loadLoans } from './10-load-loans';
import { closeDay } from './20-close-day';
import { writeState } from './30-write-state';
import { eventsAndHistory } from './40-events-history';
import { collectionCases } from './50-collection-cases';
import { adhocInspections } from './55-adhoc-inspections';
import { debtorRule } from './80-debtor-rule';
import { inspections } from './85-inspections';
import { warningsCollection } from './87-warnings-collection';
import { portfolioSnapshot } from './90-portfolio-snapshot';

/**
 * The step registry, in order. Partition steps run inside each partition's transaction; run steps
 * run once, after every partition is done, in the transaction that moves the business date. Later
 * capabilities (reminders, inspection planning, warning signals, collection cases) add theirs here.
 */
export const PARTITION_STEPS: readonly PartitionStep[] = [
  loadLoans,
  closeDay,
  writeState,
  eventsAndHistory,
  collectionCases,
  adhocInspections,
];

export const RUN_STEPS: readonly RunStep[] = [debtorRule, inspections, warningsCollection, portfolioSnapshot];
