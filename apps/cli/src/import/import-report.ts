import type { ImportKind } from './import-template';

/** One problem in an import file: the row as a person sees it (header = row 1), the column, the value. */
export interface ImportError {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

export interface ImportReport {
  readonly kind: ImportKind;
  /** True when nothing was meant to be written (--dry-run): rowsImported counts rows that would be. */
  readonly dryRun: boolean;
  /** Data rows read (blank rows are not counted). */
  rowsRead: number;
  /** Rows written (0 when a bad row stopped an all-or-nothing import). */
  rowsImported: number;
  /** Rows already in the database or repeated in the file with the same content (never written twice). */
  rowsSkipped: number;
  readonly errors: ImportError[];
}

export const emptyReport = (kind: ImportKind, dryRun: boolean): ImportReport => ({
  kind,
  dryRun,
  rowsRead: 0,
  rowsImported: 0,
  rowsSkipped: 0,
  errors: [],
});
