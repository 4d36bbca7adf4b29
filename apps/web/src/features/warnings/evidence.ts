import { fenToYuan, formatYuan } from '../../shared/format';

/** Evidence fields that hold amounts in fen (RULES.md §1): shown in yuan. */
const FEN_KEYS = new Set(['principalOwed', 'paid', 'due', 'amount', 'overdueAmount', 'netWorth', 'exposure']);

/** The evidence with its fen amounts as "¥1,234.56" (exact: integer fen through bigint, never floats). */
export function readableEvidence(value: unknown, key?: string): unknown {
  if (typeof value === 'number' && key !== undefined && FEN_KEYS.has(key) && Number.isSafeInteger(value))
    return formatYuan(fenToYuan(BigInt(value)));
  if (Array.isArray(value)) return value.map((v) => readableEvidence(v));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readableEvidence(v, k)]));
  return value;
}
