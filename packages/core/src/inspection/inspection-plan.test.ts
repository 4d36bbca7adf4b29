import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import {
  type LoanInspectionFacts,
  planLoanInspections,
  selectSpotChecks,
  spotCheckCount,
} from './inspection-plan';
import { DEFAULT_INSPECTION_SETTINGS as S } from './inspection-settings';

const d = (s: string) => s as LocalDate;

const loan = (over: Partial<LoanInspectionFacts> = {}): LoanInspectionFacts => ({
  status: 'active',
  disbursementDate: d('2026-03-10'),
  maturityDate: d('2027-03-10'),
  paymentMode: 'entrusted',
  customerType: 'individual',
  isKeyCustomer: false,
  lastCompleted: { first: null, periodic: null },
  firstTaskExists: false,
  openKinds: [],
  dpd: 0,
  overduePrincipal: 0,
  overdueSince: null,
  lastRuleAdhocOn: null,
  ...over,
});

describe('first inspection (RULES.md §9)', () => {
  it('is due 7 days after disbursement, 3 for self payment', () => {
    expect(planLoanInspections(loan(), d('2026-03-10'), S)).toEqual([
      { kind: 'first', dueDate: '2026-03-17', reason: 'first' },
    ]);
    expect(planLoanInspections(loan({ paymentMode: 'self' }), d('2026-03-11'), S)).toEqual([
      { kind: 'first', dueDate: '2026-03-13', reason: 'first:self_payment' },
    ]);
  });

  it('is planned once per loan, and not for a loan found after its due date', () => {
    expect(planLoanInspections(loan({ firstTaskExists: true }), d('2026-03-10'), S)).toEqual([]);
    expect(planLoanInspections(loan(), d('2026-03-17'), S)).toEqual([]);
    expect(planLoanInspections(loan(), d('2026-03-09'), S)).toEqual([]);
  });

  it('plans nothing for settled or written-off loans', () => {
    const overdue = { dpd: 90, overduePrincipal: 100, overdueSince: d('2026-05-10') };
    for (const status of ['settled', 'written_off'] as const) {
      expect(planLoanInspections(loan({ status, ...overdue }), d('2026-03-10'), S)).toEqual([]);
    }
  });
});

describe('periodic inspection', () => {
  it('individuals yearly from disbursement, appearing 15 days ahead', () => {
    const l = loan({ firstTaskExists: true, maturityDate: d('2028-03-10') });
    expect(planLoanInspections(l, d('2027-02-22'), S)).toEqual([]);
    expect(planLoanInspections(l, d('2027-02-23'), S)).toEqual([
      { kind: 'periodic', dueDate: '2027-03-10', reason: 'periodic:individual' },
    ]);
  });

  it('enterprises and key customers quarterly, from the last completed inspection', () => {
    const e = loan({
      firstTaskExists: true,
      customerType: 'enterprise',
      lastCompleted: { first: d('2026-03-15'), periodic: null },
    });
    expect(planLoanInspections(e, d('2026-06-01'), S)).toEqual([
      { kind: 'periodic', dueDate: '2026-06-15', reason: 'periodic:enterprise' },
    ]);
    const k = loan({
      firstTaskExists: true,
      isKeyCustomer: true,
      lastCompleted: { first: null, periodic: d('2026-04-30') },
    });
    expect(planLoanInspections(k, d('2026-07-15'), S)).toEqual([
      { kind: 'periodic', dueDate: '2026-07-30', reason: 'periodic:key_customer' },
    ]);
  });

  it('a loan with no inspection on record (an old book brought in) rolls to the next date of its rhythm', () => {
    const old = loan({
      firstTaskExists: true,
      disbursementDate: d('2024-01-15'),
      maturityDate: d('2030-01-15'),
    });
    expect(planLoanInspections(old, d('2026-03-01'), S)).toEqual([]);
    expect(planLoanInspections(old, d('2026-12-31'), S)).toEqual([
      { kind: 'periodic', dueDate: '2027-01-15', reason: 'periodic:individual' },
    ]);
  });

  it('not while one is open, and not when the loan matures first', () => {
    const open = loan({ firstTaskExists: true, openKinds: ['periodic'], maturityDate: d('2028-03-10') });
    expect(planLoanInspections(open, d('2027-03-01'), S)).toEqual([]);
    const short = loan({ firstTaskExists: true, maturityDate: d('2027-03-10') });
    expect(planLoanInspections(short, d('2027-03-01'), S)).toEqual([]);
  });
});

describe('ad-hoc inspection', () => {
  const overdue = { firstTaskExists: true, overdueSince: d('2026-04-10') };

  it('when any principal is overdue, or DPD reaches 60 on interest', () => {
    expect(
      planLoanInspections(loan({ ...overdue, dpd: 1, overduePrincipal: 500 }), d('2026-04-11'), S),
    ).toEqual([{ kind: 'adhoc', dueDate: '2026-04-18', reason: 'adhoc:principal_overdue' }]);
    expect(planLoanInspections(loan({ ...overdue, dpd: 59 }), d('2026-06-08'), S)).toEqual([]);
    expect(planLoanInspections(loan({ ...overdue, dpd: 60 }), d('2026-06-09'), S)).toEqual([
      { kind: 'adhoc', dueDate: '2026-06-16', reason: 'adhoc:dpd>=60' },
    ]);
  });

  it('once per overdue episode and never beside an open one', () => {
    const handled = loan({ ...overdue, dpd: 70, lastRuleAdhocOn: d('2026-04-11') });
    expect(planLoanInspections(handled, d('2026-06-19'), S)).toEqual([]);
    const before = loan({ ...overdue, dpd: 70, lastRuleAdhocOn: d('2026-01-05') });
    expect(planLoanInspections(before, d('2026-06-19'), S).map((t) => t.kind)).toEqual(['adhoc']);
    const open = loan({ ...overdue, dpd: 70, openKinds: ['adhoc'] });
    expect(planLoanInspections(open, d('2026-06-19'), S)).toEqual([]);
  });
});

describe('spot checks', () => {
  it('cover at least the share, rounded up', () => {
    expect(spotCheckCount(0, S.spotCheckShare)).toBe(0);
    expect(spotCheckCount(1, S.spotCheckShare)).toBe(1);
    expect(spotCheckCount(10, S.spotCheckShare)).toBe(1);
    expect(spotCheckCount(11, S.spotCheckShare)).toBe(2);
  });

  it('choose by key, then id, whatever the input order', () => {
    const c = [
      { loanId: '3', key: 'b' },
      { loanId: '1', key: 'c' },
      { loanId: '2', key: 'a' },
      { loanId: '10', key: 'a' },
    ];
    expect(selectSpotChecks(c, { n: 1n, d: 2n })).toEqual(['2', '10']);
    expect(selectSpotChecks([...c].reverse(), { n: 1n, d: 2n })).toEqual(['2', '10']);
  });
});
