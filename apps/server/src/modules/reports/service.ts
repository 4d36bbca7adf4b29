import {
  addDays,
  badInput,
  DEFAULT_PROVISION_SETTINGS,
  daysBetween,
  type LocalDate,
  parseLocalDate,
  portfolioRatios,
  type Ratio,
  ratioText,
} from '@daihou/core';
import {
  type BucketLine,
  type ClassLine,
  findBusinessDate,
  largestOverdueDebtors,
  portfolioAtEndOf,
  portfolioSummary,
  portfolioTrend,
  scopePrefix,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { ApiError } from '../../shared/api-error';
import { branchFilterPath } from '../../shared/branch-filter';
import type { Caller } from '../../shared/caller';
import { yuan } from '../../shared/json-values';
import { TREND_MAX_DAYS } from './schemas';

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
  // One set of settings for the ratios, the verdict and the floor the answer shows, so they cannot disagree.
  const settings = DEFAULT_PROVISION_SETTINGS;
  const r = portfolioRatios(byClassification, settings);
  return {
    asOf,
    source: asOf === businessDate ? ('live' as const) : ('end_of_day' as const),
    branchId: query.branchId ?? null,
    loans,
    principalOwed: yuan(r.principalOwed),
    nplPrincipal: yuan(r.nplPrincipal),
    nplRatio: r.nplRatio,
    provisionCoverage: r.provisionCoverage,
    coverageFloor: floorText(settings.coverageFloor),
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

/**
 * A floor in the text provisionCoverage is given in (4 decimals, half up), so a client compares and
 * formats the two alike; the settings are the ones coverageMeetsFloor was decided with.
 */
function floorText(floor: Ratio): string {
  const text = ratioText(Number(floor.n), Number(floor.d));
  if (text === null) throw new RangeError(`coverage floor ${floor.text} has a zero denominator`);
  return text;
}

async function requireBusinessDate(ctx: ServerContext, field: string): Promise<LocalDate> {
  const businessDate = await findBusinessDate(ctx.db);
  if (businessDate === null) {
    throw new ApiError(
      'rule_violation',
      `${field}: the database has no business date yet (load or import a book)`,
      field,
    );
  }
  return businessDate;
}

/**
 * The portfolio over past business dates (trend lines): principal owed, NPL ratio and overdue rate at
 * the end of each date end of day closed in [from, to], from its snapshots. Defaults: to = the day before
 * the business date (the last one end of day can have closed), from = 29 days earlier.
 */
export async function portfolioTrendReport(
  ctx: ServerContext,
  caller: Caller,
  query: { from?: string | undefined; to?: string | undefined; branchId?: string | undefined },
) {
  const branchPath =
    (await branchFilterPath(ctx.db, caller.scope, query.branchId)) ?? scopePrefix(caller.scope);
  const businessDate = await requireBusinessDate(ctx, 'to');
  const to = query.to === undefined ? addDays(businessDate, -1) : parseLocalDate(query.to, 'to');
  if (to >= businessDate) throw badInput('to', `${to} is not before the business date ${businessDate}`);
  const from = query.from === undefined ? addDays(to, -29) : parseLocalDate(query.from, 'from');
  if (from > to) throw badInput('from', `${from} is after to ${to}`);
  if (daysBetween(from, to) >= TREND_MAX_DAYS) {
    throw badInput('from', `at most ${TREND_MAX_DAYS} days from ${from} to ${to}`);
  }
  const points = await portfolioTrend(ctx.db, branchPath, from, to);
  return {
    branchId: query.branchId ?? null,
    from,
    to,
    points: points.map((p) => ({
      date: p.date,
      loans: p.loans,
      principalOwed: yuan(p.principalOwed),
      nplPrincipal: yuan(p.nplPrincipal),
      nplRatio: ratioText(p.nplPrincipal, p.principalOwed),
      overduePrincipal: yuan(p.overduePrincipal),
      overdueRate: ratioText(p.overduePrincipal, p.principalOwed),
    })),
  };
}

/** The largest overdue debtors (top `limit` by overdue principal) in the caller's scope, live. */
export async function overdueDebtorsReport(
  ctx: ServerContext,
  caller: Caller,
  query: { branchId?: string | undefined; limit: number },
) {
  const branchPath = await branchFilterPath(ctx.db, caller.scope, query.branchId);
  const businessDate = await requireBusinessDate(ctx, 'asOf');
  const rows = await largestOverdueDebtors(ctx.db, caller.scope, branchPath, businessDate, query.limit);
  return {
    asOf: businessDate,
    branchId: query.branchId ?? null,
    items: rows.map((r) => ({
      ...r,
      overduePrincipal: yuan(r.overduePrincipal),
      principalOwed: yuan(r.principalOwed),
    })),
  };
}
