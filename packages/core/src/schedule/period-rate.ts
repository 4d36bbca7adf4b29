import { mulDivRound } from '../money/rounding';
import type { Frequency } from '../product/loan-terms';
import { periodsPerYear } from '../product/loan-terms';
import type { AnnualRate } from '../rate/ratio';

/**
 * The period rate r = annual / 12 (or / 4) as an exact fraction rn / rd of one (annual is in percent).
 * Both stay safe integers: rates have at most 8 decimals and are at most 36 %.
 */
export interface PeriodRate {
  readonly rn: number;
  readonly rd: number;
}

export function periodRate(annual: AnnualRate, frequency: Frequency): PeriodRate {
  return { rn: Number(annual.n), rd: Number(annual.d) * 100 * periodsPerYear(frequency) };
}

/** round-half-up(balance × r): one exact quotient, never a rounded rate (RULES.md §1). */
export const periodInterest = (balance: number, r: PeriodRate): number => mulDivRound(balance, r.rn, r.rd);
