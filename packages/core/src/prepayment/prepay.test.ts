import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';
import { accrualFactor } from '../interest/accrual';
import { type Fen, formatYuan, parseYuan } from '../money/fen';
import type { LoanTerms, ServicingSettings } from '../product/loan-terms';
import { type LoanTermsInput, parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import type { ScheduledInstallment } from '../schedule/installment';
import {
  compoundOwed,
  interestUnpaid,
  type LoanLedger,
  penaltyOwed,
  principalUnpaid,
} from '../servicing/ledger';
import { advanceLedger, replayLoan } from '../servicing/replay';
import { isSettled, snapshot } from '../servicing/snapshot';
import { type PrepaymentResult, prepay } from './prepay';
import type { PrepaymentMode } from './remaining-schedule';

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

const loan = (method: LoanTermsInput['method'], extra: Partial<LoanTermsInput> = {}): LoanTerms =>
  parseLoanTerms({
    principal: '120000.00',
    annualRate: '6.00',
    term: 12,
    method,
    disbursementDate: '2026-01-10',
    ...extra,
  });

const EI = loan('equal_installment');
const DEFAULTS = parseServicingSettings();

function ledgerOn(
  terms: LoanTerms,
  date: string,
  repayments: [string, string][],
  settings: ServicingSettings = DEFAULTS,
): LoanLedger {
  return replayLoan({
    terms,
    settings,
    repayments: repayments.map(([d, a]) => ({ date: day(d), amount: y(a) })),
    asOf: addDays(day(date), -1),
  }).ledger;
}

const onTime3 = (installment: string): [string, string][] => [
  ['2026-02-10', installment],
  ['2026-03-10', installment],
  ['2026-04-10', installment],
];

/** §2 loan, 3 installments paid on time, ledger through 2026-04-30. */
const eiOn0501 = (settings: ServicingSettings = DEFAULTS) =>
  ledgerOn(EI, '2026-05-01', onTime3('10327.97'), settings);

const run = (
  ledger: LoanLedger,
  date: string,
  amount: string,
  mode: PrepaymentMode,
  terms: LoanTerms = EI,
  settings: ServicingSettings = DEFAULTS,
): PrepaymentResult => prepay(ledger, terms, settings, day(date), y(amount), mode);

const line = (s: ScheduledInstallment) => [s.period, s.dueDate, s.principal, s.interest];
const total = (s: ScheduledInstallment) => s.principal + s.interest;
const sumPrincipalDue = (l: LoanLedger) => l.installments.reduce((a, i) => a + i.principalDue, 0);

describe('prepay keep_term / keep_installment: §2 loan, 20,000.00 principal prepaid on 2026-05-01', () => {
  // B(3) = 90,669.93; broken interest 20,000.00 × 6 % / 360 × 21 days = 70.00; amount 20,070.00.
  // New balance 70,669.93 over the same periods 4…12.
  it('keep_term: the installment falls from 10,327.97 to 8,049.83 over the same 9 periods', () => {
    const r = run(eiOn0501(), '2026-05-01', '20070.00', 'keep_term');
    expect(r.charge).toEqual({
      period: 1001,
      date: '2026-05-01',
      prepaidPrincipal: y('20000.00'),
      brokenPeriodFrom: '2026-04-10',
      brokenPeriodDays: 21,
      brokenPeriodInterest: y('70.00'),
      prepaymentFee: 0,
    });
    const after = r.scheduleChange.after;
    // M = round(70,669.93 × 0.005 × 1.005^9 / (1.005^9 − 1)) = 8,049.83; the first installment charges
    // round(70,669.93 × 0.005) = 353.35 for the full month 04-10 → 05-10 (the prepaid 20,000.00 paid its
    // interest up to 05-01 as broken-period interest).
    expect(after.map((s) => s.period)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(line(after[0]!)).toEqual([4, '2026-05-10', y('7696.48'), y('353.35')]);
    expect(total(after[0]!)).toBe(y('8049.83'));
    expect(line(after[8]!)).toEqual([12, '2027-01-10', y('8009.73'), y('40.05')]);
    expect(after.map((s) => s.dueDate)).toEqual(r.scheduleChange.before.map((s) => s.dueDate));
    expect(after.reduce((a, s) => a + s.principal, 0)).toBe(y('70669.93'));
    expect(r.ledger.creditBalance).toBe(0);
    expect(r.status).toBe('active');
    expect(sumPrincipalDue(r.ledger)).toBe(EI.principal);
  });

  it('keep_installment: 10,327.97 stays and the term ends at period 10 (2026-11-10), 2 periods early', () => {
    const r = run(eiOn0501(), '2026-05-01', '20070.00', 'keep_installment');
    const after = r.scheduleChange.after;
    expect(after.map((s) => s.period)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    // 10,327.97 − 353.35 = 9,974.62 of principal in period 4 …
    expect(line(after[0]!)).toEqual([4, '2026-05-10', y('9974.62'), y('353.35')]);
    for (const s of after.slice(0, -1)) expect(total(s)).toBe(y('10327.97'));
    // … and the rest, 10,069.11, with round(10,069.11 × 0.005) = 50.35 in period 10.
    expect(line(after[6]!)).toEqual([10, '2026-11-10', y('10069.11'), y('50.35')]);
    expect(r.scheduleChange.before.at(-1)!.dueDate).toBe('2027-01-10');
    expect(sumPrincipalDue(r.ledger)).toBe(EI.principal);
  });

  it('books one prepayment installment (period 1001, kind prepayment, dated 05-01) paid in full', () => {
    const r = run(eiOn0501(), '2026-05-01', '20070.00', 'keep_term');
    expect(r.ledger.installments.map((i) => [i.period, i.kind ?? 'scheduled', i.dueDate])).toEqual([
      [1, 'scheduled', '2026-02-10'],
      [2, 'scheduled', '2026-03-10'],
      [3, 'scheduled', '2026-04-10'],
      [1001, 'prepayment', '2026-05-01'],
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((p) => [p, 'scheduled', r.scheduleChange.before[p - 4]!.dueDate]),
    ]);
    const booked = r.ledger.installments[3]!;
    expect([booked.principalDue, booked.principalPaid, booked.interestDue, booked.interestPaid]).toEqual([
      y('20000.00'),
      y('20000.00'),
      y('70.00'),
      y('70.00'),
    ]);
    expect(r.allocations).toEqual([
      {
        repaymentKey: 'prepayment',
        amount: y('20070.00'),
        lines: [
          { period: 1001, component: 'interest', amount: y('70.00') },
          { period: 1001, component: 'principal', amount: y('20000.00') },
        ],
        totals: { penalty: 0, compound: 0, fee: 0, interest: y('70.00'), principal: y('20000.00') },
        toCreditBalance: 0,
      },
    ]);
    expect(r.ledger.accruedThrough).toBe('2026-04-30');
  });

  it('with a 1 % fee: 20,270.00 = 20,000.00 + 70.00 interest + 200.00 fee, paid interest → fee → principal', () => {
    const settings = parseServicingSettings({ prepaymentFeeRate: '0.01' });
    const r = run(eiOn0501(settings), '2026-05-01', '20270.00', 'keep_term', EI, settings);
    expect(r.charge?.prepaidPrincipal).toBe(y('20000.00'));
    expect(r.charge?.prepaymentFee).toBe(y('200.00'));
    expect(r.allocations[0]!.lines.map((l) => [l.component, l.amount])).toEqual([
      ['interest', y('70.00')],
      ['fee', y('200.00')],
      ['principal', y('20000.00')],
    ]);
    expect(r.ledger.installments[3]!.feeDue).toBe(y('200.00'));
    expect(r.ledger.installments[3]!.feePaid).toBe(y('200.00'));
    expect(total(r.scheduleChange.after[0]!)).toBe(y('8049.83'));
  });

  it('inside a 111-day free window (05-01 is day 111) the fee is waived: 20,070.00 prepays 20,000.00', () => {
    const settings = parseServicingSettings({ prepaymentFeeRate: '0.01', prepaymentFeeFreeDays: 111 });
    const r = run(eiOn0501(settings), '2026-05-01', '20070.00', 'keep_installment', EI, settings);
    expect(r.charge?.prepaymentFee).toBe(0);
    expect(r.charge?.prepaidPrincipal).toBe(y('20000.00'));
  });

  // 2,000,142 × 6 % / 360 × 21 = 7,000.497 → 70.00, so 20,071.42 prepays 20,001.42; one fen more of
  // principal would cost 20,001.43 + 70.01 = 20,071.44. The 0.01 that fits nowhere waits as credit balance.
  it('prepays as much principal as the money allows; a fen that cannot be placed becomes credit balance', () => {
    const r = run(eiOn0501(), '2026-05-01', '20071.43', 'keep_term');
    expect(r.charge?.prepaidPrincipal).toBe(y('20001.42'));
    expect(r.charge?.brokenPeriodInterest).toBe(y('70.00'));
    expect(r.ledger.creditBalance).toBe(1);
    expect(r.allocations[0]!.toCreditBalance).toBe(1);
  });

  it('uses the credit balance first: 500.00 overpaid on 04-10 + 19,570.00 prepays 20,000.00', () => {
    const ledger = ledgerOn(EI, '2026-05-01', [
      ['2026-02-10', '10327.97'],
      ['2026-03-10', '10327.97'],
      ['2026-04-10', '10827.97'],
    ]);
    expect(ledger.creditBalance).toBe(y('500.00'));
    const r = run(ledger, '2026-05-01', '19570.00', 'keep_term');
    expect(r.charge?.prepaidPrincipal).toBe(y('20000.00'));
    expect(r.allocations.map((a) => [a.repaymentKey, a.amount, a.toCreditBalance])).toEqual([
      [null, y('500.00'), 0],
      ['prepayment', y('19570.00'), 0],
    ]);
    expect(r.allocations[0]!.lines.map((l) => [l.component, l.amount])).toEqual([
      ['interest', y('70.00')],
      ['principal', y('430.00')],
    ]);
    expect(r.ledger.creditBalance).toBe(0);
  });
});

describe('prepay on a delinquent loan (RULES.md §3 example, 2026-07-01)', () => {
  const ledger = ledgerOn(EI, '2026-07-01', [
    ['2026-02-10', '10327.97'],
    ['2026-03-10', '10327.97'],
    ['2026-05-20', '5000.00'],
  ]);

  // Due: 25,227.28 + 857.33 + 232.52 + 7.80 = 26,324.93; then 10,000.00 × 6 % / 360 × 21 days (06-10 →
  // 07-01) = 35.00 and 10,000.00 principal: 36,359.93.
  it('settles everything due by the waterfall first, then prepays: 36,359.93 prepays 10,000.00', () => {
    const r = run(ledger, '2026-07-01', '36359.93', 'keep_term');
    expect(r.charge?.prepaidPrincipal).toBe(y('10000.00'));
    expect(r.charge?.brokenPeriodInterest).toBe(y('35.00'));
    expect(r.allocations[0]!.totals).toEqual({
      penalty: y('232.52'),
      compound: y('7.80'),
      fee: 0,
      interest: y('892.33'),
      principal: y('35227.28'),
    });
    // 70,871.32 − 10,000.00 = 60,871.32 over periods 6…12: M = 8,870.69, first interest
    // round(60,871.32 × 0.005) = 304.36.
    expect(line(r.scheduleChange.after[0]!)).toEqual([6, '2026-07-10', y('8566.33'), y('304.36')]);
    expect(total(r.scheduleChange.after[0]!)).toBe(y('8870.69'));
    expect(r.scheduleChange.after).toHaveLength(7);
    expect(snapshot(r.ledger, day('2026-07-01')).dpd).toBe(0);
  });

  it('refuses an amount that does not cover what is due, or only just covers it, naming amount', () => {
    expect(fieldOf(() => run(ledger, '2026-07-01', '1000.00', 'keep_term'))).toBe('amount');
    expect(fieldOf(() => run(ledger, '2026-07-01', '26324.93', 'keep_installment'))).toBe('amount');
  });
});

describe('prepay: other repayment methods', () => {
  // Equal principal: installments 1–3 are 10,600.00, 10,550.00, 10,500.00; B(3) = 90,000.00.
  it('equal_principal keep_term: 70,000.00 / 9 = 7,777.78 a period, the last 7,777.76', () => {
    const EP = loan('equal_principal');
    const ledger = ledgerOn(EP, '2026-05-01', [
      ['2026-02-10', '10600.00'],
      ['2026-03-10', '10550.00'],
      ['2026-04-10', '10500.00'],
    ]);
    const r = run(ledger, '2026-05-01', '20070.00', 'keep_term', EP);
    const after = r.scheduleChange.after;
    expect(after).toHaveLength(9);
    expect(line(after[0]!)).toEqual([4, '2026-05-10', y('7777.78'), y('350.00')]);
    // round(7,777.76 × 0.005 = 38.8888) = 38.89
    expect(line(after[8]!)).toEqual([12, '2027-01-10', y('7777.76'), y('38.89')]);
  });

  it('equal_principal keep_installment: 10,000.00 of principal a period, 7 periods, ends 2026-11-10', () => {
    const EP = loan('equal_principal');
    const ledger = ledgerOn(EP, '2026-05-01', [
      ['2026-02-10', '10600.00'],
      ['2026-03-10', '10550.00'],
      ['2026-04-10', '10500.00'],
    ]);
    const after = run(ledger, '2026-05-01', '20070.00', 'keep_installment', EP).scheduleChange.after;
    expect(after.map((s) => s.principal)).toEqual(Array(7).fill(y('10000.00')));
    expect(after.map((s) => s.interest)).toEqual(
      ['350.00', '300.00', '250.00', '200.00', '150.00', '100.00', '50.00'].map(y),
    );
    expect(after.at(-1)!.dueDate).toBe('2026-11-10');
  });

  // Interest only: 600.00 a month; after 20,000.00 prepaid, round(100,000.00 × 0.5 %) = 500.00 a month.
  it('interest_only: keep_installment is keep_term, 500.00 a month and 100,000.00 at maturity', () => {
    const IO = loan('interest_only');
    const ledger = ledgerOn(IO, '2026-05-01', onTime3('600.00'));
    const keepTerm = run(ledger, '2026-05-01', '20070.00', 'keep_term', IO);
    const keepInstallment = run(ledger, '2026-05-01', '20070.00', 'keep_installment', IO);
    expect(keepInstallment.scheduleChange.after).toEqual(keepTerm.scheduleChange.after);
    expect(keepTerm.scheduleChange.after.map((s) => s.interest)).toEqual(Array(9).fill(y('500.00')));
    expect(line(keepTerm.scheduleChange.after[8]!)).toEqual([12, '2027-01-10', y('100000.00'), y('500.00')]);
  });

  // Bullet 50,000.00 at 5.22 %, 6 months from 2026-03-31, due 09-30 (RULES.md §2). On 06-30 (91 days):
  // broken interest on 20,000.00 = 20,000.00 × 5.22 % / 360 × 91 = 263.90; the remaining 30,000.00 owes
  // 30,000.00 × 5.22 % / 360 × 183 = 796.05 on 09-30 (it was 1,326.75 on 50,000.00).
  it('bullet: 20,263.90 on 06-30 prepays 20,000.00; 30,000.00 + 796.05 remain due 2026-09-30', () => {
    const B = parseLoanTerms({
      principal: '50000.00',
      annualRate: '5.22',
      term: 6,
      method: 'bullet',
      disbursementDate: '2026-03-31',
    });
    const ledger = ledgerOn(B, '2026-06-30', []);
    for (const mode of ['keep_term', 'keep_installment'] as const) {
      const r = run(ledger, '2026-06-30', '20263.90', mode, B);
      expect(r.charge?.brokenPeriodFrom).toBe('2026-03-31');
      expect(r.charge?.brokenPeriodInterest).toBe(y('263.90'));
      expect(r.scheduleChange.before.map(line)).toEqual([[1, '2026-09-30', y('50000.00'), y('1326.75')]]);
      expect(r.scheduleChange.after.map(line)).toEqual([[1, '2026-09-30', y('30000.00'), y('796.05')]]);
    }
  });
});

describe('prepay twice', () => {
  const factor = accrualFactor(EI.annualRate, DEFAULTS);
  const advance = (l: LoanLedger, payments: [string, string][], through: string) =>
    advanceLedger(
      l,
      payments.map(([d, a], i) => ({ date: day(d), amount: y(a), key: `${i}` })),
      day(through),
      factor,
      DEFAULTS,
    ).ledger;

  // The broken period restarts at scheduled due dates only: 04-10 → 05-05 = 25 days on 10,000.00 =
  // 41.666… → 41.67. Installment 4 already charges the whole month on the balance left after 05-01.
  it('before the next due date: the second broken period still runs from 04-10 (25 days → 41.67)', () => {
    const first = run(eiOn0501(), '2026-05-01', '20070.00', 'keep_term');
    const second = run(advance(first.ledger, [], '2026-05-04'), '2026-05-05', '10041.67', 'keep_term');
    expect(second.charge).toMatchObject({
      period: 1002,
      prepaidPrincipal: y('10000.00'),
      brokenPeriodFrom: '2026-04-10',
      brokenPeriodDays: 25,
      brokenPeriodInterest: y('41.67'),
    });
    expect(second.ledger.installments.filter((i) => i.kind === 'prepayment').map((i) => i.period)).toEqual([
      1001, 1002,
    ]);
    expect(sumPrincipalDue(second.ledger)).toBe(EI.principal);
  });

  // After installment 4 (8,049.83) is paid on 05-10: 10,000.00 × 6 % / 360 × 10 days = 16.67.
  it('after the next due date: the broken period runs from 05-10 (10 days → 16.67)', () => {
    const first = run(eiOn0501(), '2026-05-01', '20070.00', 'keep_term');
    const paid = advance(first.ledger, [['2026-05-10', '8049.83']], '2026-05-19');
    const second = run(paid, '2026-05-20', '10016.67', 'keep_installment');
    expect(second.charge?.brokenPeriodFrom).toBe('2026-05-10');
    expect(second.charge?.brokenPeriodInterest).toBe(y('16.67'));
    expect(second.charge?.prepaidPrincipal).toBe(y('10000.00'));
    // keep_installment keeps the level of the keep_term schedule now in force: 8,049.83.
    expect(total(second.scheduleChange.after[0]!)).toBe(y('8049.83'));
  });

  it('servicing goes on: paying each new installment on its due date settles the loan on 2026-11-10', () => {
    const r = run(eiOn0501(), '2026-05-01', '20070.00', 'keep_installment');
    const payments = r.scheduleChange.after.map((s): [string, string] => [
      s.dueDate,
      `${(s.principal + s.interest) / 100}`,
    ]);
    const end = advance(r.ledger, payments, '2026-11-10');
    expect(isSettled(end)).toBe(true);
    expect(end.creditBalance).toBe(0);
  });
});

describe('prepay payoff (提前结清)', () => {
  it('90,987.27 on 2026-05-01 settles the §2 loan with no credit balance left', () => {
    const r = run(eiOn0501(), '2026-05-01', '90987.27', 'payoff');
    expect(r.status).toBe('settled');
    expect(r.ledger.creditBalance).toBe(0);
    expect(r.scheduleChange.after).toEqual([]);
    expect(r.ledger.installments.map((i) => i.period)).toEqual([1, 2, 3, 1001]);
    expect(r.charge).toMatchObject({ prepaidPrincipal: y('90669.93'), brokenPeriodInterest: y('317.34') });
    expect(r.allocations[0]!.totals).toMatchObject({ interest: y('317.34'), principal: y('90669.93') });
    expect(snapshot(r.ledger, day('2026-05-01')).status).toBe('settled');
  });

  it('anything above the payoff amount goes to the credit balance: 91,000.00 leaves 12.73', () => {
    const r = run(eiOn0501(), '2026-05-01', '91000.00', 'payoff');
    expect(r.status).toBe('settled');
    expect(r.ledger.creditBalance).toBe(y('12.73'));
    expect(r.allocations[0]!.toCreditBalance).toBe(y('12.73'));
  });

  it('refuses one fen less than the payoff amount, naming amount', () => {
    expect(fieldOf(() => run(eiOn0501(), '2026-05-01', '90987.26', 'payoff'))).toBe('amount');
  });

  // 189,672.03 of credit balance pays the 110,290.41 payoff of 02-11; 79,381.62 stays owed to the borrower.
  it('settles from the credit balance alone with amount 0.00 when it covers the payoff', () => {
    const ledger = ledgerOn(EI, '2026-02-11', [['2026-02-10', '200000.00']]);
    const r = run(ledger, '2026-02-11', '0.00', 'payoff');
    expect(r.status).toBe('settled');
    expect(r.ledger.creditBalance).toBe(y('79381.62'));
    expect(r.allocations.map((a) => [a.repaymentKey, a.amount])).toEqual([[null, y('110290.41')]]);
  });

  it('after maturity there is nothing to prepay: the payoff pays what is overdue and books no charge', () => {
    const ledger = ledgerOn(EI, '2027-02-01', []);
    const net = prepayNet(ledger, '2027-02-01');
    const r = run(ledger, '2027-02-01', net, 'payoff');
    expect(r.charge).toBeNull();
    expect(r.status).toBe('settled');
    expect(r.ledger.installments).toHaveLength(12);
  });
});

/** After maturity everything is due: the payoff amount is all unpaid principal, interest, penalty and compound. */
function prepayNet(ledger: LoanLedger, date: string): string {
  expect(day(date) > ledger.installments.at(-1)!.dueDate).toBe(true);
  let owed = 0;
  for (const i of ledger.installments) {
    owed += principalUnpaid(i) + interestUnpaid(i) + penaltyOwed(i) + compoundOwed(i);
  }
  return formatYuan(owed);
}

describe('prepay refuses bad input, naming the field', () => {
  it('zero or negative amount → amount; unknown mode → mode', () => {
    expect(fieldOf(() => run(eiOn0501(), '2026-05-01', '0.00', 'keep_term'))).toBe('amount');
    expect(fieldOf(() => run(eiOn0501(), '2026-05-01', '-5.00', 'keep_term'))).toBe('amount');
    expect(fieldOf(() => run(eiOn0501(), '2026-05-01', '-5.00', 'payoff'))).toBe('amount');
    expect(fieldOf(() => run(eiOn0501(), '2026-05-01', '100.00', 'shorten' as PrepaymentMode))).toBe('mode');
  });

  it('a partial prepayment that would repay all principal not yet due → amount (use payoff)', () => {
    expect(fieldOf(() => run(eiOn0501(), '2026-05-01', '90987.27', 'keep_term'))).toBe('amount');
    expect(() => run(eiOn0501(), '2026-05-01', '95000.00', 'keep_installment')).toThrow(/payoff/);
  });

  it('a partial prepayment after maturity → amount', () => {
    expect(fieldOf(() => run(ledgerOn(EI, '2027-02-01', []), '2027-02-01', '200000.00', 'keep_term'))).toBe(
      'amount',
    );
  });

  it('a ledger not accrued through the day before → date; a settled loan → loan', () => {
    expect(fieldOf(() => run(eiOn0501(), '2026-05-03', '20070.00', 'keep_term'))).toBe('date');
    const settled = run(eiOn0501(), '2026-05-01', '90987.27', 'payoff').ledger;
    expect(fieldOf(() => run(settled, '2026-05-01', '100.00', 'payoff'))).toBe('loan');
  });
});
