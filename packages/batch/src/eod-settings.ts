import { DEFAULT_CLASSIFICATION_SETTINGS, DEFAULT_PROVISION_SETTINGS } from '@daihou/core';
import { type Database, loadServicingSettings } from '@daihou/db';
import type { EodSettings } from './eod-context';

/** Loads once per run what every partition needs: each product's servicing settings and the class and provision settings. */
export async function loadEodSettings(db: Database): Promise<EodSettings> {
  const codes = await db.query<{ code: string }>('select code from product');
  const products = new Map();
  for (const { code } of codes) products.set(code, await loadServicingSettings(db, code));
  return {
    products,
    classification: DEFAULT_CLASSIFICATION_SETTINGS,
    provisions: DEFAULT_PROVISION_SETTINGS,
  };
}
