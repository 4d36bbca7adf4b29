import type { Allocation } from '../allocation/waterfall';
import type { LocalDate } from '../calendar/local-date';
import { addDays } from '../calendar/local-date';
import {
  type ClassDecision,
  type ClassificationSettings,
  DEFAULT_CLASSIFICATION_SETTINGS,
} from '../classification/classify';
import { badInput } from '../errors/domain-error';
import { accrualFactor } from '../interest/accrual';
import { applyRescheduling, type Rescheduling } from '../restructure/rescheduling';
import { generateSchedule } from '../schedule/generate-schedule';
import {
  type ClassContext,
  type DayRules,
  evaluateDay,
  NO_CLASS_CONTEXT,
  nextEvaluationDate,
  openServicingState,
  type ServicingEvent,
  type ServicingState,
} from './day-evaluation';
import { hasUnpaidDue, type LoanLedger, openLedger } from './ledger';
import type { DatedPayment, ReplayInput } from './replay';
import { type LoanSnapshot, snapshot } from './snapshot';

export type TimelineEvent = ServicingEvent;

export interface TimelineResult {
  readonly ledger: LoanLedger;
  readonly allocations: (Allocation & { date: LocalDate })[];
  readonly snapshot: LoanSnapshot;
  readonly decision: ClassDecision;
  readonly onTimeStreak: number;
  readonly state: ServicingState;
  readonly events: TimelineEvent[];
  /** The end-of-day states at every day something changed (for the as-of history). */
  readonly history: {
    readonly date: LocalDate;
    readonly snapshot: LoanSnapshot;
    readonly decision: ClassDecision;
    readonly oldestUnpaidDue: LocalDate | null;
  }[];
}

/**
 * Replays a loan from disbursement to the end of `asOf` like `replayLoan`, and also walks its
 * classification (RULES.md §5, loan level) and the events of every bucket, class and status change on
 * the day it happened. It evaluates only the days end of day would (payments and `nextEvaluationDate`),
 * so it is also the reference end of day is cross-checked against.
 */
export function replayTimeline(
  input: ReplayInput & {
    readonly context?: ClassContext;
    readonly classSettings?: ClassificationSettings;
    /**
     * Approved extensions and restructurings (RULES.md §12), each applied at the start of its date —
     * after the end of day before, before that date's repayments — as an approval during the day does.
     */
    readonly reschedulings?: readonly Rescheduling[];
  },
): TimelineResult {
  const { terms, settings, asOf } = input;
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
  const rules: DayRules = {
    factor: accrualFactor(terms.annualRate, settings),
    settings,
    classSettings,
    context: input.context ?? NO_CLASS_CONTEXT,
  };
  const start = openServicingState(
    openLedger(generateSchedule(terms, settings.dayBasis), terms.disbursementDate),
  );
  const changes = [...(input.reschedulings ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  if (changes.length === 0) return walkTimeline(start, payments, asOf, rules);
  let state = start;
  let current = terms;
  let dayRules = rules;
  let done: TimelineResult | null = null;
  const allocations: TimelineResult['allocations'] = [];
  const events: TimelineEvent[] = [];
  const history: TimelineResult['history'] = [];
  let pi = 0;
  for (const [idx, change] of changes.entries()) {
    if (change.date <= terms.disbursementDate || change.date > asOf) {
      throw badInput(
        `reschedulings[${idx}].date`,
        `${change.date} is not between the disbursement date and asOf`,
      );
    }
    const eve = addDays(change.date, -1);
    const before: DatedPayment[] = [];
    while (pi < payments.length && payments[pi]!.date < change.date) before.push(payments[pi++]!);
    const walked = walkTimeline(state, before, eve, dayRules);
    allocations.push(...walked.allocations);
    events.push(...walked.events);
    history.push(...walked.history);
    const applied = applyRescheduling(walked.state.ledger, current, settings, change);
    current = applied.terms;
    dayRules = { ...dayRules, factor: accrualFactor(current.annualRate, settings) };
    state = { ...walked.state, ledger: applied.ledger, restructure: applied.track };
    // The change day is always looked at (an approval sets the loan's next check to that day).
    const todays: DatedPayment[] = [];
    while (pi < payments.length && payments[pi]!.date === change.date) todays.push(payments[pi++]!);
    const day = evaluateDay(state, change.date, todays, dayRules);
    state = day.state;
    allocations.push(...day.allocations);
    events.push(...day.events);
    const oldest = state.ledger.installments.find(hasUnpaidDue);
    history.push({
      date: change.date,
      snapshot: day.snapshot,
      decision: state.decision,
      oldestUnpaidDue: oldest?.dueDate ?? null,
    });
  }
  done = walkTimeline(state, payments.slice(pi), asOf, dayRules);
  return {
    ...done,
    allocations: [...allocations, ...done.allocations],
    events: [...events, ...done.events],
    history: [...history, ...done.history],
  };
}

/**
 * Walks a servicing state from its ledger's accruedThrough to the end of `asOf`, evaluating the days
 * end of day would: payments (sorted, after accruedThrough, not after asOf) and `nextEvaluationDate`.
 */
export function walkTimeline(
  start: ServicingState,
  payments: readonly DatedPayment[],
  asOf: LocalDate,
  rules: DayRules,
): TimelineResult {
  const classSettings = rules.classSettings;
  let state = start;
  let snap = snapshot(state.ledger, state.ledger.accruedThrough, classSettings.bands);
  const allocations: (Allocation & { date: LocalDate })[] = [];
  const events: TimelineEvent[] = [];
  const history: TimelineResult['history'][number][] = [];
  let pi = 0;
  let cursor = state.ledger.accruedThrough;
  while (cursor < asOf) {
    let day = nextEvaluationDate(state, cursor, classSettings) ?? asOf;
    if (pi < payments.length && payments[pi]!.date < day) day = payments[pi]!.date;
    if (day > asOf) day = asOf;
    const todays: DatedPayment[] = [];
    while (pi < payments.length && payments[pi]!.date === day) todays.push(payments[pi++]!);
    const result = evaluateDay(state, day, todays, rules);
    const changed =
      todays.length > 0 ||
      result.events.length > 0 ||
      result.state.ledger.creditBalance !== state.ledger.creditBalance;
    state = result.state;
    snap = result.snapshot;
    allocations.push(...result.allocations);
    events.push(...result.events);
    if (changed) {
      const oldest = state.ledger.installments.find(hasUnpaidDue);
      history.push({
        date: day,
        snapshot: snap,
        decision: state.decision,
        oldestUnpaidDue: oldest?.dueDate ?? null,
      });
    }
    cursor = day;
  }
  return {
    ledger: state.ledger,
    allocations,
    snapshot: snap,
    decision: state.decision,
    onTimeStreak: state.onTimeStreak,
    state,
    events,
    history,
  };
}
