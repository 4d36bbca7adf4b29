import { describe, expect, it } from 'vitest';
import { applyDebtorRule, classifyLoan, type LoanClassificationInput, nextOnTimeStreak } from './classify';

const base: LoanClassificationInput = {
  dpd: 0,
  triggers: [],
  restructure: null,
  manual: null,
  previous: null,
  overdueCleared: true,
  onTimeStreak: 0,
  settled: false,
};

describe('classifyLoan (RULES.md §5)', () => {
  it.each([
    [0, 'normal', 'dpd=0'],
    [1, 'special_mention', 'dpd>0'],
    [90, 'special_mention', 'dpd>0'],
    [91, 'substandard', 'dpd>90'],
    [270, 'substandard', 'dpd>90'],
    [271, 'doubtful', 'dpd>270'],
    [360, 'doubtful', 'dpd>270'],
    [361, 'loss', 'dpd>360'],
  ])('DPD %i sets the floor %s by rule %s', (dpd, c, rule) => {
    expect(classifyLoan({ ...base, dpd, overdueCleared: dpd === 0 })).toEqual({ classification: c, rule });
  });

  it('a qualitative trigger sets at least special_mention and names itself', () => {
    expect(classifyLoan({ ...base, triggers: ['fund_misuse'] })).toEqual({
      classification: 'special_mention',
      rule: 'trigger:fund_misuse',
    });
    // A worse floor keeps its own rule.
    expect(classifyLoan({ ...base, dpd: 100, triggers: ['fund_misuse'] }).rule).toBe('dpd>90');
  });

  it('restructured for financial difficulty: at least substandard, doubtful when overdue again', () => {
    const restructure = { forFinancialDifficulty: true, overdueAfterRestructure: false, inObservation: true };
    expect(classifyLoan({ ...base, restructure })).toEqual({
      classification: 'substandard',
      rule: 'restructured',
    });
    expect(
      classifyLoan({ ...base, dpd: 5, restructure: { ...restructure, overdueAfterRestructure: true } }),
    ).toEqual({
      classification: 'doubtful',
      rule: 'restructured+overdue',
    });
  });

  it('no upgrade inside the observation period', () => {
    const restructure = {
      forFinancialDifficulty: false,
      overdueAfterRestructure: false,
      inObservation: true,
    };
    expect(classifyLoan({ ...base, previous: 'special_mention', restructure })).toEqual({
      classification: 'special_mention',
      rule: 'restructured:observation',
    });
  });

  it('a non-performing loan keeps its class until overdue is repaid and 2 installments are paid on time', () => {
    const held = { ...base, previous: 'doubtful' as const };
    expect(classifyLoan({ ...held, dpd: 10, overdueCleared: false })).toEqual({
      classification: 'doubtful',
      rule: 'npl:awaiting-cure',
    });
    expect(classifyLoan({ ...held, onTimeStreak: 1 }).classification).toBe('doubtful');
    expect(classifyLoan({ ...held, onTimeStreak: 2 })).toEqual({ classification: 'normal', rule: 'dpd=0' });
    expect(classifyLoan({ ...held, settled: true, onTimeStreak: 0 }).classification).toBe('normal');
    // The hold never makes a loan better than its floor.
    expect(classifyLoan({ ...held, dpd: 400, overdueCleared: false }).classification).toBe('loss');
  });

  it('the cure hold can be switched off', () => {
    const settings = {
      bands: { normal: 0, special_mention: 90, substandard: 270, doubtful: 360 },
      holdNonPerformingUntilCured: false,
      cureInstallments: 2,
      debtorNplShare: { n: 1n, d: 10n },
    };
    expect(
      classifyLoan({ ...base, previous: 'loss', dpd: 10, overdueCleared: false }, settings).classification,
    ).toBe('special_mention');
  });

  it('special_mention is not held: it follows the floor back to normal', () => {
    expect(classifyLoan({ ...base, previous: 'special_mention' }).classification).toBe('normal');
  });

  it('a manual class can only make a loan worse', () => {
    expect(classifyLoan({ ...base, manual: 'doubtful' })).toEqual({
      classification: 'doubtful',
      rule: 'manual',
    });
    expect(classifyLoan({ ...base, dpd: 400, manual: 'substandard' })).toEqual({
      classification: 'loss',
      rule: 'dpd>360',
    });
  });
});

describe('nextOnTimeStreak', () => {
  it('counts consecutive full, on-time payments and restarts on a miss', () => {
    expect(nextOnTimeStreak(0, true, false)).toBe(1);
    expect(nextOnTimeStreak(1, true, false)).toBe(2);
    expect(nextOnTimeStreak(2, false, false)).toBe(0);
    expect(nextOnTimeStreak(2, true, true)).toBe(0);
  });
});

describe('applyDebtorRule (enterprise debtors, 10 %)', () => {
  const loan = (principalOwed: number, classification: 'normal' | 'substandard') => ({
    principalOwed,
    decision: { classification, rule: classification === 'normal' ? 'dpd=0' : 'dpd>90' },
  });

  it('more than 10 % non-performing makes every loan at least substandard', () => {
    const out = applyDebtorRule([loan(89_000, 'normal'), loan(11_000, 'substandard')]);
    expect(out.map((d) => d.classification)).toEqual(['substandard', 'substandard']);
    expect(out[0]!.rule).toBe('debtor>10%npl');
    expect(out[1]!.rule).toBe('dpd>90');
  });

  it('exactly 10 % is not more than 10 %', () => {
    const out = applyDebtorRule([loan(90_000, 'normal'), loan(10_000, 'substandard')]);
    expect(out.map((d) => d.classification)).toEqual(['normal', 'substandard']);
  });
});
