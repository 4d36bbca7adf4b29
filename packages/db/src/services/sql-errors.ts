/**
 * A unique-index violation (SQLSTATE 23505) on the named constraint. Both engines raise errors carrying
 * the server's `code` and `constraint` fields.
 */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && e.constraint === constraint;
}
