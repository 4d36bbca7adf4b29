import { z } from 'zod';
import { dateText } from '../../shared/request-schemas';

export const repaymentBodySchema = z.strictObject({
  date: dateText.describe('the current business date (earlier dates are corrections for maker–checker)'),
  amount: z
    .string()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, 'must be an amount in yuan such as "1000.00"')
    .describe('yuan, more than 0.00'),
});
