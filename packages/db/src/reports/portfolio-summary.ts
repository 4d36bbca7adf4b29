import {
  BUCKETS,
  type Bucket,
  CLASSIFICATIONS,
  type Classification,
  DEFAULT_PROVISION_SETTINGS,
  type Fen,
  fen,
  type LocalDate,
  type PortfolioRatios,
  type ProvisionSettings,
  parseLocalDate,
  portfolioRatios,
} from '@daihou/core';
import type { Sql } from '../sql-client';

export interface BucketLine {
  readonly bucket: Bucket;
  readonly loans: number;
  readonly principalOwed: Fen;
}

export interface ClassLine {
  readonly classification: Classification;
  readonly loans: number;
  readonly principalOwed: Fen;
  /** Sum of each loan's round(principal owed × the class's rate) (RULES.md §6: rounded per loan). */
  readonly specificProvision: Fen;
}

export interface PortfolioSummary {
  readonly businessDate: LocalDate | null;
  readonly loans: { readonly active: number; readonly settled: number; readonly writtenOff: number };
  /** Principal owed on active loans. */
  readonly principalOwed: Fen;
  /** Every bucket M0 … M7+, in order, zeros included (active loans). */
  readonly byBucket: readonly BucketLine[];
  /** Every class normal … loss, in order, zeros included (active loans). */
  readonly byClassification: readonly ClassLine[];
  readonly ratios: PortfolioRatios;
}

export interface PortfolioSummaryOptions {
  readonly provision?: ProvisionSettings;
  /** Only loans booked in this branch's subtree (its materialised path, e.g. '/HQ/A/'); all when unset. */
  readonly branchPath?: string;
}

/**
 * The portfolio as stored (each loan's state as of its last end of day), by bucket and by class, with
 * the provisions and regulatory ratios of RULES.md §6. Two set-based aggregate queries; the provision
 * is summed from per-loan half-up rounding in exact numeric arithmetic inside the database.
 */
export async function portfolioSummary(
  sql: Sql,
  options: PortfolioSummaryOptions = {},
): Promise<PortfolioSummary> {
  const settings = options.provision ?? DEFAULT_PROVISION_SETTINGS;
  const scope = options.branchPath ?? '/';
  const [dateRow] = await sql.query<{ business_date: string }>(
    'select business_date from system_state where id = 1',
  );

  const statusRows = await sql.query<{ status: string; loans: string }>(
    `select l.status, count(*) as loans
       from loan l join branch b on b.id = l.branch_id
      where starts_with(b.path, $1)
      group by l.status`,
    [scope],
  );
  const byStatus = new Map(statusRows.map((r) => [r.status, Number(r.loans)]));

  // round-half-up(p·n/d) for p ≥ 0 is floor((2·p·n + d) / (2·d)): exact integer arithmetic in numeric.
  const rates = CLASSIFICATIONS.map((c) => settings.rates[c]);
  const rows = await sql.query<{
    bucket: string;
    classification: string;
    loans: string;
    principal_owed: string;
    provision: string;
  }>(
    `select l.bucket, l.classification, count(*) as loans,
            coalesce(sum(l.principal_owed), 0) as principal_owed,
            coalesce(sum(div(2 * l.principal_owed::numeric * r.n + r.d, 2 * r.d)), 0) as provision
       from loan l
       join branch b on b.id = l.branch_id
       join unnest($2::text[], $3::numeric[], $4::numeric[]) as r (classification, n, d)
         on r.classification = l.classification
      where l.status = 'active' and starts_with(b.path, $1)
      group by l.bucket, l.classification`,
    [scope, [...CLASSIFICATIONS], rates.map((r) => r.n.toString()), rates.map((r) => r.d.toString())],
  );

  const bucketTotals = new Map<string, { loans: number; principal: number }>();
  const classTotals = new Map<string, { loans: number; principal: number; provision: number }>();
  let principalOwed = 0;
  for (const r of rows) {
    const loans = Number(r.loans);
    const principal = Number(r.principal_owed);
    const provision = Number(r.provision);
    principalOwed += principal;
    const b = bucketTotals.get(r.bucket) ?? { loans: 0, principal: 0 };
    bucketTotals.set(r.bucket, { loans: b.loans + loans, principal: b.principal + principal });
    const c = classTotals.get(r.classification) ?? { loans: 0, principal: 0, provision: 0 };
    classTotals.set(r.classification, {
      loans: c.loans + loans,
      principal: c.principal + principal,
      provision: c.provision + provision,
    });
  }

  const byBucket = BUCKETS.map((bucket): BucketLine => {
    const t = bucketTotals.get(bucket);
    return { bucket, loans: t?.loans ?? 0, principalOwed: fen(t?.principal ?? 0) };
  });
  const byClassification = CLASSIFICATIONS.map((classification): ClassLine => {
    const t = classTotals.get(classification);
    return {
      classification,
      loans: t?.loans ?? 0,
      principalOwed: fen(t?.principal ?? 0),
      specificProvision: fen(t?.provision ?? 0),
    };
  });
  return {
    businessDate: dateRow ? parseLocalDate(dateRow.business_date) : null,
    loans: {
      active: byStatus.get('active') ?? 0,
      settled: byStatus.get('settled') ?? 0,
      writtenOff: byStatus.get('written_off') ?? 0,
    },
    principalOwed: fen(principalOwed),
    byBucket,
    byClassification,
    ratios: portfolioRatios(byClassification, settings),
  };
}
