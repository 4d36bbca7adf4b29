import {
  applyRescheduling,
  checkExtension,
  compoundOwed,
  DomainError,
  type ExtensionCheck,
  formatYuan,
  type InstallmentLedger,
  type LoanLedger,
  type LocalDate,
  outstandingOf,
  parseAnnualRate,
  penaltyOwed,
  type RepaymentMethod,
  type Rescheduled,
  type Rescheduling,
  type RestructureTrack,
  termMonths,
} from '@daihou/core';
import { z } from 'zod';
import type { Loan, LoanWithLedger } from '../repositories/loan.repo';
import { loadServicingSettings } from '../repositories/product.repo';
import { getBusinessDate } from '../repositories/system-state.repo';
import { ledgerOnEve } from '../services/ledger-on-eve';
import { localDateText } from '../shared/local-date-text';
import type { Sql } from '../sql-client';
import { extensionHistory, type GuarantorConsentRecord, loanScheduleState } from './rescheduling.repo';

const dateText = localDateText.transform((s) => s as LocalDate);

export const guarantorConsentSchema = z.strictObject({
  /** The guarantee (保证合同) of the loan's contract the consent is for. */
  guaranteeId: z.string().regex(/^[1-9]\d{0,17}$/, 'must be a guarantee id'),
  /** The day the guarantor consented in writing (on or before today). */
  consentDate: dateText,
  /** Where the written consent is kept: a document number or archive reference. */
  evidence: z.string().trim().min(1, 'is required').max(500),
});

const consents = z.array(guarantorConsentSchema).max(50);

export const extensionPayloadSchema = z.strictObject({
  /** Months added to the maturity (a quarterly loan: a multiple of 3). */
  months: z.number().int().min(1).max(120),
  /** Extended because the debtor is in financial difficulty: RULES.md §5 treats it as restructured. */
  forFinancialDifficulty: z.boolean(),
  guarantorConsents: consents,
});
export type ExtensionPayload = z.infer<typeof extensionPayloadSchema>;

export const RESTRUCTURE_METHODS = ['equal_installment', 'equal_principal', 'interest_only'] as const;

export const restructurePayloadSchema = z.strictObject({
  /** The new annual rate in percent ("4.35"). */
  annualRate: z.string().regex(/^\d{1,2}(\.\d{1,8})?$/, 'must be an annual rate in percent, e.g. "4.35"'),
  method: z.enum(RESTRUCTURE_METHODS),
  /** Installments of the new schedule, from the first due date after the change. */
  periods: z.number().int().min(1).max(360),
  forFinancialDifficulty: z.boolean(),
  guarantorConsents: consents,
});
export type RestructurePayload = z.infer<typeof restructurePayloadSchema>;

export type ReschedulingPayload =
  | ({ readonly kind: 'extension' } & ExtensionPayload)
  | ({ readonly kind: 'restructure' } & RestructurePayload);

const violation = (field: string, message: string) =>
  new DomainError('rule_violation', `${field}: ${message}`, field);

/** The loan's guarantees (every one must consent) by id. */
async function guaranteesOf(sql: Sql, contractId: string) {
  return sql.query<{ id: string; guarantor_name: string }>(
    'select id::text as id, guarantor_name from guarantee where contract_id = $1 order by id',
    [contractId],
  );
}

/**
 * RULES.md §12: the guarantors must consent. Every guarantee of the loan's contract needs one consent,
 * dated on or before `date`; a consent for a guarantee the loan does not have is bad input.
 */
export async function checkGuarantorConsents(
  sql: Sql,
  loan: Loan,
  given: ExtensionPayload['guarantorConsents'],
  date: LocalDate,
): Promise<GuarantorConsentRecord[]> {
  const guarantees = await guaranteesOf(sql, loan.contractId);
  const byId = new Map(guarantees.map((g) => [g.id, g.guarantor_name]));
  const seen = new Set<string>();
  const out: GuarantorConsentRecord[] = [];
  for (const [i, c] of given.entries()) {
    const name = byId.get(c.guaranteeId);
    if (name === undefined) {
      throw new DomainError(
        'bad_input',
        `guarantorConsents[${i}].guaranteeId: loan ${loan.id} has no guarantee ${c.guaranteeId}`,
        `guarantorConsents[${i}].guaranteeId`,
      );
    }
    if (seen.has(c.guaranteeId)) {
      throw new DomainError(
        'bad_input',
        `guarantorConsents[${i}].guaranteeId: guarantee ${c.guaranteeId} is listed twice`,
        `guarantorConsents[${i}].guaranteeId`,
      );
    }
    if (c.consentDate > date) {
      throw new DomainError(
        'bad_input',
        `guarantorConsents[${i}].consentDate: ${c.consentDate} is after today (${date})`,
        `guarantorConsents[${i}].consentDate`,
      );
    }
    seen.add(c.guaranteeId);
    out.push({
      guaranteeId: c.guaranteeId,
      guarantorName: name,
      consentDate: c.consentDate,
      evidence: c.evidence,
    });
  }
  const missing = guarantees.filter((g) => !seen.has(g.id));
  if (missing.length > 0) {
    throw violation(
      'guarantorConsents',
      `every guarantor must consent (RULES.md §12); no consent from ${missing
        .map((g) => `${g.guarantor_name} (guarantee ${g.id})`)
        .join(', ')}`,
    );
  }
  return out;
}

export interface ReschedulingPlan {
  readonly date: LocalDate;
  readonly eve: ReturnType<typeof ledgerOnEve>;
  readonly applied: Rescheduled & { readonly track: RestructureTrack };
  readonly change: Rescheduling;
  readonly extension: ExtensionCheck | null;
  readonly scheduleVersion: number;
  readonly consents: GuarantorConsentRecord[];
}

/**
 * Everything an extension or restructuring of this loan today would do, checked against the rules and
 * not written: the quote, the maker's request and the approval all come through here, so they cannot
 * disagree. Refusals: rule_violation (a loan not active, the day closed, after maturity, beyond the
 * extension limit, a guarantor without consent) and bad_input, each naming the field.
 */
export async function planRescheduling(
  sql: Sql,
  locked: LoanWithLedger,
  payload: ReschedulingPayload,
  options: { readonly requireConsents: boolean },
): Promise<ReschedulingPlan> {
  const { loan } = locked;
  if (loan.status !== 'active') throw violation('id', `loan ${loan.id} is ${loan.status}`);
  const date = await getBusinessDate(sql);
  if (loan.accruedThrough >= date) {
    throw violation(
      'date',
      `${date} is already closed by end of day for this loan; try again on the next business date`,
    );
  }
  const settings = await loadServicingSettings(sql, loan.productCode);
  const state = (await loanScheduleState(sql, loan.id))!;
  let extension: ExtensionCheck | null = null;
  let change: Rescheduling;
  if (payload.kind === 'extension') {
    const history = await extensionHistory(sql, loan.id);
    const originalTerm = history.first?.oldTerm ?? loan.terms.term;
    const originalMethod = (history.first?.oldMethod ?? loan.terms.method) as RepaymentMethod;
    extension = checkExtension({
      date,
      maturityDate: loan.maturityDate,
      method: loan.terms.method,
      frequency: loan.terms.frequency,
      originalMonths: termMonths(originalTerm, originalMethod, loan.terms.frequency),
      extendedMonths: history.extendedMonths,
      months: payload.months,
    });
    change = {
      kind: 'extension',
      date,
      months: payload.months,
      forFinancialDifficulty: payload.forFinancialDifficulty,
    };
  } else {
    const annualRate = parseAnnualRate(payload.annualRate);
    change = {
      kind: 'restructure',
      date,
      terms: { annualRate, method: payload.method, periods: payload.periods },
      forFinancialDifficulty: payload.forFinancialDifficulty,
    };
  }
  const consents = options.requireConsents
    ? await checkGuarantorConsents(sql, loan, payload.guarantorConsents, date)
    : [];
  const eve = ledgerOnEve(loan, locked.ledger, settings, date);
  const applied = applyRescheduling(eve.ledger, loan.terms, settings, change);
  return { date, eve, applied, change, extension, scheduleVersion: state.scheduleVersion, consents };
}

const yuan = (n: number) => formatYuan(n);

export const installmentView = (i: InstallmentLedger) => ({
  period: i.period,
  dueDate: i.dueDate,
  principalDue: yuan(i.principalDue),
  interestDue: yuan(i.interestDue),
  feeDue: yuan(i.feeDue),
  penaltyCarried: yuan(penaltyOwed(i)),
  compoundCarried: yuan(compoundOwed(i)),
});

/** The quote of a plan as key/value pairs (also the approval's result and the loan event's payload). */
export function planJson(loan: Loan, plan: ReschedulingPlan) {
  const a = plan.applied;
  const newPeriods = new Set(a.schedule.map((s) => s.period));
  return {
    kind: plan.change.kind,
    effectiveDate: plan.date,
    forFinancialDifficulty: plan.change.forFinancialDifficulty,
    oldAnnualRate: loan.terms.annualRate.text,
    oldMethod: loan.terms.method,
    oldMaturityDate: loan.maturityDate,
    annualRate: a.terms.annualRate.text,
    method: a.terms.method,
    maturityDate: a.maturityDate,
    months: plan.change.kind === 'extension' ? plan.change.months : undefined,
    periods: plan.change.kind === 'restructure' ? a.schedule.length : undefined,
    termClass: plan.extension?.termClass,
    extensionLimitMonths: plan.extension?.limitMonths,
    extensionMonthsLeft: plan.extension?.remainingMonths,
    principal: yuan(a.principal),
    principalOwed: yuan(outstandingOf(a.ledger, plan.date).principal),
    carriedOverduePrincipal: yuan(a.carried.overduePrincipal),
    carriedInterest: yuan(a.carried.interest),
    carriedFee: yuan(a.carried.fee),
    carriedPenalty: yuan(a.carried.penalty),
    carriedCompound: yuan(a.carried.compound),
    observationStart: a.track.observationStart,
    schedule: a.ledger.installments.filter((i) => newPeriods.has(i.period)).map(installmentView),
  };
}

/** Principal of every installment the plan keeps or adds; tests use it to check RULES.md §7. */
export const principalDueTotal = (l: LoanLedger): number =>
  l.installments.reduce((s, i) => s + i.principalDue, 0);
