import type { Allocation } from '../allocation/waterfall';
import { fromEpochDay, type LocalDate, toEpochDay } from '../calendar/local-date';
import { type Classification, isNonPerforming } from '../classification/classification';
import {
  type ClassDecision,
  type ClassificationSettings,
  classifyLoan,
  nextOnTimeStreak,
  type QualitativeTrigger,
  type RestructureStatus,
} from '../classification/classify';
import type { Bucket } from '../delinquency/bucket';
import type { AccrualFactor } from '../interest/accrual';
import type { ServicingSettings } from '../product/loan-terms';
import { observationWatchDate, type RestructureTrack, restructureStatusOn } from '../restructure/observation';
import { hasUnpaidDue, type InstallmentLedger, isInstallmentCleared, type LoanLedger } from './ledger';
import { advanceLedger, type DatedPayment } from './replay';
import { type LoanSnapshot, type LoanStatus, snapshot } from './snapshot';

/** What end of day keeps about a loan besides its ledger: the outputs of the last evaluated day. */
export interface ServicingState {
  readonly ledger: LoanLedger;
  readonly bucket: Bucket;
  readonly decision: ClassDecision;
  readonly status: LoanStatus;
  /** Installments paid in full by their due dates since overdue was cleared, counted while non-performing. */
  readonly onTimeStreak: number;
  /**
   * The loan's last restructuring or extension, when it has one (RULES.md §5 observation period). Absent
   * for a loan never restructured; the class then takes `context.restructure` as given.
   */
  readonly restructure?: RestructureTrack | undefined;
}

/** A change of bucket, class or status on a business date, with the rule that decided it. */
export interface ServicingEvent {
  readonly date: LocalDate;
  readonly kind: 'bucket' | 'classification' | 'status';
  readonly from: string;
  readonly to: string;
  readonly rule: string;
}

/** Loan-level facts the class depends on besides DPD (RULES.md §5). */
export interface ClassContext {
  readonly triggers: readonly QualitativeTrigger[];
  readonly restructure: RestructureStatus | null;
  readonly manual: Classification | null;
}

export const NO_CLASS_CONTEXT: ClassContext = { triggers: [], restructure: null, manual: null };

export interface DayRules {
  readonly factor: AccrualFactor;
  readonly settings: ServicingSettings;
  readonly classSettings: ClassificationSettings;
  readonly context: ClassContext;
}

export const openServicingState = (ledger: LoanLedger): ServicingState => ({
  ledger,
  bucket: 'M0',
  decision: { classification: 'normal', rule: 'dpd=0' },
  status: 'active',
  onTimeStreak: 0,
});

/**
 * Closes business date `day` for one loan (RULES.md §3): money dated `day` in, accrual through the
 * end of `day`, then DPD, bucket, class and status, and the events of whatever changed. The same
 * function serves end of day, imports and `replayTimeline`, so every path gives the same answer.
 */
export function evaluateDay(
  state: ServicingState,
  day: LocalDate,
  payments: readonly DatedPayment[],
  rules: DayRules,
): {
  state: ServicingState;
  snapshot: LoanSnapshot;
  allocations: (Allocation & { date: LocalDate })[];
  events: ServicingEvent[];
} {
  const { ledger, allocations } = advanceLedger(state.ledger, payments, day, rules.factor, rules.settings);
  const snap = snapshot(ledger, day, rules.classSettings.bands);
  let streak = state.onTimeStreak;
  if (isNonPerforming(state.decision.classification)) {
    const dueToday = installmentDueOn(ledger.installments, day);
    if (dueToday) {
      const otherOverdue = hasUnpaidBefore(ledger.installments, day);
      streak = nextOnTimeStreak(streak, !hasUnpaidDue(dueToday), otherOverdue);
    }
  }
  let restructure = rules.context.restructure;
  let track = state.restructure;
  if (track) {
    const seen = restructureStatusOn(track, ledger, day, snap.dpd, snap.status === 'settled');
    track = seen.track;
    restructure = seen.status;
  }
  const decision = classifyLoan(
    {
      dpd: snap.dpd,
      triggers: rules.context.triggers,
      restructure,
      manual: rules.context.manual,
      previous: state.decision.classification,
      overdueCleared: snap.outstanding.overduePrincipal === 0 && snap.outstanding.overdueInterest === 0,
      onTimeStreak: streak,
      settled: snap.status === 'settled',
    },
    rules.classSettings,
  );
  if (!isNonPerforming(decision.classification)) streak = 0;
  const events: ServicingEvent[] = [];
  if (snap.bucket !== state.bucket) {
    events.push({ date: day, kind: 'bucket', from: state.bucket, to: snap.bucket, rule: `dpd=${snap.dpd}` });
  }
  if (decision.classification !== state.decision.classification) {
    events.push({
      date: day,
      kind: 'classification',
      from: state.decision.classification,
      to: decision.classification,
      rule: decision.rule,
    });
  }
  if (snap.status !== state.status) {
    events.push({ date: day, kind: 'status', from: state.status, to: snap.status, rule: 'all-paid' });
  }
  return {
    state: {
      ledger,
      bucket: snap.bucket,
      decision,
      status: snap.status,
      onTimeStreak: streak,
      ...(track ? { restructure: track } : {}),
    },
    snapshot: snap,
    allocations,
    events,
  };
}

// Loops rather than find/some with closures: these run for every evaluated day of every loan.
function installmentDueOn(
  insts: readonly InstallmentLedger[],
  day: LocalDate,
): InstallmentLedger | undefined {
  for (const i of insts) if (i.dueDate === day) return i;
  return undefined;
}

function hasUnpaidBefore(insts: readonly InstallmentLedger[], day: LocalDate): boolean {
  for (const i of insts) if (i.dueDate < day && hasUnpaidDue(i)) return true;
  return false;
}

const THRESHOLDS = new WeakMap<ClassificationSettings, readonly number[]>();

/** DPD values at which a bucket or a class band starts: the only days DPD alone can change them. */
export function dpdThresholds(settings: ClassificationSettings): readonly number[] {
  let known = THRESHOLDS.get(settings);
  if (!known) {
    known = computeThresholds(settings);
    THRESHOLDS.set(settings, known);
  }
  return known;
}

function computeThresholds(settings: ClassificationSettings): number[] {
  const b = settings.bands;
  const set = new Set<number>([
    1,
    31,
    61,
    91,
    121,
    151,
    181,
    b.normal + 1,
    b.special_mention + 1,
    b.substandard + 1,
    b.doubtful + 1,
  ]);
  return [...set].sort((x, y) => x - y);
}

/**
 * The first day after `day` on which the loan's end-of-day state can change with no money in, or null
 * when none can: the day DPD crosses the next bucket or class boundary, a due date when a credit
 * balance waits for it or a non-performing loan counts on-time payments toward its cure, and while a
 * restructured loan is under observation its due dates and the day after the period. Days between
 * need no work at all — this is what makes end of day cost what changes, not what exists.
 */
export function nextEvaluationDate(
  state: ServicingState,
  day: LocalDate,
  classSettings: ClassificationSettings,
): LocalDate | null {
  if (state.status !== 'active') return null;
  let next: LocalDate | null = null;
  const insts = state.ledger.installments;
  const watchDueDates = state.ledger.creditBalance > 0 || isNonPerforming(state.decision.classification);
  if (watchDueDates) {
    for (const i of insts) {
      if (i.dueDate > day && !isInstallmentCleared(i)) {
        next = i.dueDate;
        break;
      }
    }
  }
  let oldest: InstallmentLedger | undefined;
  for (const i of insts) {
    if (hasUnpaidDue(i)) {
      oldest = i;
      break;
    }
  }
  if (oldest) {
    const dueDay = toEpochDay(oldest.dueDate);
    const today = toEpochDay(day);
    for (const t of dpdThresholds(classSettings)) {
      if (dueDay + t > today) {
        const d = fromEpochDay(dueDay + t);
        if (next === null || d < next) next = d;
        break;
      }
    }
  }
  if (state.restructure) {
    const watch = observationWatchDate(state.restructure, state.ledger, day);
    if (watch !== null && (next === null || watch < next)) next = watch;
  }
  return next;
}
