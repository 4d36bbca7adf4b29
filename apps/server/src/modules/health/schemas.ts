import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  businessDate: z.string().nullable().describe('YYYY-MM-DD; null before the database has one'),
});
