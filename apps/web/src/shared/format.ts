/**
 * Display formats of the console. The API sends amounts as yuan strings with two decimals and ratios
 * as decimal strings; they are reformatted as text (or as integer fen in bigint), never through floats,
 * so what is shown is exactly what the API said.
 */

const YUAN = /^(-?)(\d+)\.(\d{2})$/;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1234567.80" → "¥1,234,567.80"; "-5.00" → "-¥5.00". Anything else is shown as it came, marked. */
export function formatYuan(amount: string): string {
  const m = YUAN.exec(amount);
  if (!m) return `¥${amount}?`;
  const [, sign, whole, cents] = m;
  const digits = whole!.replace(/^0+(?=\d)/, '');
  return `${sign}¥${group(digits)}.${cents}`;
}

/** A yuan string as integer fen, for sums and shares computed in the console. */
export function yuanToFen(amount: string): bigint {
  const m = YUAN.exec(amount);
  if (!m) throw new Error(`not a yuan amount with two decimals: ${amount}`);
  const fen = BigInt(m[2]!) * 100n + BigInt(m[3]!);
  return m[1] === '-' ? -fen : fen;
}

/** Integer fen back to a yuan string with two decimals. */
export function fenToYuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Rounds n / d half away from zero (d > 0). */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (2n * (r < 0n ? -r : r) >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** Hundredths of a percent of a decimal string: "0.02134" → 213n (2.13 %). */
function basisHundredths(ratio: string): bigint | null {
  const m = DECIMAL.exec(ratio);
  if (!m) return null;
  const frac = m[3] ?? '';
  const scaled = BigInt(m[2]! + frac) * (m[1] === '-' ? -1n : 1n);
  return divRound(scaled * 10_000n, 10n ** BigInt(frac.length));
}

const percentOf = (hundredths: bigint): string => {
  const sign = hundredths < 0n ? '-' : '';
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${group(String(abs / 100n))}.${String(abs % 100n).padStart(2, '0')}%`;
};

/** A ratio "0.0213" → "2.13%" (two decimals, half up); null (base zero) → "—". */
export function formatRatio(ratio: string | null): string {
  if (ratio === null) return '—';
  const h = basisHundredths(ratio);
  return h === null ? `${ratio}?` : percentOf(h);
}

/** part / whole of two fen amounts as a percentage with two decimals; "—" when whole is zero. */
export function formatShare(part: bigint, whole: bigint): string {
  if (whole === 0n) return '—';
  return percentOf(divRound(part * 10_000n, whole));
}

/** A business date is shown as it is stored (YYYY-MM-DD); a timestamp by its UTC date and time. */
export function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** A rate in percent per year as the API sends it ("6.00") → "6.00%". */
export const formatRatePercent = (rate: string): string => `${rate}%`;

/** A count with thousands separators. */
export const formatCount = (n: number): string => group(String(n));
