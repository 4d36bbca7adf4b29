import type { Portfolio } from '../../api/types';
import { yuanToFen } from '../../shared/format';

/** Overdue principal: every bucket but M0 (RULES.md §3.5), summed in integer fen. */
export function overduePrincipalFen(p: Portfolio): bigint {
  return p.byBucket.filter((b) => b.bucket !== 'M0').reduce((s, b) => s + yuanToFen(b.principalOwed), 0n);
}
