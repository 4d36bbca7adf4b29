import { addMonthsClamped, type LocalDate } from '../calendar/local-date';

/**
 * The two clocks a post-loan department must not let run out (RULES.md §11, §12):
 * - limitation period (诉讼时效, 民法典 art. 188, 195): 3 years from the day the claim could be enforced —
 *   the last due date — restarted (中断) by a recorded demand on the debtor, the debtor's acknowledgement
 *   or a filing in court, each made before the period ended;
 * - guarantee period (保证期间, 民法典 art. 692, 693): default 6 months after the principal debt's
 *   maturity; a demand on the guarantor within it (a joint-and-several guarantor) preserves the claim
 *   against the guarantor, whose own limitation period of 3 years then runs from that demand.
 * Pure: the dates come in, the clocks come out.
 */
export const CLOCK_EVENT_KINDS = ['demand', 'acknowledgement', 'litigation_filed'] as const;
export type ClockEventKind = (typeof CLOCK_EVENT_KINDS)[number];

export interface ClockEvent {
  readonly date: LocalDate;
  readonly kind: ClockEventKind;
}

export interface LimitationClock {
  /** The day the period started running (the last due date). */
  readonly startsOn: LocalDate;
  /** The last day of the period. */
  readonly endsOn: LocalDate;
  /** The event that started the period now running; null when none restarted it. */
  readonly restartedBy: ClockEvent | null;
  /** Events dated after the period had already ended: they do not restart it (documented choice). */
  readonly lateEvents: readonly ClockEvent[];
}

export const LIMITATION_YEARS = 3;
export const GUARANTEE_MONTHS_DEFAULT = 6;

/** The day a period of `months` started on `from` ends (民法典 art. 201: counted from the next day). */
const endAfter = (from: LocalDate, months: number): LocalDate => addMonthsClamped(from, months);

/**
 * The limitation period of a debt whose last installment fell due on `lastDueDate`, with the recorded
 * demands, acknowledgements and filings. An event on or before the end restarts the full period from its
 * date; one after the end does not revive it.
 */
export function limitationClock(
  lastDueDate: LocalDate,
  events: readonly ClockEvent[],
  years: number = LIMITATION_YEARS,
): LimitationClock {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let startsOn = lastDueDate;
  let endsOn = endAfter(lastDueDate, years * 12);
  let restartedBy: ClockEvent | null = null;
  const lateEvents: ClockEvent[] = [];
  for (const e of sorted) {
    if (e.date <= startsOn) continue;
    if (e.date > endsOn) {
      lateEvents.push(e);
      continue;
    }
    startsOn = e.date;
    endsOn = endAfter(e.date, years * 12);
    restartedBy = e;
  }
  return { startsOn, endsOn, restartedBy, lateEvents };
}

export interface GuaranteeClock {
  /** The last day a demand on the guarantor preserves the claim. */
  readonly endsOn: LocalDate;
  /** `running`: no demand yet, period not over; `preserved`: demanded in time; `lapsed`: not in time. */
  readonly status: 'running' | 'preserved' | 'lapsed';
  /** The first demand within the period. */
  readonly preservedOn: LocalDate | null;
  /** After preservation: the guarantor's limitation period, restarted by later demands on them. */
  readonly guarantorLimitation: LimitationClock | null;
}

/**
 * The guarantee period of a guarantee on a debt maturing on `maturityDate`, given the demands made on
 * the guarantor (dates), as of `asOf`. A demand dated before maturity does not count (the debt was not
 * yet due from the guarantor); the first one from maturity to the end preserves the claim.
 */
export function guaranteeClock(
  maturityDate: LocalDate,
  demandsOnGuarantor: readonly LocalDate[],
  asOf: LocalDate,
  months: number = GUARANTEE_MONTHS_DEFAULT,
): GuaranteeClock {
  const endsOn = endAfter(maturityDate, months);
  const inTime = demandsOnGuarantor.filter((d) => d >= maturityDate && d <= endsOn).sort();
  const first = inTime[0];
  if (first !== undefined) {
    const later = demandsOnGuarantor
      .filter((d) => d > first)
      .map((d): ClockEvent => ({ date: d, kind: 'demand' }));
    return {
      endsOn,
      status: 'preserved',
      preservedOn: first,
      guarantorLimitation: limitationClock(first, later),
    };
  }
  return {
    endsOn,
    status: asOf > endsOn ? 'lapsed' : 'running',
    preservedOn: null,
    guarantorLimitation: null,
  };
}
