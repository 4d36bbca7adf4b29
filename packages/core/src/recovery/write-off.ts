import { daysBetween, type LocalDate } from '../calendar/local-date';
import { badInput, DomainError } from '../errors/domain-error';
import type { Fen } from '../money/fen';
import {
  compoundOwed,
  feeUnpaid,
  interestUnpaid,
  type LoanLedger,
  penaltyOwed,
  principalUnpaid,
} from '../servicing/ledger';

/**
 * Write-off (核销, RULES.md §12): only after documented recovery efforts, with evidence of an eligible
 * cause, approved by a second person. The loan moves off balance sheet but stays pursued (账销案存);
 * later recoveries are booked against what was written off. Every write-off carries a responsibility
 * determination (责任认定).
 */
export const WRITE_OFF_CAUSES = [
  /** The borrower is bankrupt (破产) and the liquidation left the debt unpaid. */
  'bankruptcy',
  /** The borrower died or was declared dead / missing, and the estate does not cover the debt. */
  'death',
  /** Court enforcement ended without (full) recovery (终结本次执行 / 终结执行). */
  'enforcement_ended',
  /** A small balance pursued for at least the configured number of days without recovery. */
  'small_balance',
] as const;
export type WriteOffCause = (typeof WRITE_OFF_CAUSES)[number];

export interface WriteOffSettings {
  /** The largest balance (principal + interest + penalty + compound + fee owed) of a small balance. */
  readonly smallBalanceMax: Fen;
  /** Days a small balance must have been pursued, counted from the day it fell overdue. */
  readonly smallBalanceMinDaysPursued: number;
  /** Recorded recovery efforts (collection actions, demands, litigation steps) needed at least. */
  readonly minRecoveryEfforts: number;
}

/** Defaults: ≤ 50,000.00 yuan pursued ≥ 180 days, at least one documented effort (configurable). */
export const DEFAULT_WRITE_OFF_SETTINGS: WriteOffSettings = {
  smallBalanceMax: 5_000_000 as Fen,
  smallBalanceMinDaysPursued: 180,
  minRecoveryEfforts: 1,
};

/** What the written-off claim consists of, per component, in fen. */
export interface WriteOffAmounts {
  readonly principal: Fen;
  readonly interest: Fen;
  readonly penalty: Fen;
  readonly compound: Fen;
  readonly fee: Fen;
}

export const WRITE_OFF_COMPONENTS = ['principal', 'interest', 'fee', 'penalty', 'compound'] as const;
export type WriteOffComponent = (typeof WRITE_OFF_COMPONENTS)[number];

export const totalOf = (a: WriteOffAmounts): Fen =>
  (a.principal + a.interest + a.penalty + a.compound + a.fee) as Fen;

/**
 * The claim a write-off takes off the balance sheet, from the ledger accrued through `accruedThrough`:
 * all principal still owed (due or not: the whole claim leaves the books), the scheduled interest of
 * installments due on or before that day and unpaid, penalty and compound accrued and unpaid, fees due
 * and unpaid. Interest of installments not yet due is not a claim yet and is not written off.
 */
export function writeOffAmounts(ledger: LoanLedger): WriteOffAmounts {
  let principal = 0;
  let interest = 0;
  let penalty = 0;
  let compound = 0;
  let fee = 0;
  for (const i of ledger.installments) {
    principal += principalUnpaid(i);
    if (i.dueDate <= ledger.accruedThrough) interest += interestUnpaid(i);
    penalty += penaltyOwed(i);
    compound += compoundOwed(i);
    fee += feeUnpaid(i);
  }
  return {
    principal: principal as Fen,
    interest: interest as Fen,
    penalty: penalty as Fen,
    compound: compound as Fen,
    fee: fee as Fen,
  };
}

/** 责任认定: who was responsible for the loss, what was found, what follows. */
export interface ResponsibilityDetermination {
  /** Persons examined (usernames or names); empty only with a no-fault finding. */
  readonly persons: readonly string[];
  readonly finding: 'no_fault' | 'fault';
  readonly conclusion: string;
  /** Measures taken against the persons (warning, fine, demotion…), required with a fault finding. */
  readonly measures: string;
}

export interface WriteOffFacts {
  readonly status: 'active' | 'settled' | 'written_off';
  readonly creditBalance: Fen;
  readonly amounts: WriteOffAmounts;
  /** The day the oldest unpaid installment fell due (null when nothing is overdue). */
  readonly oldestUnpaidDue: LocalDate | null;
  /** Collection actions, demands and litigation steps recorded on the loan. */
  readonly recoveryEffortCount: number;
  /** Stages the loan's litigation cases reached ('enforcement', 'closed' …). */
  readonly litigationStages: readonly string[];
  readonly businessDate: LocalDate;
}

export interface WriteOffApplication {
  readonly cause: WriteOffCause;
  /** References to the eligibility evidence (court ruling no., death certificate, bankruptcy notice…). */
  readonly evidence: readonly string[];
  /** What was done to recover, in words (the records themselves are counted from the book). */
  readonly recoveryEfforts: string;
  readonly responsibility: ResponsibilityDetermination;
}

/**
 * Whether the loan may be written off now on this application. Throws `bad_input` for a missing piece
 * of the application (evidence, efforts, responsibility) and `rule_violation` when the loan's facts do
 * not support the cause; each names the field.
 */
export function checkWriteOffEligibility(
  app: WriteOffApplication,
  facts: WriteOffFacts,
  settings: WriteOffSettings = DEFAULT_WRITE_OFF_SETTINGS,
): void {
  if (app.evidence.length === 0 || app.evidence.some((e) => e.trim() === '')) {
    throw badInput('evidence', 'a write-off needs evidence of its cause (document references)');
  }
  if (app.recoveryEfforts.trim() === '') {
    throw badInput('recoveryEfforts', 'describe the recovery efforts made before the write-off');
  }
  const r = app.responsibility;
  if (r.conclusion.trim() === '') {
    throw badInput(
      'responsibility.conclusion',
      'a responsibility determination (责任认定) needs its conclusion',
    );
  }
  if (r.finding === 'fault' && r.persons.length === 0) {
    throw badInput('responsibility.persons', 'a fault finding names the persons responsible');
  }
  if (r.finding === 'fault' && r.measures.trim() === '') {
    throw badInput('responsibility.measures', 'a fault finding names the measures taken');
  }
  if (facts.status !== 'active') {
    throw new DomainError('rule_violation', `loanId: the loan is ${facts.status}, not active`, 'loanId');
  }
  if (facts.creditBalance > 0) {
    throw new DomainError(
      'rule_violation',
      'loanId: the loan holds a credit balance; apply or refund it before a write-off',
      'loanId',
    );
  }
  const total = totalOf(facts.amounts);
  if (total <= 0) throw new DomainError('rule_violation', 'loanId: nothing is owed to write off', 'loanId');
  if (facts.oldestUnpaidDue === null || facts.oldestUnpaidDue >= facts.businessDate) {
    throw new DomainError('rule_violation', 'loanId: only an overdue loan can be written off', 'loanId');
  }
  if (facts.recoveryEffortCount < settings.minRecoveryEfforts) {
    throw new DomainError(
      'rule_violation',
      `recoveryEfforts: ${facts.recoveryEffortCount} recovery efforts are recorded on the loan; a write-off needs at least ${settings.minRecoveryEfforts} (collection actions, demands, litigation)`,
      'recoveryEfforts',
    );
  }
  if (app.cause === 'enforcement_ended' && !facts.litigationStages.includes('enforcement')) {
    throw new DomainError(
      'rule_violation',
      'cause: enforcement_ended needs a litigation case of the loan that reached enforcement',
      'cause',
    );
  }
  if (app.cause === 'small_balance') {
    if (total > settings.smallBalanceMax) {
      throw new DomainError(
        'rule_violation',
        `cause: ${total} fen owed is above the small-balance limit of ${settings.smallBalanceMax} fen`,
        'cause',
      );
    }
    const pursued = daysBetween(facts.oldestUnpaidDue, facts.businessDate);
    if (pursued < settings.smallBalanceMinDaysPursued) {
      throw new DomainError(
        'rule_violation',
        `cause: a small balance needs ${settings.smallBalanceMinDaysPursued} days of pursuit; this one is ${pursued} days overdue`,
        'cause',
      );
    }
  }
}

export type RecoveryAllocation = Record<WriteOffComponent, Fen>;

/**
 * A recovery on a written-off loan pays the claim still off the books in the order principal →
 * interest → fee → penalty → compound (the written-off principal first: it is the loss the bank booked).
 * `recovered` is what earlier recoveries paid. An amount above what is still written off is refused:
 * the surplus belongs to the borrower, not to the claim.
 */
export function allocateRecovery(
  writtenOff: WriteOffAmounts,
  recovered: WriteOffAmounts,
  amount: Fen,
): RecoveryAllocation {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw badInput('amount', 'must be more than 0.00');
  const remaining = WRITE_OFF_COMPONENTS.reduce((s, c) => s + writtenOff[c] - recovered[c], 0);
  if (amount > remaining) {
    throw new DomainError(
      'rule_violation',
      `amount: ${amount} fen is more than the ${remaining} fen still written off`,
      'amount',
    );
  }
  let left: number = amount;
  const out = { principal: 0, interest: 0, fee: 0, penalty: 0, compound: 0 } as Record<
    WriteOffComponent,
    number
  >;
  for (const c of WRITE_OFF_COMPONENTS) {
    const open = writtenOff[c] - recovered[c];
    const take = left < open ? left : open;
    out[c] = take;
    left -= take;
  }
  return out as RecoveryAllocation;
}
