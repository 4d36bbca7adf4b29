/**
 * The checks an amount typed into a money form gets before anything is sent: the server's own rule
 * (yuan, at most two decimals, more than 0.00, at most 13 digits before the point), each failure with
 * its own message so the officer sees what to fix. No float is involved: the text is checked as text.
 */
export type AmountProblem = 'required' | 'format' | 'decimals' | 'positive';

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

export function amountProblem(text: string): AmountProblem | null {
  const s = text.trim();
  if (s === '') return 'required';
  if (/^-\d/.test(s)) return 'positive';
  if (/^\d+\.\d{3,}$/.test(s)) return 'decimals';
  if (!AMOUNT.test(s)) return 'format';
  if (/^0+(\.0*)?$/.test(s)) return 'positive';
  return null;
}

/** An idempotency key for one submission; getRandomValues works outside secure contexts too. */
export function newIdempotencyKey(prefix: string): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
