import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import { parseDecimal } from '../rate/ratio';
import {
  capInForce,
  checkInterestCap,
  formatDecimal,
  type LprEntry,
  lprAt,
  parseInterestCapSetting,
} from './interest-cap';

const d = (s: string) => s as LocalDate;
const LPR: LprEntry[] = [
  { effectiveFrom: d('2023-06-20'), oneYear: '3.55' },
  { effectiveFrom: d('2023-08-21'), oneYear: '3.45' },
  { effectiveFrom: d('2024-07-22'), oneYear: '3.35' },
  { effectiveFrom: d('2024-10-21'), oneYear: '3.10' },
];
const FIXED_24 = { kind: 'fixed', annualCap: '24' } as const;
const LPR_4 = { kind: 'lpr_multiple', multiple: '4' } as const;
const base = { annualRate: '6.00', penaltyUplift: '0.5', contractDate: d('2024-01-15') };

describe('formatDecimal', () => {
  it('prints exact decimals without trailing zeros', () => {
    expect(formatDecimal(parseDecimal('13.80', 'x'))).toBe('13.8');
    expect(formatDecimal(parseDecimal('24', 'x'))).toBe('24');
    expect(formatDecimal({ n: 1n, d: 3n, text: '' }, 4)).toBe('0.3333');
    expect(formatDecimal({ n: 2n, d: 3n, text: '' }, 4)).toBe('0.6667');
  });
});

describe('lprAt', () => {
  it('takes the latest entry in force on the date (the effective day included)', () => {
    expect(lprAt(LPR, d('2023-08-20'))?.oneYear).toBe('3.55');
    expect(lprAt(LPR, d('2023-08-21'))?.oneYear).toBe('3.45');
    expect(lprAt(LPR, d('2030-01-01'))?.oneYear).toBe('3.10');
    expect(lprAt(LPR, d('2020-01-01'))).toBeNull();
  });
  it('does not depend on the order of the table', () => {
    expect(lprAt([...LPR].reverse(), d('2024-08-01'))?.oneYear).toBe('3.35');
  });
});

describe('capInForce', () => {
  it('4 × LPR at the contract date, exact', () => {
    const cap = capInForce(LPR_4, LPR, d('2024-01-15'));
    expect(cap.limit).toBe('13.8');
    expect(cap.lpr).toEqual({ oneYear: '3.45', effectiveFrom: '2023-08-21' });
    expect(cap.description).toContain('4 × one-year LPR 3.45 %');
    expect(capInForce(LPR_4, LPR, d('2024-10-21')).limit).toBe('12.4');
  });
  it('a contract dated before the table starts is bad input on contractDate', () => {
    expect(() => capInForce(LPR_4, LPR, d('2019-01-01'))).toThrow(/contractDate/);
  });
});

describe('checkInterestCap', () => {
  it('accepts 6 % with a 50 % uplift under 24 % (penalty 9 %)', () => {
    const r = checkInterestCap(base, FIXED_24, LPR);
    expect(r.ok).toBe(true);
    expect(r.figures).toEqual({ annualRate: '6', penaltyRate: '9', allIn: '6', penaltyAllIn: '9' });
  });
  it('exactly at the cap is allowed, a hundredth above is refused on annualRate', () => {
    expect(checkInterestCap({ ...base, annualRate: '13.80' }, LPR_4, LPR).ok).toBe(false); // penalty 20.7
    const at = checkInterestCap({ ...base, annualRate: '24.00', penaltyUplift: '0' }, FIXED_24, LPR);
    expect(at.ok).toBe(true);
    const above = checkInterestCap({ ...base, annualRate: '24.01' }, FIXED_24, LPR);
    expect(above).toMatchObject({ ok: false, field: 'annualRate', reason: 'rate_above_cap' });
    if (!above.ok)
      expect(above.message).toBe(
        'annualRate: the annual rate 24.01 % is above the interest cap: fixed all-in cap 24 % a year',
      );
  });
  it('rate plus fees above the cap is refused on annualFeeRate', () => {
    const r = checkInterestCap(
      { ...base, annualRate: '20', annualFeeRate: '4.5', penaltyUplift: '0' },
      FIXED_24,
      LPR,
    );
    expect(r).toMatchObject({ ok: false, field: 'annualFeeRate', reason: 'all_in_above_cap' });
    if (!r.ok) expect(r.message).toContain('20 % plus fees 4.5 % = 24.5 %');
  });
  it('the penalty rate (rate × (1 + uplift)) plus fees above the cap is refused on penaltyUplift', () => {
    // 4 × 3.45 = 13.8; 10 % × 1.5 = 15 > 13.8
    const r = checkInterestCap({ ...base, annualRate: '10' }, LPR_4, LPR);
    expect(r).toMatchObject({ ok: false, field: 'penaltyUplift', reason: 'penalty_above_cap' });
    if (!r.ok) {
      expect(r.message).toContain('10 % × (1 + 0.5) = 15 %');
      expect(r.message).toContain('13.8 % a year');
    }
    // 9.2 × 1.5 = 13.8 exactly: allowed
    expect(checkInterestCap({ ...base, annualRate: '9.2' }, LPR_4, LPR).ok).toBe(true);
  });
  it('a fixed daily penalty of 0.5 % a day is 180 % a year and never passes', () => {
    const r = checkInterestCap({ ...base, penaltyDailyRate: '0.5' }, FIXED_24, LPR);
    expect(r).toMatchObject({ ok: false, field: 'penaltyDailyRate', reason: 'penalty_above_cap' });
    expect(r.figures.penaltyRate).toBe('180');
    const r365 = checkInterestCap({ ...base, penaltyDailyRate: '0.05', dayBasis: 365 }, FIXED_24, LPR);
    expect(r365.figures.penaltyRate).toBe('18.25');
    expect(r365.ok).toBe(true);
  });
  it('the LPR cap follows the contract date', () => {
    const terms = { ...base, annualRate: '8.5', penaltyUplift: '0.5' }; // penalty 12.75
    expect(checkInterestCap({ ...terms, contractDate: d('2024-08-01') }, LPR_4, LPR).ok).toBe(true); // 13.4
    expect(checkInterestCap({ ...terms, contractDate: d('2024-11-01') }, LPR_4, LPR).ok).toBe(false); // 12.4
  });
});

describe('parseInterestCapSetting', () => {
  it('validates kind and numbers naming the field', () => {
    expect(parseInterestCapSetting({ kind: 'fixed', annualCap: '24' })).toEqual(FIXED_24);
    expect(parseInterestCapSetting({ kind: 'lpr_multiple', multiple: '4' })).toEqual(LPR_4);
    expect(() => parseInterestCapSetting({ kind: 'fixed' })).toThrow(/annualCap/);
    expect(() => parseInterestCapSetting({ kind: 'fixed', annualCap: '40' })).toThrow(/annualCap/);
    expect(() => parseInterestCapSetting({ kind: 'lpr_multiple', multiple: '0' })).toThrow(/multiple/);
    expect(() => parseInterestCapSetting({ kind: 'weekly' })).toThrow(/kind/);
  });
});
