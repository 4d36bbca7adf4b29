import { isLocalDate } from '@daihou/core';

/** The ID document types the template accepts, by customer type. */
export const ID_TYPE_RESIDENT_ID = '居民身份证';
export const ID_TYPE_CREDIT_CODE = '统一社会信用代码';

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_CHECK = '10X98765432';

/**
 * Why an 18-character resident ID number (居民身份证号码, GB 11643-1999) is not valid, or null when it is:
 * 6-digit region, a real birth date, 3-digit sequence and the ISO 7064 MOD 11-2 check character.
 */
export function residentIdProblem(text: string): string | null {
  if (!/^\d{17}[\dX]$/.test(text)) return '居民身份证号码应为 18 位（17 位数字加校验位数字或 X）';
  if (text[0] === '0') return '居民身份证号码的地区码无效';
  const birth = `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`;
  if (!isLocalDate(birth)) return `居民身份证号码中的出生日期 ${birth} 不是有效日期`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(text[i]) * RESIDENT_WEIGHTS[i]!;
  if (RESIDENT_CHECK[sum % 11] !== text[17]) return '居民身份证号码校验位不正确';
  return null;
}

// GB 32100-2015 characters: digits and capitals without I, O, Z, S, V.
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * Why a unified social credit code (统一社会信用代码) is not valid, or null when it is: 18 characters of
 * the GB 32100 alphabet with a 6-digit administrative division code. The check character is not
 * verified: bank registers carry codes copied from business licences, and the template's sample data
 * does not satisfy the check (see docs); a wrong length or alphabet is what staff actually mistype.
 */
export function creditCodeProblem(text: string): string | null {
  if (text.length !== 18) return `统一社会信用代码应为 18 位，实际 ${text.length} 位`;
  if (!CREDIT_CODE.test(text))
    return '统一社会信用代码含有无效字符（只用数字和除 I、O、Z、S、V 以外的大写字母）';
  return null;
}

/** A mainland mobile number: 11 digits starting with 1. */
export const isMobilePhone = (text: string): boolean => /^1\d{10}$/.test(text);
