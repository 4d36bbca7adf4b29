import {
  badInput,
  type Fen,
  type LoanTerms,
  type LocalDate,
  parseLoanTerms,
  parseLocalDate,
  parseServicingSettings,
  parseYuan,
  type ServicingSettings,
} from '@daihou/core';
import { z } from 'zod';

/** The scenario file of `daihou simulate` (CONTRACT.md): any key not listed is bad input. */
const scenarioSchema = z.strictObject({
  loan: z.strictObject({
    principal: z.string(),
    annualRate: z.string(),
    term: z.number().int(),
    method: z.string(),
    disbursementDate: z.string(),
    frequency: z.string().optional(),
    graceDays: z.number().int().min(0).max(30).optional(),
    penaltyUplift: z.string().optional(),
  }),
  repayments: z.array(z.strictObject({ date: z.string(), amount: z.string() })).default([]),
  asOf: z.string(),
});

export interface Scenario {
  readonly terms: LoanTerms;
  readonly settings: ServicingSettings;
  readonly repayments: readonly { date: LocalDate; amount: Fen }[];
  readonly asOf: LocalDate;
}

const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') ||
  'scenario';

/** Validates a parsed scenario document into domain values; the first problem names its field. */
export function parseScenario(doc: unknown): Scenario {
  const parsed = scenarioSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...(keys.length ? [keys[0]!] : [])];
    const message = keys.length ? 'is not a known key' : issue.message;
    throw badInput(pathOf(path), message);
  }
  const s = parsed.data;
  const prefix = (field: string) => `loan.${field}`;
  const terms = withPrefix(prefix, () =>
    parseLoanTerms({
      principal: s.loan.principal,
      annualRate: s.loan.annualRate,
      term: s.loan.term,
      method: s.loan.method,
      frequency: s.loan.frequency,
      disbursementDate: s.loan.disbursementDate,
    }),
  );
  const settings = withPrefix(prefix, () =>
    parseServicingSettings({ graceDays: s.loan.graceDays, penaltyUplift: s.loan.penaltyUplift }),
  );
  const asOf = parseLocalDate(s.asOf, 'asOf');
  const repayments = s.repayments.map((r, i) => ({
    date: parseLocalDate(r.date, `repayments[${i}].date`),
    amount: parseYuan(r.amount, `repayments[${i}].amount`),
  }));
  return { terms, settings, repayments, asOf };
}

/** Re-labels a domain error's field with the scenario path it came from (principal → loan.principal). */
function withPrefix<T>(prefix: (field: string) => string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const field = (err as { field?: unknown }).field;
    if (typeof field === 'string' && err instanceof Error) {
      throw badInput(prefix(field), err.message.slice(field.length + 2));
    }
    throw err;
  }
}
