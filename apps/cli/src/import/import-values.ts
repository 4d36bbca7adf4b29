import {
  type AnnualRate,
  type Fen,
  isLocalDate,
  type LocalDate,
  parseAnnualRate,
  parseTerm,
  parseYuan,
} from '@daihou/core';
import type { RowCheck } from './import-row';

const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * An amount in yuan → fen, more than 0. Thousands separators as Excel shows them ("50,000.00") are
 * read; more than two decimals is refused, never rounded (RULES.md §1).
 */
export function amountOf(check: RowCheck, column: string): Fen | null {
  let v = check.required(column);
  if (v === null) return null;
  if (THOUSANDS.test(v)) v = v.replace(/,/g, '');
  if (/^-?\d+\.\d{3,}$/.test(v)) {
    check.fail(column, '金额最多两位小数（元，精确到分），不会自动四舍五入');
    return null;
  }
  let amount: Fen;
  try {
    amount = parseYuan(v, column);
  } catch {
    check.fail(column, '不是有效的金额（单位元，最多两位小数，如 50000.00）');
    return null;
  }
  if (amount <= 0) {
    check.fail(column, '金额应大于 0');
    return null;
  }
  return amount;
}

/** An annual rate in percent ("4.90"), 0–36. */
export function annualRateOf(check: RowCheck, column: string): AnnualRate | null {
  const v = check.required(column);
  if (v === null) return null;
  if (!/^\d{1,6}(\.\d{1,8})?$/.test(v)) {
    check.fail(column, '应为年利率百分数（如 4.90 表示 4.90%），不带 % 号');
    return null;
  }
  try {
    return parseAnnualRate(v, column);
  } catch {
    check.fail(column, '年利率超过 36%，不受理');
    return null;
  }
}

/** A whole number of installments 1–360. */
export function termOf(check: RowCheck, column: string): number | null {
  const v = check.required(column);
  if (v === null) return null;
  try {
    return parseTerm(v, column);
  } catch {
    check.fail(column, '期数应为 1 到 360 的整数');
    return null;
  }
}

const DATE_LIKE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** A real calendar date, written YYYY-MM-DD (YYYY/M/D as Excel shows it is read too). */
export function dateOf(check: RowCheck, column: string): LocalDate | null {
  const v = check.required(column);
  if (v === null) return null;
  const m = DATE_LIKE.exec(v);
  if (!m) {
    check.fail(column, '日期格式应为 YYYY-MM-DD');
    return null;
  }
  const text = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (!isLocalDate(text)) {
    check.fail(column, `${text} 不是真实存在的日期`);
    return null;
  }
  return text as LocalDate;
}
