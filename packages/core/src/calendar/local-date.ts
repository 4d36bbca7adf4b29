import { badInput } from '../errors/domain-error';

/**
 * A calendar date `YYYY-MM-DD` with no time of day and no time zone (RULES.md §1). Kept as its ISO
 * text so it sorts, compares, serialises and stores as itself; arithmetic goes through epoch days
 * with integer-only civil-calendar conversions (no Date, no clock).
 */
export type LocalDate = string & { readonly __kind: 'LocalDate' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const mod = (a: number, b: number): number => ((a % b) + b) % b;
const idiv = (a: number, b: number): number => (a - mod(a, b)) / b;

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const daysInMonth = (y: number, m: number): number =>
  m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

function make(y: number, m: number, d: number): LocalDate {
  return `${y}-${pad2(m)}-${pad2(d)}` as LocalDate;
}

// Dates are validated once at the edge (parseLocalDate), so inside the domain the digits can be read
// by position: no substring, no Number(), no allocation on the servicing hot path.
const digit = (date: string, at: number): number => date.charCodeAt(at) - 48;
const yearOf = (date: string): number =>
  digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
const monthOf = (date: string): number => digit(date, 5) * 10 + digit(date, 6);
const dayOf = (date: string): number => digit(date, 8) * 10 + digit(date, 9);

export function parts(date: LocalDate): { y: number; m: number; d: number } {
  return { y: yearOf(date), m: monthOf(date), d: dayOf(date) };
}

/** Parses and validates `YYYY-MM-DD` (years 1900–2199); an impossible date such as 2026-02-30 is refused. */
export function parseLocalDate(text: string, field = 'date'): LocalDate {
  const m = ISO.exec(text);
  if (!m) throw badInput(field, `"${text}" is not a date in the form YYYY-MM-DD`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2199) throw badInput(field, `"${text}" has a year outside 1900–2199`);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw badInput(field, `"${text}" is not a real calendar date`);
  }
  return text as LocalDate;
}

export const isLocalDate = (text: string): boolean => {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
};

/** Days since 1970-01-01 (Hinnant's days_from_civil, integer only). */
export function toEpochDay(date: LocalDate): number {
  const m = monthOf(date);
  const y = m <= 2 ? yearOf(date) - 1 : yearOf(date);
  const era = idiv(y, 400);
  const yoe = y - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = idiv(153 * mp + 2, 5) + dayOf(date) - 1;
  const doe = yoe * 365 + idiv(yoe, 4) - idiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromEpochDay(days: number): LocalDate {
  const z = days + 719468;
  const era = idiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = idiv(doe - idiv(doe, 1460) + idiv(doe, 36524) - idiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + idiv(yoe, 4) - idiv(yoe, 100));
  const mp = idiv(5 * doy + 2, 153);
  const d = doy - idiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return make(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

// A book's dates fall in a few thousand distinct days, and replays and end of day turn the same ones
// back into text over and over: keep each day's text once (bounded, so a long-running server cannot grow it).
const DATE_TEXT = new Map<number, LocalDate>();
const DATE_TEXT_LIMIT = 100_000;

export function fromEpochDay(days: number): LocalDate {
  const known = DATE_TEXT.get(days);
  if (known !== undefined) return known;
  const text = civilFromEpochDay(days);
  if (DATE_TEXT.size >= DATE_TEXT_LIMIT) DATE_TEXT.clear();
  DATE_TEXT.set(days, text);
  return text;
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromEpochDay(toEpochDay(date) + days);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => toEpochDay(to) - toEpochDay(from);

/**
 * The date `months` months after `start`, on start's day of month clamped to the month's last day.
 * The clamp never carries over: it is always computed from `start`, not from the previous due date
 * (RULES.md §1: 01-31 → 02-28, 03-31, 04-30 …).
 */
export function addMonthsClamped(start: LocalDate, months: number): LocalDate {
  const y = yearOf(start);
  const m = monthOf(start);
  const d = dayOf(start);
  const index = y * 12 + (m - 1) + months;
  const ny = idiv(index, 12);
  const nm = mod(index, 12) + 1;
  const last = daysInMonth(ny, nm);
  return make(ny, nm, d > last ? last : d);
}

export const compareDates = (a: LocalDate, b: LocalDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const minDate = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);
export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
