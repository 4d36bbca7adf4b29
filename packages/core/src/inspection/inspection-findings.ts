import type { QualitativeTrigger } from '../classification/classify';
import { badInput } from '../errors/domain-error';
import type { InspectionKind } from './inspection-settings';

/** The areas an inspection report covers (RULES.md §9). */
export const INSPECTION_AREAS = ['useOfFunds', 'operations', 'finances', 'guarantor', 'collateral'] as const;
export type InspectionArea = (typeof INSPECTION_AREAS)[number];

/** A report's risk findings that matter beyond the report (RULES.md §5, §11). */
export const INSPECTION_FLAGS = ['fund_misuse', 'business_deterioration', 'lost_contact'] as const;
export type InspectionFlag = (typeof INSPECTION_FLAGS)[number];

export const INSPECTION_MODES = ['onsite', 'offsite'] as const;
export type InspectionMode = (typeof INSPECTION_MODES)[number];

export interface FindingContext {
  readonly customerType: 'individual' | 'enterprise';
  readonly securityType: 'unsecured' | 'guarantee' | 'mortgage' | 'pledge' | null;
}

/**
 * The areas a report of `kind` must cover. A first inspection and a spot check check the use of funds
 * against the stated purpose (RULES.md §9); a periodic one covers everything the loan has — operations,
 * finances for enterprises, the guarantor or the collateral by security type; an ad-hoc one the
 * operations (and finances of an enterprise) that explain the trouble.
 */
export function requiredAreas(kind: InspectionKind, c: FindingContext): InspectionArea[] {
  const security: InspectionArea[] =
    c.securityType === 'guarantee'
      ? ['guarantor']
      : c.securityType === 'mortgage' || c.securityType === 'pledge'
        ? ['collateral']
        : [];
  const finances: InspectionArea[] = c.customerType === 'enterprise' ? ['finances'] : [];
  switch (kind) {
    case 'first':
    case 'spot_check':
      return ['useOfFunds'];
    case 'periodic':
      return ['useOfFunds', 'operations', ...finances, ...security];
    case 'adhoc':
      return ['operations', ...finances];
  }
}

/** Refuses a report that leaves a required area out; the field names the first missing area. */
export function checkRequiredAreas(
  kind: InspectionKind,
  c: FindingContext,
  covered: ReadonlySet<InspectionArea>,
): void {
  const missing = requiredAreas(kind, c).filter((a) => !covered.has(a));
  if (missing.length > 0) {
    throw badInput(`findings.${missing[0]}`, `a ${kind} inspection report must cover ${missing.join(', ')}`);
  }
}

/**
 * The RULES.md §5 qualitative trigger each flag records on the loan, or null. §5 lists four triggers;
 * fund misuse is one of them, lost contact is recorded as suspected malicious evasion (the debtor cannot
 * be reached while owing), and business deterioration is not a §5 trigger — it is a §11 warning signal,
 * left to the warning capability (docs/domain/inspections.md).
 */
export const FLAG_TRIGGERS: Readonly<Record<InspectionFlag, QualitativeTrigger | null>> = {
  fund_misuse: 'fund_misuse',
  lost_contact: 'malicious_evasion',
  business_deterioration: null,
};

/** The distinct triggers a set of flags records. */
export function triggersOf(flags: readonly InspectionFlag[]): QualitativeTrigger[] {
  const out = new Set<QualitativeTrigger>();
  for (const f of flags) {
    const t = FLAG_TRIGGERS[f];
    if (t) out.add(t);
  }
  return [...out];
}
