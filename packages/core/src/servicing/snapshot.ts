import type { LocalDate } from '../calendar/local-date';
import type { Classification } from '../classification/classification';
import { DEFAULT_DPD_FLOOR, type DpdFloorBands, dpdFloor } from '../classification/dpd-floor';
import { type Bucket, bucketOf } from '../delinquency/bucket';
import { daysPastDue } from '../delinquency/dpd';
import type { Fen } from '../money/fen';
import {
  compoundOwed,
  feeUnpaid,
  interestUnpaid,
  isInstallmentCleared,
  type LoanLedger,
  penaltyOwed,
  principalUnpaid,
} from './ledger';

export type LoanStatus = 'active' | 'settled' | 'written_off';

export interface Outstanding {
  /** All principal still owed, due or not. */
  readonly principal: Fen;
  /** Unpaid principal of installments due before asOf. */
  readonly overduePrincipal: Fen;
  /** Unpaid scheduled interest of installments due before asOf. */
  readonly overdueInterest: Fen;
  readonly penalty: Fen;
  readonly compound: Fen;
  readonly fee: Fen;
}

export interface LoanSnapshot {
  readonly asOf: LocalDate;
  readonly dpd: number;
  readonly bucket: Bucket;
  /** The DPD floor alone; a stored loan's class may be worse (RULES.md §5). */
  readonly classification: Classification;
  readonly status: LoanStatus;
  readonly outstanding: Outstanding;
  readonly creditBalance: Fen;
}

/** Settled when every installment's principal, interest, fee, penalty and compound are paid (RULES.md §3.4). */
export const isSettled = (ledger: LoanLedger): boolean => ledger.installments.every(isInstallmentCleared);

export function outstandingOf(ledger: LoanLedger, asOf: LocalDate): Outstanding {
  let principal = 0;
  let overduePrincipal = 0;
  let overdueInterest = 0;
  let penalty = 0;
  let compound = 0;
  let fee = 0;
  for (const i of ledger.installments) {
    const p = principalUnpaid(i);
    principal += p;
    if (i.dueDate < asOf) {
      overduePrincipal += p;
      overdueInterest += interestUnpaid(i);
    }
    penalty += penaltyOwed(i);
    compound += compoundOwed(i);
    fee += feeUnpaid(i);
  }
  return {
    principal: principal as Fen,
    overduePrincipal: overduePrincipal as Fen,
    overdueInterest: overdueInterest as Fen,
    penalty: penalty as Fen,
    compound: compound as Fen,
    fee: fee as Fen,
  };
}

/** The loan as seen at the end of `asOf` (the ledger must be accrued through asOf). */
export function snapshot(
  ledger: LoanLedger,
  asOf: LocalDate,
  bands: DpdFloorBands = DEFAULT_DPD_FLOOR,
): LoanSnapshot {
  const dpd = daysPastDue(ledger, asOf);
  return {
    asOf,
    dpd,
    bucket: bucketOf(dpd),
    classification: dpdFloor(dpd, bands),
    status: isSettled(ledger) ? 'settled' : 'active',
    outstanding: outstandingOf(ledger, asOf),
    creditBalance: ledger.creditBalance,
  };
}
