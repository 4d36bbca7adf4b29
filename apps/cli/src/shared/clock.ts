import { type LocalDate, parseLocalDate } from '@daihou/core';

/**
 * Today's date at the edge, for a brand-new database's first business date. DAIHOU_BUSINESS_DATE
 * overrides it so demos and tests are reproducible.
 */
export function todayAtEdge(env: NodeJS.ProcessEnv = process.env): LocalDate {
  if (env.DAIHOU_BUSINESS_DATE) return parseLocalDate(env.DAIHOU_BUSINESS_DATE, 'DAIHOU_BUSINESS_DATE');
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return parseLocalDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}
