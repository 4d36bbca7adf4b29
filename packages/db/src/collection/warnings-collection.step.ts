import { DEFAULT_COLLECTION_STRATEGY, type LocalDate } from '@daihou/core';
import { appendAudit } from '../audit/audit-entry.repo';
import type { Sql } from '../sql-client';
import { raiseWarnings } from '../warnings/warning-raising';
import { type CaseScope, type CaseUpdateResult, updateCollectionCases } from './collection-case.batch';

export interface WarningsCollectionResult extends CaseUpdateResult {
  readonly warningsRaised: number;
  readonly candidates: number;
}

/**
 * End of day's warnings and collection for business date `date`: signals raised as warnings, then cases
 * opened, closed and staged, tasks created and promises settled. One audit entry, as the transaction's
 * last statement, when anything changed; a rerun changes nothing and appends nothing.
 */
export async function runWarningsAndCollection(
  tx: Sql,
  date: LocalDate,
  scope: CaseScope = 'all-changed',
): Promise<WarningsCollectionResult> {
  const w = await raiseWarnings(tx, date);
  const c = await updateCollectionCases(tx, date, DEFAULT_COLLECTION_STRATEGY, scope);
  const result: WarningsCollectionResult = { ...c, warningsRaised: w.raised, candidates: w.candidates };
  const changed =
    w.raised + c.opened + c.closed + c.restaged + c.tasks + c.assigned + c.promisesKept + c.promisesBroken;
  if (changed > 0) {
    await appendAudit(tx, {
      actor: 'system',
      action: 'eod.warnings_collection',
      objectType: 'eod_run',
      objectId: date,
      after: { ...result },
    });
  }
  return result;
}
