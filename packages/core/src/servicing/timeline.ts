import type { Allocation } from '../allocation/waterfall';
import { addDays, type LocalDate } from '../calendar/local-date';
import type { Classification } from '../classification/classification';
import {
  type ClassDecision,
  type ClassificationSettings,
  classifyLoan,
  DEFAULT_CLASSIFICATION_SETTINGS,
  nextOnTimeStreak,
  type QualitativeTrigger,
  type RestructureStatus,
} from '../classification/classify';
import { BUCKETS } from '../delinquency/bucket';
import { badInput } from '../errors/domain-error';
import { accrualFactor } from '../interest/accrual';
import { generateSchedule } from '../schedule/generate-schedule';
import { hasUnpaidDue, type LoanLedger, openLedger } from './ledger';
import { advanceLedger, type DatedPayment, type ReplayInput } from './replay';
import { type LoanSnapshot, snapshot } from './snapshot';

/** A change of bucket, class or status on a business date, with the rule that decided it. */
export interface TimelineEvent {
  readonly date: LocalDate;
  readonly kind: 'bucket' | 'classification' | 'status';
  readonly from: string;
  readonly to: string;
  readonly rule: string;
}

export interface ClassContext {
  readonly triggers: readonly QualitativeTrigger[];
  readonly restructure: RestructureStatus | null;
  readonly manual: Classification | null;
}

export const NO_CLASS_CONTEXT: ClassContext = { triggers: [], restructure: null, manual: null };

export interface TimelineResult {
  readonly ledger: LoanLedger;
  readonly allocations: (Allocation & { date: LocalDate })[];
  readonly snapshot: LoanSnapshot;
  readonly decision: ClassDecision;
  readonly onTimeStreak: number;
  readonly events: TimelineEvent[];
}

/** DPD values at which a bucket or a class band starts: the only days DPD alone can change them. */
function thresholds(settings: ClassificationSettings): number[] {
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
 * Replays a loan from disbursement to the end of `asOf` like `replayLoan`, and also walks its
 * classification (RULES.md §5, loan level) and the events of every bucket, class and status change on
 * the day it happened. It stops only where something can change — a payment, a due date, or the day
 * DPD crosses a bucket or class boundary — so a history costs what happened in it, not its length in days.
 */
export function replayTimeline(
  input: ReplayInput & { readonly context?: ClassContext; readonly classSettings?: ClassificationSettings },
): TimelineResult {
  const { terms, settings, asOf } = input;
  const context = input.context ?? NO_CLASS_CONTEXT;
  const classSettings = input.classSettings ?? DEFAULT_CLASSIFICATION_SETTINGS;
  if (asOf < terms.disbursementDate) throw badInput('asOf', `${asOf} is before the disbursement date`);
  const payments: DatedPayment[] = input.repayments.map((r, idx) => {
    if (r.date <= terms.disbursementDate) {
      throw badInput(
        `repayments[${idx}].date`,
        `${r.date} is on or before the disbursement date ${terms.disbursementDate}`,
      );
    }
    if (r.date > asOf) throw badInput(`repayments[${idx}].date`, `${r.date} is after asOf ${asOf}`);
    if (r.amount <= 0) throw badInput(`repayments[${idx}].amount`, 'must be more than 0.00');
    return { date: r.date, amount: r.amount, key: r.key ?? `${idx + 1}` };
  });
  payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const factor = accrualFactor(terms.annualRate, settings);
  const steps = thresholds(classSettings);

  let ledger = openLedger(generateSchedule(terms, settings.dayBasis), terms.disbursementDate);
  const allocations: (Allocation & { date: LocalDate })[] = [];
  const events: TimelineEvent[] = [];
  let bucket: string = BUCKETS[0];
  let decision: ClassDecision = { classification: 'normal', rule: 'dpd=0' };
  let status = 'active';
  let streak = 0;
  let state = snapshot(ledger, terms.disbursementDate, classSettings.bands);
  let pi = 0;

  const nextStop = (cursor: LocalDate): LocalDate => {
    let next = asOf;
    if (pi < payments.length && payments[pi]!.date < next) next = payments[pi]!.date;
    for (const inst of ledger.installments) {
      if (inst.dueDate > cursor) {
        if (inst.dueDate < next) next = inst.dueDate;
        break;
      }
    }
    const oldest = ledger.installments.find(hasUnpaidDue);
    if (oldest) {
      for (const t of steps) {
        const day = addDays(oldest.dueDate, t);
        if (day > cursor) {
          if (day < next) next = day;
          break;
        }
      }
    }
    return next;
  };

  let cursor = terms.disbursementDate;
  while (cursor < asOf) {
    const day = nextStop(cursor);
    const todays: DatedPayment[] = [];
    while (pi < payments.length && payments[pi]!.date === day) todays.push(payments[pi++]!);
    const advanced = advanceLedger(ledger, todays, day, factor, settings);
    ledger = advanced.ledger;
    allocations.push(...advanced.allocations);
    state = snapshot(ledger, day, classSettings.bands);
    const dueToday = ledger.installments.find((i) => i.dueDate === day);
    if (dueToday) {
      const otherOverdue = ledger.installments.some((i) => i.dueDate < day && hasUnpaidDue(i));
      streak = nextOnTimeStreak(streak, !hasUnpaidDue(dueToday), otherOverdue);
    }
    const next = classifyLoan(
      {
        dpd: state.dpd,
        triggers: context.triggers,
        restructure: context.restructure,
        manual: context.manual,
        previous: decision.classification,
        overdueCleared: state.outstanding.overduePrincipal === 0 && state.outstanding.overdueInterest === 0,
        onTimeStreak: streak,
        settled: state.status === 'settled',
      },
      classSettings,
    );
    if (state.bucket !== bucket) {
      events.push({ date: day, kind: 'bucket', from: bucket, to: state.bucket, rule: `dpd=${state.dpd}` });
      bucket = state.bucket;
    }
    if (next.classification !== decision.classification) {
      events.push({
        date: day,
        kind: 'classification',
        from: decision.classification,
        to: next.classification,
        rule: next.rule,
      });
    }
    decision = next;
    if (state.status !== status) {
      events.push({ date: day, kind: 'status', from: status, to: state.status, rule: 'all-paid' });
      status = state.status;
    }
    cursor = day;
  }
  return { ledger, allocations, snapshot: state, decision, onTimeStreak: streak, events };
}
