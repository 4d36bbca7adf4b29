import type { LocalDate } from '../calendar/local-date';
import type { LoanTerms, ServicingSettings } from '../product/loan-terms';
import type { LoanLedger } from '../servicing/ledger';
import { openTrack, type RestructureTrack } from './observation';
import { extendSchedule, type Rescheduled, type RestructureTerms, restructureSchedule } from './reschedule';

/** An approved extension or restructuring, effective on business date `date` (RULES.md §12). */
export type Rescheduling =
  | {
      readonly kind: 'extension';
      readonly date: LocalDate;
      readonly months: number;
      readonly forFinancialDifficulty: boolean;
    }
  | {
      readonly kind: 'restructure';
      readonly date: LocalDate;
      readonly terms: RestructureTerms;
      readonly forFinancialDifficulty: boolean;
    };

/**
 * Applies one approved change to a ledger accrued through the day before its date: the new schedule,
 * the terms from then on, and the observation track the class follows (RULES.md §5). The same function
 * serves the approval (packages/db) and the timeline replay, so both give the same loan.
 */
export function applyRescheduling(
  ledger: LoanLedger,
  terms: LoanTerms,
  settings: ServicingSettings,
  change: Rescheduling,
): Rescheduled & { readonly track: RestructureTrack } {
  const done =
    change.kind === 'extension'
      ? extendSchedule(ledger, terms, settings, change.date, change.months)
      : restructureSchedule(ledger, terms, change.date, change.terms);
  return {
    ...done,
    track: openTrack(done.ledger, change.date, change.forFinancialDifficulty, terms.frequency),
  };
}
