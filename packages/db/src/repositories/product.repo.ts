import { DomainError, parseServicingSettings, type ServicingSettings } from '@daihou/core';
import type { Sql } from '../sql-client';

/** A loan product and the servicing settings its loans follow (RULES.md: every *(configurable)* number). */
export interface Product {
  readonly code: string;
  readonly name: string;
  readonly settings: ServicingSettings;
}

export interface NewProduct {
  readonly code: string;
  readonly name: string;
  /** Fraction from "0.3" to "0.5". */
  readonly penaltyUplift?: string | undefined;
  readonly graceDays?: number | undefined;
  readonly dayBasis?: 360 | 365 | undefined;
  readonly waterfallOrder?: readonly string[] | undefined;
  /** Fraction of prepaid principal, "0" to "0.1". */
  readonly prepaymentFeeRate?: string | undefined;
  readonly prepaymentFeeFreeDays?: number | undefined;
}

interface ProductRow {
  code: string;
  name: string;
  penalty_uplift: string;
  grace_days: number;
  day_basis: number;
  waterfall_order: string[];
  prepayment_fee_rate: string;
  prepayment_fee_free_days: number;
}

const COLUMNS =
  'code, name, penalty_uplift, grace_days, day_basis, waterfall_order, prepayment_fee_rate, prepayment_fee_free_days';

// numeric columns arrive as exact text ('0.5000'); the core parser turns them into exact ratios.
const toProduct = (r: ProductRow): Product => ({
  code: r.code,
  name: r.name,
  settings: parseServicingSettings({
    penaltyUplift: r.penalty_uplift,
    graceDays: r.grace_days,
    dayBasis: r.day_basis,
    waterfallOrder: r.waterfall_order,
    prepaymentFeeRate: r.prepayment_fee_rate,
    prepaymentFeeFreeDays: r.prepayment_fee_free_days,
  }),
});

export async function findProduct(sql: Sql, code: string): Promise<Product | null> {
  const rows = await sql.query<ProductRow>(`select ${COLUMNS} from product where code = $1`, [code]);
  return rows[0] ? toProduct(rows[0]) : null;
}

/** The servicing settings of a product; a missing product is `not_found`. */
export async function loadServicingSettings(sql: Sql, code: string): Promise<ServicingSettings> {
  const product = await findProduct(sql, code);
  if (!product) throw new DomainError('not_found', `productCode: no product "${code}"`, 'productCode');
  return product.settings;
}

/** Creates a product; omitted settings take the schema defaults. */
export async function createProduct(sql: Sql, input: NewProduct): Promise<Product> {
  // Validate with the same parser the loader uses, so a product that saves always loads.
  parseServicingSettings(input);
  // Only the given settings are written, so the others take the schema's defaults (the RULES.md defaults).
  const given: [string, unknown][] = [
    ['code', input.code],
    ['name', input.name],
    ['penalty_uplift', input.penaltyUplift],
    ['grace_days', input.graceDays],
    ['day_basis', input.dayBasis],
    ['waterfall_order', input.waterfallOrder ? [...input.waterfallOrder] : undefined],
    ['prepayment_fee_rate', input.prepaymentFeeRate],
    ['prepayment_fee_free_days', input.prepaymentFeeFreeDays],
  ];
  const columns = given.filter(([, value]) => value !== undefined);
  const rows = await sql.query<ProductRow>(
    `insert into product (${columns.map(([c]) => c).join(', ')})
     values (${columns.map((_, i) => `$${i + 1}`).join(', ')}) returning ${COLUMNS}`,
    columns.map(([, value]) => value),
  );
  return toProduct(rows[0]!);
}
