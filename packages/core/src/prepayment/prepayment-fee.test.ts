import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';
import { parseYuan } from '../money/fen';
import { parseLoanTerms, parseServicingSettings } from '../product/validate-terms';
import { isInFeeFreeWindow, prepaymentFee } from './prepayment-fee';

const terms = parseLoanTerms({
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
});
const day = (text: string) => parseLocalDate(text);
const feeOf = (principal: string, rate: string, date: string, freeDays = 0) =>
  prepaymentFee(
    parseYuan(principal),
    terms,
    parseServicingSettings({ prepaymentFeeRate: rate, prepaymentFeeFreeDays: freeDays }),
    day(date),
  );

describe('prepaymentFee (违约金, RULES.md §4)', () => {
  it('is 0 with the default rate of 0', () => {
    expect(prepaymentFee(parseYuan('20000.00'), terms, parseServicingSettings(), day('2026-05-01'))).toBe(0);
  });

  it('is rate × prepaid principal: 1 % of 20,000.00 = 200.00', () => {
    expect(feeOf('20000.00', '0.01', '2026-05-01')).toBe(parseYuan('200.00'));
  });

  it('rounds half up to the fen: 1 % of 0.50 = 0.005 → 0.01, of 0.49 = 0.0049 → 0.00', () => {
    expect(feeOf('0.50', '0.01', '2026-05-01')).toBe(1);
    expect(feeOf('0.49', '0.01', '2026-05-01')).toBe(0);
  });

  it('is one exact quotient: 1.5 % of 333.33 = 4.99995 → 5.00', () => {
    expect(feeOf('333.33', '0.015', '2026-05-01')).toBe(parseYuan('5.00'));
  });

  it('is waived inside the free window, day N included: 30 days from 01-10 → 02-09 free, 02-10 charged', () => {
    expect(feeOf('20000.00', '0.01', '2026-02-09', 30)).toBe(0);
    expect(feeOf('20000.00', '0.01', '2026-02-10', 30)).toBe(parseYuan('200.00'));
  });

  it('has no free window with 0 free days, not even on the disbursement date', () => {
    const settings = parseServicingSettings({ prepaymentFeeRate: '0.01' });
    expect(isInFeeFreeWindow(terms, settings, day('2026-01-10'))).toBe(false);
    expect(feeOf('20000.00', '0.01', '2026-01-11')).toBe(parseYuan('200.00'));
  });

  it('refuses a negative or fractional principal and a date before disbursement, naming the field', () => {
    const settings = parseServicingSettings({ prepaymentFeeRate: '0.01' });
    const field = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof DomainError ? e.field : 'not a DomainError';
      }
      return 'no error';
    };
    expect(field(() => prepaymentFee(-1, terms, settings, day('2026-05-01')))).toBe('prepaidPrincipal');
    expect(field(() => prepaymentFee(1.5, terms, settings, day('2026-05-01')))).toBe('prepaidPrincipal');
    expect(field(() => prepaymentFee(100, terms, settings, day('2026-01-09')))).toBe('date');
  });
});
