import { isLocalDate } from '@daihou/core';
import { z } from 'zod';

/**
 * A business date as text: the `YYYY-MM-DD` shape and a day the calendar has. 2026-02-30 is bad input here,
 * naming the field, instead of reaching a `date` column and failing there as a server error.
 */
export const localDateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isLocalDate, 'must be a real calendar date');
