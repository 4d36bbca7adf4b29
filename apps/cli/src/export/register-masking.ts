/**
 * Personal data in the register is masked (DESIGN.md: ID numbers and phones are masked in lists):
 * enough to recognise a customer, not enough to use the number.
 */
export function maskIdNumber(id: string): string {
  if (id.length >= 12) return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
  if (id.length <= 2) return '*'.repeat(id.length);
  return `${id[0]}${'*'.repeat(id.length - 2)}${id[id.length - 1]}`;
}

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string | null): string {
  if (!phone) return '';
  if (phone.length < 8) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
