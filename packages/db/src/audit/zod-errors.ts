import { badInput, type DomainError } from '@daihou/core';
import type { z } from 'zod';

const pathText = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/**
 * The first problem zod found, as bad_input naming the field (`payload.classification`, `payload.note`
 * for a key that is not allowed). `prefix` names the object that was validated.
 */
export function zodBadInput(error: z.ZodError, prefix = ''): DomainError {
  const issue = error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = pathText([...issue.path, ...(keys.length ? [keys[0]!] : [])]);
  const field = prefix && path ? `${prefix}.${path}` : prefix || path || 'input';
  return badInput(field, keys.length ? 'is not a known key' : issue.message);
}

/** Parses with a zod schema; the first problem is bad_input naming its field. */
export function parseOrBadInput<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw zodBadInput(parsed.error, prefix);
  return parsed.data;
}
