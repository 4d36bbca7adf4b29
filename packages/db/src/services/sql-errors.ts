/**
 * A unique-index violation (SQLSTATE 23505) on the named constraint. Both engines raise errors carrying
 * the server's `code` and `constraint` fields.
 */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && e.constraint === constraint;
}

/** A lock wait that ran out of lock_timeout (SQLSTATE 55P03). */
export function isLockTimeout(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '55P03';
}
