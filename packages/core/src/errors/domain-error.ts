/**
 * A rule violation or bad input detected by a domain rule. `field` names the input at fault so every
 * edge (CLI, HTTP, import report) can tell the user exactly what to fix.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly field: string | undefined;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

export const badInput = (field: string, message: string): DomainError =>
  new DomainError('bad_input', `${field}: ${message}`, field);
