import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { figuresNeeded, formFieldOf, reportBody, shownAreas } from './report-form-rules';

const task = (over: Partial<Parameters<typeof shownAreas>[0]> = {}) => ({
  requiredAreas: ['useOfFunds' as const],
  securityType: 'unsecured' as const,
  customerType: 'individual' as const,
  ...over,
});

describe('report form rules (mirror of the server)', () => {
  it('shows the required areas and what the loan has', () => {
    expect(shownAreas(task())).toEqual(['useOfFunds', 'operations', 'finances']);
    expect(shownAreas(task({ securityType: 'guarantee' }))).toEqual([
      'useOfFunds',
      'operations',
      'finances',
      'guarantor',
    ]);
    expect(shownAreas(task({ securityType: 'pledge' }))).toContain('collateral');
    // A whole-customer task may need either.
    expect(shownAreas(task({ securityType: null }))).toEqual([
      'useOfFunds',
      'operations',
      'finances',
      'guarantor',
      'collateral',
    ]);
  });

  it('asks an enterprise for the figures when its finances are reported', () => {
    const enterprise = task({ customerType: 'enterprise' });
    expect(figuresNeeded(enterprise, {})).toBe(false);
    expect(figuresNeeded(enterprise, { findings: { finances: { assessment: 'normal' } } })).toBe(true);
    expect(figuresNeeded({ ...enterprise, requiredAreas: ['operations', 'finances'] }, {})).toBe(true);
    expect(figuresNeeded(task(), { findings: { finances: { assessment: 'normal' } } })).toBe(false);
  });

  it('builds the body: assessed areas only, trimmed texts, figures only when given', () => {
    expect(
      reportBody({
        mode: 'offsite',
        inspectedOn: dayjs('2026-11-23'),
        findings: {
          useOfFunds: { assessment: 'normal', note: '  用于购货 ' },
          operations: { note: '未评估的不提交' },
        },
        figures: {},
        flags: ['fund_misuse'],
        riskOpinion: ' 可控 ',
        proposedMeasures: '   ',
      }),
    ).toEqual({
      mode: 'offsite',
      inspectedOn: '2026-11-23',
      findings: { useOfFunds: { assessment: 'normal', note: '用于购货' } },
      flags: ['fund_misuse'],
      riskOpinion: '可控',
    });
    expect(reportBody({ figures: { totalAssets: '100', totalLiabilities: '50 ' } }).figures).toEqual({
      totalAssets: '100',
      totalLiabilities: '50',
      currentAssets: '',
      currentLiabilities: '',
    });
  });

  it('puts a server error on the field it names', () => {
    expect(formFieldOf('findings.operations')).toEqual(['findings', 'operations', 'note']);
    expect(formFieldOf('findings.operations.assessment')).toEqual(['findings', 'operations', 'assessment']);
    expect(formFieldOf('figures')).toEqual(['figures', 'totalAssets']);
    expect(formFieldOf('figures.currentLiabilities')).toEqual(['figures', 'currentLiabilities']);
    expect(formFieldOf('flags.0')).toEqual(['flags']);
    expect(formFieldOf('inspectedOn')).toEqual(['inspectedOn']);
    expect(formFieldOf('id')).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });
});
