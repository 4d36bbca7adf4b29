/**
 * Check digits of the two identity numbers a bank's customer register carries, so generated demo
 * customers pass the same validation as real ones: the resident identity card number (GB 11643-1999)
 * and the unified social credit code (统一社会信用代码, GB 32100-2015, whose organisation code part
 * carries its own GB 11714-1997 check character).
 */

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_CHECK = '10X98765432';

/** The 18th character of a resident ID number from its first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_WEIGHTS[i]!;
  return RESIDENT_CHECK[sum % 11]!;
}

export function isValidResidentId(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && residentIdCheckChar(id.slice(0, 17)) === id[17];
}

/** A resident ID number: region (6), birth date (8), sequence (3, odd for men), check character. */
export function residentId(region: string, birthDate: string, sequence: number): string {
  const body = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return `${body}${residentIdCheckChar(body)}`;
}

/** Characters of a credit code: digits and capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The 18th character of a unified social credit code from its first 17. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`not 17 characters: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARS.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`"${first17[i]}" is not a credit-code character`);
    sum += v * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of an 8-character organisation code body (digits, A=10 … Z=35). */
export function orgCodeCheckChar(body: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body)) throw new RangeError(`not an organisation code body: ${body}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A credit code of an enterprise registered with the market regulator (9 = 工商, 1 = 企业): region (6),
 * organisation code body (8) with its check character, then the code's own check character.
 */
export function creditCode(region: string, orgBody: string): string {
  const first17 = `91${region}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}
