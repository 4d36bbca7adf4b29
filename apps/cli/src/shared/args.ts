import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict option parsing: an unknown option or a missing value is bad input (exit 2) naming the option.
 */
export function parseOptions<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
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
