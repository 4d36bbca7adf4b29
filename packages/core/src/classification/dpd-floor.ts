import type { Classification } from './classification';

/**
 * Upper DPD bound of each class's band (商业银行金融资产风险分类办法, 2023): DPD above the bound of
 * one class falls into the next. Configurable per institution.
 */
export interface DpdFloorBands {
  readonly normal: number;
  readonly special_mention: number;
  readonly substandard: number;
  readonly doubtful: number;
}

export const DEFAULT_DPD_FLOOR: DpdFloorBands = {
  normal: 0,
  special_mention: 90,
  substandard: 270,
  doubtful: 360,
};

/** The least severe class a loan with this DPD may have (RULES.md §5 table). */
export function dpdFloor(dpd: number, bands: DpdFloorBands = DEFAULT_DPD_FLOOR): Classification {
  if (dpd <= bands.normal) return 'normal';
  if (dpd <= bands.special_mention) return 'special_mention';
  if (dpd <= bands.substandard) return 'substandard';
  if (dpd <= bands.doubtful) return 'doubtful';
  return 'loss';
}

/** The rule name stored with a class set by the DPD floor, e.g. `dpd>90`. */
export function dpdFloorRule(dpd: number, bands: DpdFloorBands = DEFAULT_DPD_FLOOR): string {
  const c = dpdFloor(dpd, bands);
  switch (c) {
    case 'normal':
      return 'dpd=0';
    case 'special_mention':
      return `dpd>${bands.normal}`;
    case 'substandard':
      return `dpd>${bands.special_mention}`;
    case 'doubtful':
      return `dpd>${bands.substandard}`;
    case 'loss':
      return `dpd>${bands.doubtful}`;
  }
}
