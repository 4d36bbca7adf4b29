import { type LocalDate, parseLocalDate } from '@daihou/core';
import type { Sql } from '../sql-client';

/** The current business date, or null before the database was given one. */
export async function findBusinessDate(sql: Sql): Promise<LocalDate | null> {
  const rows = await sql.query<{ business_date: string }>(
    'select business_date from system_state where id = 1',
  );
  return rows[0] ? parseLocalDate(rows[0].business_date) : null;
}

export async function getBusinessDate(sql: Sql): Promise<LocalDate> {
  const date = await findBusinessDate(sql);
  if (!date)
    throw new Error('the database has no business date yet (run `daihou demo` or `daihou import` first)');
  return date;
}

/**
 * Gives a new database its first business date; an existing one is kept (it only moves by end of day).
 * Returns the business date in force.
 */
export async function initBusinessDate(sql: Sql, date: LocalDate): Promise<LocalDate> {
  await sql.query('insert into system_state (id, business_date) values (1, $1) on conflict (id) do nothing', [
    date,
  ]);
  return getBusinessDate(sql);
}

/** Moves the business date (end of day only). */
export async function setBusinessDate(sql: Sql, date: LocalDate): Promise<void> {
  await sql.query('update system_state set business_date = $1 where id = 1', [date]);
}
