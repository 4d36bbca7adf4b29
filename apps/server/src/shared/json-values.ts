import { type Fen, formatYuan } from '@daihou/core';

/** JSON amounts are yuan strings with two decimals (CONTRACT.md). */
export const yuan = (amount: Fen | number): string => formatYuan(amount);

/** An annual rate in percent as stored ('6.00000000') → '6.00': at least two decimals, no trailing zeros beyond. */
export function percentText(text: string): string {
  const [whole = '0', frac = ''] = text.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return `${whole}.${trimmed.padEnd(2, '0')}`;
}
