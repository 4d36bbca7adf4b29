import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';
import { type Fen, parseYuan } from '../money/fen';
import { type LoanTermsInput, parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import { replayLoan } from '../servicing/replay';
import { payoffQuote, prepaymentQuote } from './prepayment-quote';

const day = (text: string) => parseLocalDate(text);
const y = (text: string): Fen => parseYuan(text);
const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'bad_input') return e.field;
    throw e;
  }
  throw new Error('expected bad input');
};

// RULES.md §2: 120,000.00 at 6.00 %, 12 months, equal installment 10,327.97 from 2026-01-10.
const SECTION_2: LoanTermsInput = {
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
};
const terms = parseLoanTerms(SECTION_2);

/** The §2 loan with `repayments` replayed through the day before `date`. */
function loanOn(date: string, repayments: [string, string][], settings = parseServicingSettings()) {
  return replayLoan({
    terms,
    settings,
    repayments: repayments.map(([d, a]) => ({ date: day(d), amount: y(a) })),
    asOf: addDays(day(date), -1),
  }).ledger;
}

const ON_TIME_3: [string, string][] = [
  ['2026-02-10', '10327.97'],
  ['2026-03-10', '10327.97'],
  ['2026-04-10', '10327.97'],
];

describe('payoffQuote (结清试算, RULES.md §4)', () => {
  // After 3 on-time installments the balance is B(3) = 120,000.00 − 9,727.97 − 9,776.61 − 9,825.49
  // = 90,669.93. Broken period 04-10 → 05-01 = 21 days: 90,669.93 × 6 % / 360 × 21 = 317.3448 → 317.34.
  it('§2 loan, 3 installments paid on time, payoff 2026-05-01: 90,669.93 + 317.34 = 90,987.27', () => {
    const ledger = loanOn('2026-05-01', ON_TIME_3);
    const q = payoffQuote(ledger, terms, parseServicingSettings(), day('2026-05-01'));
    expect(q).toEqual({
      date: '2026-05-01',
      duePrincipal: 0,
      dueInterest: 0,
      penalty: 0,
      compound: 0,
      dueFee: 0,
      notDuePrincipal: y('90669.93'),
      prepaidPrincipal: y('90669.93'),
      principalAfter: 0,
      brokenPeriodFrom: '2026-04-10',
      brokenPeriodDays: 21,
      brokenPeriodInterest: y('317.34'),
      prepaymentFee: 0,
      grossAmount: y('90987.27'),
      creditBalanceApplied: 0,
      netAmount: y('90987.27'),
    });
  });

  it('adds a 1 % fee on the prepaid principal: 1 % × 90,669.93 = 906.6993 → 906.70, total 91,893.97', () => {
    const settings = parseServicingSettings({ prepaymentFeeRate: '0.01' });
    const q = payoffQuote(loanOn('2026-05-01', ON_TIME_3, settings), terms, settings, day('2026-05-01'));
    expect(q.prepaymentFee).toBe(y('906.70'));
    expect(q.grossAmount).toBe(y('91893.97'));
    expect(q.netAmount).toBe(y('91893.97'));
  });

  // 01-10 → 05-01 = 31 + 28 + 31 + 21 = 111 days.
  it('waives the fee when 05-01 is day 111 of a 111-day free window, charges it with a 110-day window', () => {
    const feeWith = (freeDays: number) => {
      const settings = parseServicingSettings({ prepaymentFeeRate: '0.01', prepaymentFeeFreeDays: freeDays });
      return payoffQuote(loanOn('2026-05-01', ON_TIME_3, settings), terms, settings, day('2026-05-01'))
        .prepaymentFee;
    };
    expect(feeWith(111)).toBe(0);
    expect(feeWith(110)).toBe(y('906.70'));
  });

  // RULES.md §3 worked example: at the end of 06-30 overdue principal 25,227.28, overdue interest 857.33,
  // penalty 232.52, compound 7.80, principal owed 96,098.60. Not yet due: 96,098.60 − 25,227.28 =
  // 70,871.32; broken period 06-10 → 07-01 = 21 days: 70,871.32 × 6 % / 360 × 21 = 248.0496 → 248.05.
  // 25,227.28 + 857.33 + 232.52 + 7.80 + 70,871.32 + 248.05 = 97,444.30.
  it('§3 delinquent loan, payoff 2026-07-01: overdue amounts, penalty and compound come first: 97,444.30', () => {
    const ledger = loanOn('2026-07-01', [
      ['2026-02-10', '10327.97'],
      ['2026-03-10', '10327.97'],
      ['2026-05-20', '5000.00'],
    ]);
    const q = payoffQuote(ledger, terms, parseServicingSettings(), day('2026-07-01'));
    expect(q.duePrincipal).toBe(y('25227.28'));
    expect(q.dueInterest).toBe(y('857.33'));
    expect(q.penalty).toBe(y('232.52'));
    expect(q.compound).toBe(y('7.80'));
    expect(q.notDuePrincipal).toBe(y('70871.32'));
    expect(q.brokenPeriodFrom).toBe('2026-06-10');
    expect(q.brokenPeriodDays).toBe(21);
    expect(q.brokenPeriodInterest).toBe(y('248.05'));
    expect(q.netAmount).toBe(y('97444.30'));
  });

  // Installment 4 (due 05-10): principal 9,874.62, interest round(90,669.93 × 0.5 %) = 453.35. Then
  // 80,795.31 is not yet due and the broken period 05-10 → 05-10 is 0 days.
  it('on a due date the installment due that day is owed in full and the broken period is 0 days', () => {
    const q = payoffQuote(
      loanOn('2026-05-10', ON_TIME_3),
      terms,
      parseServicingSettings(),
      day('2026-05-10'),
    );
    expect(q.duePrincipal).toBe(y('9874.62'));
    expect(q.dueInterest).toBe(y('453.35'));
    expect(q.notDuePrincipal).toBe(y('80795.31'));
    expect(q.brokenPeriodDays).toBe(0);
    expect(q.brokenPeriodInterest).toBe(0);
    expect(q.netAmount).toBe(y('91123.28'));
  });

  it('subtracts the credit balance: 500.00 overpaid on 04-10 → net 90,987.27 − 500.00 = 90,487.27', () => {
    const ledger = loanOn('2026-05-01', [...ON_TIME_3.slice(0, 2), ['2026-04-10', '10827.97']]);
    const q = payoffQuote(ledger, terms, parseServicingSettings(), day('2026-05-01'));
    expect(q.grossAmount).toBe(y('90987.27'));
    expect(q.creditBalanceApplied).toBe(y('500.00'));
    expect(q.netAmount).toBe(y('90487.27'));
  });

  // 200,000.00 paid on 02-10: installment 1 takes 10,327.97, 189,672.03 waits as credit balance.
  // Payoff 02-11: 110,272.03 + round(110,272.03 × 6 % / 360 × 1 = 18.3787) = 18.38 → 110,290.41.
  it('applies no more credit than the gross amount: net 0.00 when the credit balance covers it', () => {
    const q = payoffQuote(
      loanOn('2026-02-11', [['2026-02-10', '200000.00']]),
      terms,
      parseServicingSettings(),
      day('2026-02-11'),
    );
    expect(q.grossAmount).toBe(y('110290.41'));
    expect(q.creditBalanceApplied).toBe(y('110290.41'));
    expect(q.netAmount).toBe(0);
  });

  // Bullet (RULES.md §2): 50,000.00 at 5.22 %, 6 months from 2026-03-31, due 09-30. Payoff 06-30:
  // 03-31 → 06-30 = 91 days, 50,000.00 × 5.22 % / 360 × 91 = 659.75.
  it('bullet: the broken period runs from disbursement: 50,000.00 + 659.75 = 50,659.75', () => {
    const bullet = parseLoanTerms({
      principal: '50000.00',
      annualRate: '5.22',
      term: 6,
      method: 'bullet',
      disbursementDate: '2026-03-31',
    });
    const settings = parseServicingSettings();
    const ledger = replayLoan({ terms: bullet, settings, repayments: [], asOf: day('2026-06-29') }).ledger;
    const q = payoffQuote(ledger, bullet, settings, day('2026-06-30'));
    expect(q.brokenPeriodFrom).toBe('2026-03-31');
    expect(q.brokenPeriodDays).toBe(91);
    expect(q.brokenPeriodInterest).toBe(y('659.75'));
    expect(q.netAmount).toBe(y('50659.75'));
  });

  it('refuses a ledger not accrued through the day before, naming date', () => {
    const ledger = loanOn('2026-05-01', ON_TIME_3);
    expect(fieldOf(() => payoffQuote(ledger, terms, parseServicingSettings(), day('2026-05-02')))).toBe(
      'date',
    );
    expect(fieldOf(() => payoffQuote(ledger, terms, parseServicingSettings(), day('2026-04-30')))).toBe(
      'date',
    );
  });
});

describe('prepaymentQuote (提前还款试算)', () => {
  // 20,000.00 × 6 % / 360 × 21 days = 70.00; with 1 % fee 200.00.
  it('prepaying 20,000.00 on 2026-05-01 costs 20,000.00 + 70.00 (+ 200.00 with a 1 % fee)', () => {
    const ledger = loanOn('2026-05-01', ON_TIME_3);
    const q = prepaymentQuote(ledger, terms, parseServicingSettings(), day('2026-05-01'), y('20000.00'));
    expect(q.brokenPeriodInterest).toBe(y('70.00'));
    expect(q.principalAfter).toBe(y('70669.93'));
    expect(q.netAmount).toBe(y('20070.00'));
    const withFee = parseServicingSettings({ prepaymentFeeRate: '0.01' });
    expect(prepaymentQuote(ledger, terms, withFee, day('2026-05-01'), y('20000.00')).netAmount).toBe(
      y('20270.00'),
    );
  });

  it('refuses prepaying nothing or all the principal not yet due, naming prepaidPrincipal', () => {
    const ledger = loanOn('2026-05-01', ON_TIME_3);
    const quote = (p: string) =>
      prepaymentQuote(ledger, terms, parseServicingSettings(), day('2026-05-01'), y(p));
    expect(fieldOf(() => quote('0.00'))).toBe('prepaidPrincipal');
    expect(fieldOf(() => quote('90669.93'))).toBe('prepaidPrincipal');
    expect(quote('90669.92').principalAfter).toBe(1);
  });
});
