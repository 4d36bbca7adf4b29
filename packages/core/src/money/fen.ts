import { badInput } from '../errors/domain-error';

/**
 * An amount of money in integer fen (分). A safe-integer number, not a bigint: JSON, SQL drivers and
 * arithmetic stay simple, and ±9×10^15 fen (90 trillion yuan) is far above any loan book.
 * Products that can leave the safe range (amount × rate) go through bigint in rounding.ts.
 * See docs/adr/0001-money-representation.md.
 */
export type Fen = number & { readonly __unit: 'fen' };

export const ZERO: Fen = 0 as Fen;

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`not a whole number of fen: ${value}`);
  }
  return value as Fen;
}

const YUAN_INPUT = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/**
 * Parses a yuan decimal string ("8530.99", "12", "0.5") into fen. More than two decimals, exponents,
 * separators or spaces are refused: an amount is never silently rounded on the way in.
 */
export function parseYuan(text: string, field = 'amount'): Fen {
  const m = YUAN_INPUT.exec(text);
  if (!m) {
    if (/^-?\d+\.\d{3,}$/.test(text)) {
      throw badInput(
        field,
        `"${text}" has more than two decimals (amounts are yuan with at most 2 decimals)`,
      );
    }
    throw badInput(field, `"${text}" is not an amount in yuan (expected e.g. "1000.00")`);
  }
  const [, sign, whole, frac = ''] = m;
  const abs = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  // "-0.00" is zero: a negative zero would compare and serialise differently from 0.
  return fen(sign === '-' && abs > 0 ? -abs : abs);
}

/** Formats fen as a yuan string with exactly two decimals: 853099 → "8530.99", -1200 → "-12.00". */
export function formatYuan(amount: Fen | number): string {
  const negative = amount < 0;
  const abs = negative ? -amount : amount;
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  return `${negative ? '-' : ''}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Formats fen for people: "¥1,234.56" style grouping without the symbol. */
export function formatYuanGrouped(amount: Fen | number): string {
  const plain = formatYuan(amount);
  const [whole = '', frac = ''] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

export const sumFen = (values: readonly number[]): Fen => {
  let total = 0;
  for (const v of values) total += v;
  return fen(total);
};

export const minFen = (a: Fen, b: Fen): Fen => (a < b ? a : b);
export const maxFen = (a: Fen, b: Fen): Fen => (a > b ? a : b);
