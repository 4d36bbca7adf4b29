import { badInput, DEFAULT_PROVISION_SETTINGS, parseLocalDate, portfolioRatios } from '@daihou/core';
import {
  type BucketLine,
  type ClassLine,
  findBusinessDate,
  portfolioAtEndOf,
  portfolioSummary,
  scopePrefix,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { ApiError } from '../../shared/api-error';
import { branchFilterPath } from '../../shared/branch-filter';
import type { Caller } from '../../shared/caller';
import { yuan } from '../../shared/json-values';

/**
 * The portfolio report (RULES.md §6) for the caller's scope or a branch inside it: the live book on the
 * business date, or end of day's snapshot of a past date.
 */
export async function portfolioReport(
  ctx: ServerContext,
  caller: Caller,
  query: { asOf?: string | undefined; branchId?: string | undefined },
) {
  const branchPath =
    (await branchFilterPath(ctx.db, caller.scope, query.branchId)) ?? scopePrefix(caller.scope);
  const businessDate = await findBusinessDate(ctx.db);
  if (businessDate === null) {
    throw new ApiError(
      'rule_violation',
      'asOf: the database has no business date yet (load or import a book)',
      'asOf',
    );
  }
  const asOf = query.asOf === undefined ? businessDate : parseLocalDate(query.asOf, 'asOf');
  if (asOf > businessDate) throw badInput('asOf', `${asOf} is after the business date ${businessDate}`);

  let loans: number;
  let byBucket: readonly BucketLine[];
  let byClassification: readonly ClassLine[];
  if (asOf === businessDate) {
    const live = await portfolioSummary(ctx.db, { branchPath });
    ({ byBucket, byClassification } = live);
    loans = live.loans.active;
  } else {
    const past = await portfolioAtEndOf(ctx.db, asOf, branchPath);
    if (!past) throw new ApiError('not_found', `asOf: end of day has not closed ${asOf}`, 'asOf');
    ({ byBucket, byClassification, loans } = past);
  }
  const r = portfolioRatios(byClassification, DEFAULT_PROVISION_SETTINGS);
  return {
    asOf,
    source: asOf === businessDate ? ('live' as const) : ('end_of_day' as const),
    branchId: query.branchId ?? null,
    loans,
    principalOwed: yuan(r.principalOwed),
    nplPrincipal: yuan(r.nplPrincipal),
    nplRatio: r.nplRatio,
    provisionCoverage: r.provisionCoverage,
    coverageMeetsFloor: r.coverageMeetsFloor,
    provisions: {
      specific: yuan(r.specificProvision),
      general: yuan(r.generalProvision),
      total: yuan(r.totalProvision),
    },
    byClassification: byClassification.map((c) => ({
      classification: c.classification,
      loans: c.loans,
      principalOwed: yuan(c.principalOwed),
      specificProvision: yuan(c.specificProvision),
    })),
    byBucket: byBucket.map((b) => ({
      bucket: b.bucket,
      loans: b.loans,
      principalOwed: yuan(b.principalOwed),
    })),
  };
}
