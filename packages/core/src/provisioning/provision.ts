import type { Classification } from '../classification/classification';
import { isNonPerforming } from '../classification/classification';
import { type Fen, fen } from '../money/fen';
import { divRoundHalfUp } from '../money/rounding';
import { type Ratio, ratio } from '../rate/ratio';

/** Provision rate per class, as fractions of principal owed (RULES.md §6). */
export type ProvisionRates = Record<Classification, Ratio>;

/** A fraction with its decimal text, e.g. fraction('0.015', 15n, 1000n). */
const fraction = (text: string, n: bigint, d: bigint): Ratio => ratio(n, d, text);

/** 银行贷款损失准备计提指引 (2002): 0 / 2 / 25 / 50 / 100 %. */
export const PROVISION_RATES_2002: ProvisionRates = {
  normal: fraction('0', 0n, 1n),
  special_mention: fraction('0.02', 2n, 100n),
  substandard: fraction('0.25', 25n, 100n),
  doubtful: fraction('0.5', 50n, 100n),
  loss: fraction('1', 1n, 1n),
};

/** 金融企业准备金计提管理办法 (财政部 2012) preset: 1.5 / 3 / 30 / 60 / 100 %. */
export const PROVISION_RATES_MOF2012: ProvisionRates = {
  normal: fraction('0.015', 15n, 1000n),
  special_mention: fraction('0.03', 3n, 100n),
  substandard: fraction('0.3', 30n, 100n),
  doubtful: fraction('0.6', 60n, 100n),
  loss: fraction('1', 1n, 1n),
};

export interface ProvisionSettings {
  readonly rates: ProvisionRates;
  /** General provision as a fraction of all principal owed (default 1.5 %). */
  readonly generalRate: Ratio;
  /** Regulatory floor of provision coverage (拨备覆盖率), default 150 %. */
  readonly coverageFloor: Ratio;
  /** Regulatory floor of the provision ratio (贷款拨备率), default 2.5 %. */
  readonly provisionRatioFloor: Ratio;
}

export const DEFAULT_PROVISION_SETTINGS: ProvisionSettings = {
  rates: PROVISION_RATES_2002,
  generalRate: fraction('0.015', 15n, 1000n),
  coverageFloor: fraction('1.5', 150n, 100n),
  provisionRatioFloor: fraction('0.025', 25n, 1000n),
};

/** Specific provision of one loan = round(principal owed × rate of its class). */
export function specificProvision(principalOwed: Fen, c: Classification, rates: ProvisionRates): Fen {
  const r = rates[c];
  return fen(Number(divRoundHalfUp(BigInt(principalOwed) * r.n, r.d)));
}

export function generalProvision(totalPrincipalOwed: Fen, settings: ProvisionSettings): Fen {
  const r = settings.generalRate;
  return fen(Number(divRoundHalfUp(BigInt(totalPrincipalOwed) * r.n, r.d)));
}

/** A ratio of two fen amounts as a decimal string with 4 decimals, half up ("0.0213"); null when den is 0. */
export function ratioText(num: number, den: number, decimals = 4): string | null {
  if (den === 0) return null;
  const scale = 10n ** BigInt(decimals);
  const v = divRoundHalfUp(BigInt(num) * scale, BigInt(den));
  const s = v.toString().padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

export interface ClassBalance {
  readonly classification: Classification;
  readonly principalOwed: Fen;
  readonly specificProvision: Fen;
}

export interface PortfolioRatios {
  readonly principalOwed: Fen;
  readonly nplPrincipal: Fen;
  readonly specificProvision: Fen;
  readonly generalProvision: Fen;
  readonly totalProvision: Fen;
  /** NPL principal / all principal. */
  readonly nplRatio: string | null;
  /** All provisions / NPL principal; null when there is no NPL. */
  readonly provisionCoverage: string | null;
  /** All provisions / all principal. */
  readonly provisionRatio: string | null;
  readonly coverageMeetsFloor: boolean;
  readonly provisionRatioMeetsFloor: boolean;
}

/** The regulatory ratios of RULES.md §6 from per-class balances. */
export function portfolioRatios(
  balances: readonly ClassBalance[],
  settings: ProvisionSettings,
): PortfolioRatios {
  let principalOwed = 0;
  let npl = 0;
  let specific = 0;
  for (const b of balances) {
    principalOwed += b.principalOwed;
    specific += b.specificProvision;
    if (isNonPerforming(b.classification)) npl += b.principalOwed;
  }
  const general = generalProvision(fen(principalOwed), settings);
  const total = specific + general;
  const meets = (num: number, den: number, floor: Ratio): boolean =>
    den === 0 || BigInt(num) * floor.d >= floor.n * BigInt(den);
  return {
    principalOwed: fen(principalOwed),
    nplPrincipal: fen(npl),
    specificProvision: fen(specific),
    generalProvision: general,
    totalProvision: fen(total),
    nplRatio: ratioText(npl, principalOwed),
    provisionCoverage: ratioText(total, npl),
    provisionRatio: ratioText(total, principalOwed),
    coverageMeetsFloor: meets(total, npl, settings.coverageFloor),
    provisionRatioMeetsFloor: meets(total, principalOwed, settings.provisionRatioFloor),
  };
}
