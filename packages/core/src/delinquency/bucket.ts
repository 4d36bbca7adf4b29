export const BUCKETS = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** Delinquency bucket (账龄) by days past due: M0 = 0, M1 = 1–30 … M6 = 151–180, M7+ over 180 (RULES.md §3.5). */
export function bucketOf(dpd: number): Bucket {
  if (dpd <= 0) return 'M0';
  if (dpd > 180) return 'M7+';
  return BUCKETS[(dpd - 1 - ((dpd - 1) % 30)) / 30 + 1]!;
}
