import {
  addDays,
  addMonthsClamped,
  daysBetween,
  type LocalDate,
  maxDate,
  parts,
} from '../calendar/local-date';
import type { InspectionKind, InspectionSettings } from './inspection-settings';

/** What planning needs to know about one loan on a business date (loaded by the caller). */
export interface LoanInspectionFacts {
  readonly status: 'active' | 'settled' | 'written_off';
  readonly disbursementDate: LocalDate;
  readonly maturityDate: LocalDate;
  readonly paymentMode: 'entrusted' | 'self';
  readonly customerType: 'individual' | 'enterprise';
  readonly isKeyCustomer: boolean;
  /** Business dates on which the last approved inspection of each kind was completed. */
  readonly lastCompleted: { readonly first: LocalDate | null; readonly periodic: LocalDate | null };
  /** A first inspection task exists for the loan (in any state but cancelled): there is only ever one. */
  readonly firstTaskExists: boolean;
  /** Kinds with a task still open, submitted or returned for this loan. */
  readonly openKinds: readonly InspectionKind[];
  /** Days past due at the end of the business date. */
  readonly dpd: number;
  /** Principal of installments due before the business date and not paid, in fen. */
  readonly overduePrincipal: number;
  /** Due date of the oldest unpaid installment (the start of the current overdue episode), or null. */
  readonly overdueSince: LocalDate | null;
  /** Business date on which the rules last created an ad-hoc task for this loan, or null. */
  readonly lastRuleAdhocOn: LocalDate | null;
}

export interface PlannedTask {
  readonly kind: InspectionKind;
  readonly dueDate: LocalDate;
  /** Why the rules created it, for the task list (e.g. `first:self_payment`, `adhoc:dpd>=60`). */
  readonly reason: string;
}

/** Days from disbursement to the first inspection's due date (RULES.md §9: 7, or 3 for self payment). */
export const firstDueDays = (paymentMode: 'entrusted' | 'self', s: InspectionSettings): number =>
  paymentMode === 'self' ? s.firstDueDaysSelfPayment : s.firstDueDays;

/** The periodic rhythm in months: the shortest of the customer type's and, for key customers, theirs. */
export function periodicMonths(
  customerType: 'individual' | 'enterprise',
  isKeyCustomer: boolean,
  s: InspectionSettings,
): number {
  const byType = customerType === 'enterprise' ? s.periodicMonthsEnterprise : s.periodicMonthsIndividual;
  return isKeyCustomer && s.periodicMonthsKeyCustomer < byType ? s.periodicMonthsKeyCustomer : byType;
}

/**
 * When the next periodic inspection is due on `date`: the rhythm counted from the last completed first
 * or periodic inspection; for a loan with none, the first date of the rhythm from disbursement that is
 * not before `date` — a book brought in from another system has no inspection on record here, and a
 * task due years ago would say nothing true. Null when it falls on or after maturity (the loan ends
 * first).
 */
export function nextPeriodicDue(
  f: LoanInspectionFacts,
  date: LocalDate,
  s: InspectionSettings,
): LocalDate | null {
  const { first, periodic } = f.lastCompleted;
  const completed = first && periodic ? maxDate(first, periodic) : (first ?? periodic);
  const months = periodicMonths(f.customerType, f.isKeyCustomer, s);
  const due = completed
    ? addMonthsClamped(maxDate(completed, f.disbursementDate), months)
    : firstRhythmDateFrom(f.disbursementDate, months, date);
  return due < f.maturityDate ? due : null;
}

/** The first of start + k × months (k ≥ 1, each clamped from start) that is on or after `from`. */
export function firstRhythmDateFrom(start: LocalDate, months: number, from: LocalDate): LocalDate {
  const s = parts(start);
  const f = parts(from);
  const apart = (f.y - s.y) * 12 + (f.m - s.m);
  const k0 = apart > months ? (apart - (apart % months)) / months : 1;
  const candidate = addMonthsClamped(start, k0 * months);
  return candidate >= from ? candidate : addMonthsClamped(start, (k0 + 1) * months);
}

/**
 * The inspection tasks the rules create for one loan at the end of `date` (RULES.md §9). Idempotent:
 * a kind with a task still open is never planned again, a first inspection only once per loan, and an
 * ad-hoc task once per overdue episode — so planning with the tasks it created changes nothing.
 */
export function planLoanInspections(
  f: LoanInspectionFacts,
  date: LocalDate,
  s: InspectionSettings,
): PlannedTask[] {
  if (f.status !== 'active' || f.disbursementDate > date) return [];
  const open = new Set(f.openKinds);
  const tasks: PlannedTask[] = [];

  const firstDays = firstDueDays(f.paymentMode, s);
  // Planned from disbursement until its due date: a loan found later (an old book imported) was
  // inspected before this system knew it.
  if (!f.firstTaskExists && daysBetween(f.disbursementDate, date) < firstDays) {
    tasks.push({
      kind: 'first',
      dueDate: addDays(f.disbursementDate, firstDays),
      reason: f.paymentMode === 'self' ? 'first:self_payment' : 'first',
    });
  }

  const periodicDue = nextPeriodicDue(f, date, s);
  if (!open.has('periodic') && periodicDue !== null && date >= addDays(periodicDue, -s.periodicLeadDays)) {
    tasks.push({
      kind: 'periodic',
      dueDate: periodicDue,
      reason: f.isKeyCustomer ? 'periodic:key_customer' : `periodic:${f.customerType}`,
    });
  }

  const dpdReached = f.dpd >= s.adhocDpd;
  const principalOverdue = f.overduePrincipal > 0;
  const episodeHandled =
    f.lastRuleAdhocOn !== null && f.overdueSince !== null && f.lastRuleAdhocOn >= f.overdueSince;
  if ((dpdReached || principalOverdue) && !open.has('adhoc') && !episodeHandled) {
    tasks.push({
      kind: 'adhoc',
      dueDate: addDays(date, s.adhocDueDays),
      reason: principalOverdue ? 'adhoc:principal_overdue' : `adhoc:dpd>=${s.adhocDpd}`,
    });
  }
  return tasks;
}

/** How many of `count` new loans a spot check must cover: at least the share, rounded up. */
export function spotCheckCount(count: number, share: { readonly n: bigint; readonly d: bigint }): number {
  if (count <= 0) return 0;
  return Number((BigInt(count) * share.n + share.d - 1n) / share.d);
}

export interface SpotCheckCandidate {
  readonly loanId: string;
  /** A deterministic ordering key, e.g. a hash of the loan number: reruns choose the same loans. */
  readonly key: string;
}

/**
 * The spot-check sample of last month's new loans: the first `spotCheckCount` by key (then loan id),
 * whatever order the candidates arrive in.
 */
export function selectSpotChecks(
  candidates: readonly SpotCheckCandidate[],
  share: { readonly n: bigint; readonly d: bigint },
): string[] {
  const sorted = [...candidates].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : BigInt(a.loanId) < BigInt(b.loanId) ? -1 : 1,
  );
  return sorted.slice(0, spotCheckCount(candidates.length, share)).map((c) => c.loanId);
}
