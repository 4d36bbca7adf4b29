import {
  accrualFactor,
  type ClassDecision,
  type Classification,
  classRank,
  type DayRules,
  evaluateDay,
  type Fen,
  type InstallmentLedger,
  type LocalDate,
  nextEvaluationDate,
  parseAnnualRate,
  type ServicingState,
  specificProvision,
} from '@daihou/core';
import type { EodLoan, EodLoanResult } from '@daihou/db';
import { EodLoanError, type PartitionStep, type PartitionWork } from '../eod-context';

const SUBSTANDARD: ClassDecision = { classification: 'substandard', rule: 'debtor>10%npl' };

/** The class a loan shows: its own, lifted to substandard while its enterprise debtor is over 10 % NPL. */
export function finalDecision(own: ClassDecision, debtorFloor: boolean): ClassDecision {
  return debtorFloor && classRank(own.classification) < classRank('substandard') ? SUBSTANDARD : own;
}

const sameInstallment = (a: InstallmentLedger, b: InstallmentLedger): boolean =>
  a.principalPaid === b.principalPaid &&
  a.interestPaid === b.interestPaid &&
  a.feePaid === b.feePaid &&
  a.penaltyMicro === b.penaltyMicro &&
  a.penaltyPaid === b.penaltyPaid &&
  a.compoundMicro === b.compoundMicro &&
  a.compoundPaid === b.compoundPaid;

/**
 * Closes the day for each loaded loan with core `evaluateDay` — credit balance on due dates, penalty and
 * compound accrual (RULES.md §3), DPD and bucket, the loan's own class (§5) — then the debtor floor,
 * the provision (§6) and the next day this loan needs looking at.
 */
export function closeLoanDay(loan: EodLoan, work: PartitionWork): EodLoanResult {
  const date: LocalDate = work.date;
  const settings = work.settings.products.get(loan.productCode);
  if (!settings) throw new Error(`unknown product ${loan.productCode}`);
  const rules: DayRules = {
    factor: accrualFactor(parseAnnualRate(loan.annualRate), settings),
    settings,
    classSettings: work.settings.classification,
    // The restructuring's class consequence comes from the state's observation track (core evaluateDay).
    context: { triggers: loan.triggers, restructure: null, manual: loan.manualClassification },
  };
  const before: ServicingState = {
    ledger: {
      installments: loan.installments,
      creditBalance: loan.creditBalance,
      accruedThrough: loan.accruedThrough,
    },
    bucket: loan.bucket,
    decision: { classification: loan.ownClassification, rule: loan.ownClassRule },
    status: loan.status,
    onTimeStreak: loan.onTimeStreak,
    ...(loan.restructure ? { restructure: loan.restructure } : {}),
  };
  const { state, snapshot, events } = evaluateDay(before, date, [], rules);
  const final = finalDecision(state.decision, loan.debtorNplFloor);
  const principalOwed = snapshot.outstanding.principal;
  const provision: Fen = specificProvision(
    principalOwed,
    final.classification,
    work.settings.provisions.rates,
  );
  const oldest = state.ledger.installments.find(
    (i) => i.principalPaid < i.principalDue || i.interestPaid < i.interestDue,
  );
  const changedInstallments = state.ledger.installments.filter(
    (i, idx) => !sameInstallment(i, loan.installments[idx]!),
  );
  for (const e of events) {
    if (e.kind !== 'classification') work.events.push({ loanId: loan.id, event: e });
  }
  if (final.classification !== loan.classification) {
    work.events.push({
      loanId: loan.id,
      event: {
        date,
        kind: 'classification',
        from: loan.classification,
        to: final.classification,
        rule: final.rule,
      },
    });
  }
  const result: EodLoanResult = {
    id: loan.id,
    status: state.status,
    accruedThrough: state.ledger.accruedThrough,
    creditBalance: state.ledger.creditBalance,
    principalOwed,
    oldestUnpaidDue: oldest?.dueDate ?? null,
    nextCheckDate: nextEvaluationDate(state, date, work.settings.classification),
    dpd: snapshot.dpd,
    bucket: state.bucket,
    ownClassification: state.decision.classification,
    ownClassRule: state.decision.rule,
    classification: final.classification as Classification,
    classRule: final.rule,
    onTimeStreak: state.onTimeStreak,
    specificProvision: provision,
    changedInstallments,
    ...(loan.restructure &&
    state.restructure &&
    state.restructure.observationStart !== loan.restructure.observationStart
      ? {
          observationRestart: {
            id: loan.restructure.id,
            observationStart: state.restructure.observationStart,
          },
        }
      : {}),
  };
  const historyChanged =
    result.status !== loan.status ||
    result.principalOwed !== loan.principalOwed ||
    result.creditBalance !== loan.creditBalance ||
    result.oldestUnpaidDue !== loan.oldestUnpaidDue ||
    result.classification !== loan.classification ||
    result.classRule !== loan.classRule ||
    result.specificProvision !== loan.specificProvision;
  if (historyChanged) {
    work.history.push({
      loanId: loan.id,
      status: result.status,
      principalOwed: result.principalOwed,
      creditBalance: result.creditBalance,
      oldestUnpaidDue: result.oldestUnpaidDue,
      classification: result.classification,
      classRule: result.classRule,
      specificProvision: result.specificProvision,
    });
  }
  return result;
}

export const closeDay: PartitionStep = {
  name: 'close-day',
  async run(work) {
    work.results = work.loans.map((loan) => {
      try {
        return closeLoanDay(loan, work);
      } catch (err) {
        throw new EodLoanError(loan.id, err);
      }
    });
    return work.results.length;
  },
};
