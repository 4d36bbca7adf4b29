import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import { DEFAULT_SERVICING } from '../product/loan-terms';
import { parseLoanTerms } from '../product/validate-terms';
import { replayLoan } from '../servicing/replay';
import {
  allocateRecovery,
  checkWriteOffEligibility,
  type WriteOffAmounts,
  type WriteOffApplication,
  type WriteOffFacts,
  writeOffAmounts,
} from './write-off';

const d = (s: string) => s as LocalDate;
const f = (n: number) => n as Fen;
const amounts = (p: number, i = 0, pe = 0, c = 0, fee = 0): WriteOffAmounts => ({
  principal: f(p),
  interest: f(i),
  penalty: f(pe),
  compound: f(c),
  fee: f(fee),
});
const app: WriteOffApplication = {
  cause: 'bankruptcy',
  evidence: ['(2026)京01破12号 裁定书'],
  recoveryEfforts: 'calls, visits, demand letters, claim filed with the administrator',
  responsibility: { persons: [], finding: 'no_fault', conclusion: '经调查，经办人员已尽职', measures: '' },
};
const facts: WriteOffFacts = {
  status: 'active',
  creditBalance: f(0),
  amounts: amounts(1_000_000, 20_000, 3_000, 100),
  oldestUnpaidDue: d('2026-01-10'),
  recoveryEffortCount: 3,
  litigationStages: [],
  businessDate: d('2026-12-01'),
};
const refusal = (a: WriteOffApplication, x: WriteOffFacts) => {
  try {
    checkWriteOffEligibility(a, x);
  } catch (e) {
    const err = e as { code: string; field: string };
    return { code: err.code, field: err.field };
  }
  return null;
};

describe('checkWriteOffEligibility (RULES.md §12)', () => {
  it('accepts an overdue loan with evidence, efforts and a responsibility determination', () => {
    expect(refusal(app, facts)).toBeNull();
  });
  it('no evidence, or blank evidence, is bad input on evidence', () => {
    expect(refusal({ ...app, evidence: [] }, facts)).toEqual({ code: 'bad_input', field: 'evidence' });
    expect(refusal({ ...app, evidence: [' '] }, facts)).toEqual({ code: 'bad_input', field: 'evidence' });
  });
  it('needs recovery efforts described and recorded', () => {
    expect(refusal({ ...app, recoveryEfforts: '' }, facts)).toEqual({
      code: 'bad_input',
      field: 'recoveryEfforts',
    });
    expect(refusal(app, { ...facts, recoveryEffortCount: 0 })).toEqual({
      code: 'rule_violation',
      field: 'recoveryEfforts',
    });
  });
  it('needs a responsibility determination; a fault finding names persons and measures', () => {
    const r = app.responsibility;
    expect(refusal({ ...app, responsibility: { ...r, conclusion: '' } }, facts)?.field).toBe(
      'responsibility.conclusion',
    );
    expect(
      refusal({ ...app, responsibility: { ...r, finding: 'fault', persons: ['manager.a'] } }, facts)?.field,
    ).toBe('responsibility.measures');
    expect(
      refusal({ ...app, responsibility: { ...r, finding: 'fault', measures: '通报批评' } }, facts)?.field,
    ).toBe('responsibility.persons');
    expect(
      refusal(
        { ...app, responsibility: { ...r, finding: 'fault', persons: ['manager.a'], measures: '通报批评' } },
        facts,
      ),
    ).toBeNull();
  });
  it('refuses loans that are not active and overdue, or hold a credit balance', () => {
    expect(refusal(app, { ...facts, status: 'settled' })?.code).toBe('rule_violation');
    expect(refusal(app, { ...facts, status: 'written_off' })?.code).toBe('rule_violation');
    expect(refusal(app, { ...facts, oldestUnpaidDue: null })?.field).toBe('loanId');
    expect(refusal(app, { ...facts, oldestUnpaidDue: d('2026-12-01') })?.field).toBe('loanId');
    expect(refusal(app, { ...facts, creditBalance: f(1) })?.field).toBe('loanId');
  });
  it('enforcement_ended needs a litigation case that reached enforcement', () => {
    const a = { ...app, cause: 'enforcement_ended' as const };
    expect(refusal(a, facts)).toEqual({ code: 'rule_violation', field: 'cause' });
    expect(refusal(a, { ...facts, litigationStages: ['filing', 'judgment', 'enforcement'] })).toBeNull();
  });
  it('small_balance: at most 50,000.00 and pursued at least 180 days', () => {
    const a = { ...app, cause: 'small_balance' as const };
    const small = { ...facts, amounts: amounts(4_900_000, 100_000) };
    expect(refusal(a, { ...small, oldestUnpaidDue: d('2026-06-04') })).toBeNull(); // 180 days
    expect(refusal(a, { ...small, oldestUnpaidDue: d('2026-06-05') })?.field).toBe('cause'); // 179
    expect(refusal(a, { ...small, amounts: amounts(4_900_000, 100_001) })?.field).toBe('cause');
  });
});

describe('writeOffAmounts', () => {
  it('takes all principal owed, interest due and unpaid, penalty and compound owed', () => {
    const terms = parseLoanTerms({
      principal: '120000.00',
      annualRate: '6.00',
      term: 12,
      method: 'equal_installment',
      disbursementDate: '2026-01-10',
    });
    const { ledger } = replayLoan({
      terms,
      settings: DEFAULT_SERVICING,
      repayments: [
        { date: d('2026-02-10'), amount: f(1_032_797) },
        { date: d('2026-03-10'), amount: f(1_032_797) },
        { date: d('2026-05-20'), amount: f(500_000) },
      ],
      asOf: d('2026-06-30'),
    });
    // RULES.md §3 worked example at the end of 2026-06-30.
    expect(writeOffAmounts(ledger)).toEqual(amounts(9_609_860, 85_733, 23_252, 780));
  });
});

describe('allocateRecovery', () => {
  const off = amounts(10_000, 500, 200, 50, 10);
  it('pays principal, then interest, fee, penalty, compound', () => {
    expect(allocateRecovery(off, amounts(0), f(10_600))).toEqual({
      principal: 10_000,
      interest: 500,
      fee: 10,
      penalty: 90,
      compound: 0,
    });
    expect(allocateRecovery(off, amounts(10_000, 500, 90, 0, 10), f(160))).toEqual({
      principal: 0,
      interest: 0,
      fee: 0,
      penalty: 110,
      compound: 50,
    });
  });
  it('refuses more than is still written off, and non-positive amounts', () => {
    expect(() => allocateRecovery(off, amounts(0), f(10_761))).toThrow(/amount/);
    expect(() => allocateRecovery(off, amounts(0), f(0))).toThrow(/amount/);
  });
});
