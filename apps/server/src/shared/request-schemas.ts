import { parseYuan } from '@daihou/core';
import { localDateText } from '@daihou/db';
import { z } from 'zod';

/**
 * Building blocks for request schemas. Query strings arrive as text: numbers are parsed strictly (no
 * '1e3', no '0x10'), an empty value means "no filter" (forms send `branchId=`), and lists are
 * comma-separated values from a fixed vocabulary.
 */

const emptyAsAbsent = (v: unknown) => (v === '' ? undefined : v);

/** A query value where '' counts as absent. */
export const optionalQuery = <T extends z.ZodType>(schema: T) =>
  z.preprocess(emptyAsAbsent, schema.optional());

/** A query value with a default when absent or ''. */
export const queryWithDefault = <T extends z.ZodType>(schema: T, value: z.util.NoUndefined<z.output<T>>) =>
  z.preprocess(emptyAsAbsent, schema.default(value));

export const wholeNumberText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const MAX_PAGE = 10_000;
export const MAX_PAGE_SIZE = 200;

export const pageQuery = {
  page: queryWithDefault(wholeNumberText(1, MAX_PAGE), 1).describe('1-based page number'),
  pageSize: queryWithDefault(wholeNumberText(1, MAX_PAGE_SIZE), 50).describe('rows per page, 1–200'),
};

/** A database id (bigserial) as exact text. */
export const idText = z.string().regex(/^[1-9]\d{0,17}$/, 'must be a positive whole number');

export const idParams = z.strictObject({ id: idText });

/** A branch code as import files name it (HQ, A, A01 …). */
export const branchIdText = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, "must be a branch code (letters, digits, '_', '-')");

/** Comma-separated values, each from `values`: 'M1,M2'. */
export const csvOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(300)
    .transform((s) => s.split(','))
    .pipe(
      z
        .array(z.enum(values, { message: `each must be one of ${values.join(', ')}` }))
        .min(1)
        .max(values.length),
    );

/** A yuan amount with at most two decimals, as fen. */
export const yuanText = z
  .string()
  .regex(/^\d{1,13}(\.\d{1,2})?$/, 'must be an amount in yuan such as "1000.00"')
  .transform((s) => parseYuan(s));

/** Free text for a search box: trimmed, bounded, no control characters. */
export const searchText = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
  .transform((s) => s.trim());

/** A business date. */
export const dateText = localDateText;

/** Sort keys from an allow-list, '-' in front for descending: 'dpd', '-principalOwed'. */
export const sortOf = <const T extends readonly [string, ...string[]]>(keys: T, fallback: T[number]) =>
  queryWithDefault(
    z
      .string()
      .max(40)
      .refine((s) => keys.includes(s.replace(/^-/, '')), {
        message: `must be one of ${keys.join(', ')}, with '-' in front for descending`,
      })
      .transform((s) => ({ key: s.replace(/^-/, '') as T[number], descending: s.startsWith('-') })),
    { key: fallback, descending: false },
  );

/** The Idempotency-Key header of a money-moving request. */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,100}$/, 'must be 1–100 visible ASCII characters (e.g. a UUID)')
    .describe('Same key and body: the first result again. Same key, another body: 409.'),
});
