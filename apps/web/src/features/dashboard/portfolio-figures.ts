import type { Portfolio } from '../../api/types';
import { yuanToFen } from '../../shared/format';

/** Overdue principal: every bucket but M0 (RULES.md §3.5), summed in integer fen. */
export function overduePrincipalFen(p: Portfolio): bigint {
  return p.byBucket.filter((b) => b.bucket !== 'M0').reduce((s, b) => s + yuanToFen(b.principalOwed), 0n);
}

/** The regulatory floor of provision coverage (150 %), as core's DEFAULT_PROVISION_SETTINGS has it. */
export const COVERAGE_FLOOR = '1.5';
