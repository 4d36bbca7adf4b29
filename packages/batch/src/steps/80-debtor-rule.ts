import { applyDebtorRule } from '@daihou/db';
import type { RunStep } from '../eod-context';

/** RULES.md §5: an enterprise debtor over 10 % non-performing lifts all its loans to substandard. */
export const debtorRule: RunStep = {
  name: 'debtor-rule',
  run: (tx, date, settings) =>
    applyDebtorRule(tx, date, settings.classification.debtorNplShare, settings.provisions.rates),
};
