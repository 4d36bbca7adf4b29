/**
 * Personal data is masked wherever it is listed (DESIGN.md "Security"): enough to recognise a customer
 * on the phone, not enough to use the number. Shared by the register export and the HTTP API so both
 * mask alike; an unmasked view is a separate, logged act.
 */

/** 110101199301131234 → 1101**********1234; short identifiers keep only their first and last character. */
export function maskIdNumber(id: string): string {
  if (id.length >= 12) return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
  if (id.length <= 2) return '*'.repeat(id.length);
  return `${id[0]}${'*'.repeat(id.length - 2)}${id[id.length - 1]}`;
}

/** 13812345678 → 138****5678; null (no phone on file) → ''. */
export function maskPhone(phone: string | null): string {
  if (!phone) return '';
  if (phone.length < 8) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** A bank account or card number: 6222021234567890123 → 6222***********0123 (as an ID number). */
export const maskAccountNumber = (account: string): string => maskIdNumber(account);

/** Masks a value that may be absent, keeping null as null (JSON fields that are optional). */
export const maskNullable = (value: string | null, mask: (v: string) => string): string | null =>
  value === null ? null : mask(value);
