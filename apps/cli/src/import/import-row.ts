import type { ImportError } from './import-report';

/** A data row of an import file: its row number and its cells by template header, trimmed. */
export interface ImportRow {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Collects the problems of one row, each naming the column, the value and what is wrong, so a person
 * can fix the file in one pass (every problem of a row is reported, not only the first).
 */
export class RowCheck {
  bad = false;

  constructor(
    readonly row: ImportRow,
    private readonly errors: ImportError[],
  ) {}

  value(column: string): string {
    return this.row.values[column] ?? '';
  }

  fail(column: string, message: string): void {
    this.bad = true;
    this.errors.push({ row: this.row.row, column, value: this.value(column), message });
  }

  /** The non-empty value of a column, or null after reporting it missing. */
  required(column: string): string | null {
    const v = this.value(column);
    if (v === '') {
      this.fail(column, '必填，不能为空');
      return null;
    }
    return v;
  }

  /** The code a label stands for (个人 → individual), or null after reporting the allowed labels. */
  label<C>(column: string, byLabel: Readonly<Record<string, C>>): C | null {
    const v = this.required(column);
    if (v === null) return null;
    const code = Object.hasOwn(byLabel, v) ? byLabel[v] : undefined;
    if (code === undefined) {
      this.fail(column, `应为 ${Object.keys(byLabel).join('/')} 之一`);
      return null;
    }
    return code;
  }

  /** Runs a core parser, reporting its DomainError (message without the "field: " prefix) on the column. */
  parse<T>(column: string, parser: (text: string) => T, message?: (detail: string) => string): T | null {
    const v = this.required(column);
    if (v === null) return null;
    try {
      return parser(v);
    } catch (err) {
      const detail = err instanceof Error ? err.message.replace(/^[^:]*: /, '') : String(err);
      this.fail(column, message ? message(detail) : detail);
      return null;
    }
  }
}
