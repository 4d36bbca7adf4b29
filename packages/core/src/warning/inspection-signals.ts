import { badInput } from '../errors/domain-error';
import { currentRatio, debtToAssetRatio, formatPercent, ratioChange } from '../inspection/financial-ratios';
import type { InspectionFlag } from '../inspection/inspection-findings';
import type { Ratio } from '../rate/ratio';
import { type Evidence, WARNING_LEVELS, type WarningLevel } from './warning-signals';

/**
 * RULES.md §11 signals an approved inspection report raises: a finding of fund misuse, business
 * deterioration or lost contact, and financial ratios worsening beyond thresholds between two reports.
 */
export type InspectionSignalCode =
  | 'inspection_fund_misuse'
  | 'inspection_business_deterioration'
  | 'inspection_lost_contact'
  | 'ratios_worsening';

export interface InspectionSignal {
  readonly code: InspectionSignalCode;
  readonly level: WarningLevel;
  readonly evidence: Evidence;
}

export interface InspectionSignalSettings {
  readonly flagLevels: Readonly<Record<InspectionFlag, WarningLevel>>;
  /** 资产负债率 rising by more than this many percentage points between two reports. */
  readonly debtRatioRisePoints: number;
  /** 流动比率 falling by more than this many percentage points between two reports. */
  readonly currentRatioFallPoints: number;
  readonly ratiosWorseningLevel: WarningLevel;
}

/**
 * Lost contact is the gravest (the debtor cannot be reached while owing, §5 suspected evasion); fund
 * misuse is a §5 trigger of its own; deterioration and worsening ratios are early signs. Ten points of
 * 资产负债率 (60 % → 70 %+) and twenty of 流动比率 (150 % → under 130 %) are the thresholds a credit
 * department commonly starts asking questions at; both are settings.
 */
export const DEFAULT_INSPECTION_SIGNAL_SETTINGS: InspectionSignalSettings = {
  flagLevels: { lost_contact: 'red', fund_misuse: 'orange', business_deterioration: 'yellow' },
  debtRatioRisePoints: 10,
  currentRatioFallPoints: 20,
  ratiosWorseningLevel: 'yellow',
};

export function validateInspectionSignalSettings(s: InspectionSignalSettings): InspectionSignalSettings {
  for (const [flag, level] of Object.entries(s.flagLevels)) {
    if (!(WARNING_LEVELS as readonly string[]).includes(level))
      throw badInput(`flagLevels.${flag}`, `"${level}" is not a warning level`);
  }
  if (!(WARNING_LEVELS as readonly string[]).includes(s.ratiosWorseningLevel))
    throw badInput('ratiosWorseningLevel', `"${s.ratiosWorseningLevel}" is not a warning level`);
  for (const key of ['debtRatioRisePoints', 'currentRatioFallPoints'] as const) {
    const v = s[key];
    if (!Number.isInteger(v) || v < 0 || v > 1000)
      throw badInput(key, `must be whole percentage points from 0 to 1000, not ${v}`);
  }
  return s;
}

/** A report's key figures in fen (the four the form asks of an enterprise). */
export interface ReportFigures {
  readonly totalAssets: number;
  readonly totalLiabilities: number;
  readonly currentAssets: number;
  readonly currentLiabilities: number;
}

/** change × 100 > points, exactly (change is a fraction with a positive denominator). */
const exceedsPoints = (change: Ratio, points: number): boolean => change.n * 100n > BigInt(points) * change.d;

const negate = (r: Ratio): Ratio => ({ n: -r.n, d: r.d, text: `${-r.n}/${r.d}` });

/**
 * The signals of an approved report: one per finding flag, and `ratios_worsening` when 资产负债率 rose or
 * 流动比率 fell by more than the thresholds since the customer's previous approved report with figures.
 * A ratio that is undefined in either report (zero assets or zero current liabilities) is not compared.
 */
export function inspectionSignals(
  flags: readonly InspectionFlag[],
  current: ReportFigures | null,
  previous: ReportFigures | null,
  settings: InspectionSignalSettings = DEFAULT_INSPECTION_SIGNAL_SETTINGS,
): InspectionSignal[] {
  const s = validateInspectionSignalSettings(settings);
  const out: InspectionSignal[] = [];
  for (const flag of [...new Set(flags)].sort()) {
    out.push({ code: `inspection_${flag}`, level: s.flagLevels[flag], evidence: { flag } });
  }
  if (current && previous) {
    const evidence: { [key: string]: string } = {};
    const debtNow = debtToAssetRatio(current.totalLiabilities, current.totalAssets);
    const debtBefore = debtToAssetRatio(previous.totalLiabilities, previous.totalAssets);
    if (debtNow && debtBefore && exceedsPoints(ratioChange(debtBefore, debtNow), s.debtRatioRisePoints)) {
      evidence.debtToAssetBefore = formatPercent(debtBefore);
      evidence.debtToAssetNow = formatPercent(debtNow);
      evidence.debtToAssetRisePoints = formatPercent(ratioChange(debtBefore, debtNow));
    }
    const liquidNow = currentRatio(current.currentAssets, current.currentLiabilities);
    const liquidBefore = currentRatio(previous.currentAssets, previous.currentLiabilities);
    if (
      liquidNow &&
      liquidBefore &&
      exceedsPoints(negate(ratioChange(liquidBefore, liquidNow)), s.currentRatioFallPoints)
    ) {
      evidence.currentRatioBefore = formatPercent(liquidBefore);
      evidence.currentRatioNow = formatPercent(liquidNow);
      evidence.currentRatioFallPoints = formatPercent(negate(ratioChange(liquidBefore, liquidNow)));
    }
    if (Object.keys(evidence).length > 0) {
      out.push({
        code: 'ratios_worsening',
        level: s.ratiosWorseningLevel,
        evidence: {
          ...evidence,
          debtRatioRisePoints: s.debtRatioRisePoints,
          currentRatioFallPoints: s.currentRatioFallPoints,
        },
      });
    }
  }
  return out;
}
