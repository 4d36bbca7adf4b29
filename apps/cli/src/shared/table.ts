/** A plain fixed-width text table; numbers right-aligned (anything that looks like an amount or count). */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = (s: string) => /^-?[\d,]+(\.\d+)?%?$/.test(s);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric(cell) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
