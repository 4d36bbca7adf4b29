import { type ParseArgsConfig, parseArgs } from 'node:util';
import { badInput, DomainError } from '@daihou/core';
import { UsageError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `--principal -5.00` means the value -5.00, not an option `-5`: glue such values to their option. */
function glueNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (a.startsWith('--') && !a.includes('=') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * Strict option parsing: an unknown option or a missing value is bad input (exit 2) naming the option.
 */
export function parseOptions<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: glueNegativeValues(args), options, strict: true, allowPositionals });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const m = /'(--?[\w-]+)/.exec(message);
    throw new UsageError(m?.[1] ?? 'arguments', message.replace(/\. To specify.*$/s, ''));
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${name}`, 'is required');
  return value;
}

/** As withOptionNames, for asynchronous work. */
export async function withOptionNamesAsync<T>(
  names: Record<string, string>,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    return withOptionNames(names, () => {
      throw err;
    });
  }
}

/**
 * Runs `fn` and re-labels a bad-input error's domain field with the command-line option the user
 * typed (annualRate → --rate), so the message names what to fix.
 */
export function withOptionNames<T>(names: Record<string, string>, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DomainError && err.code === 'bad_input' && err.field && names[err.field]) {
      throw badInput(`--${names[err.field]}`, err.message.slice(err.field.length + 2));
    }
    throw err;
  }
}
