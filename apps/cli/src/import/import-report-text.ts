import type { ImportReport } from './import-report';
import { KIND_LABEL } from './import-template';

/** At most this many problems are listed in the human report (the JSON report has all of them). */
const SHOWN_ERRORS = 200;

/** The report as a post-loan officer reads it: totals, then one line per problem (row, column, value, what). */
export function formatImportReport(report: ImportReport, partial: boolean): string {
  const lines: string[] = [];
  const kind = `${KIND_LABEL[report.kind]}（${report.kind}）`;
  const bad = report.errors.length > 0;
  lines.push(`导入${kind}${report.dryRun ? ' — 试运行，未写入' : ''}`);
  lines.push(
    `  读取 ${report.rowsRead} 行，${report.dryRun ? '可导入' : '导入'} ${report.rowsImported} 行，跳过 ${report.rowsSkipped} 行（已存在或重复），问题 ${report.errors.length} 处`,
  );
  if (bad) {
    const rows = new Set(report.errors.map((e) => e.row)).size;
    lines.push(
      partial && !report.dryRun
        ? `  有问题的 ${rows} 行未导入，其余行已导入（--partial）`
        : `  有 ${rows} 行有问题，${report.dryRun ? '' : '未写入任何数据；'}请修改后重新导入（或用 --partial 只导入无误的行）`,
    );
    lines.push('');
    lines.push('  行号  列              值                    问题');
    for (const e of report.errors.slice(0, SHOWN_ERRORS)) {
      const value = e.value.length > 20 ? `${e.value.slice(0, 19)}…` : e.value;
      lines.push(`  ${String(e.row).padEnd(5)} ${padWide(e.column, 15)} ${padWide(value, 21)} ${e.message}`);
    }
    if (report.errors.length > SHOWN_ERRORS) {
      lines.push(`  … 另有 ${report.errors.length - SHOWN_ERRORS} 处问题（用 --json 查看全部）`);
    }
  }
  return lines.join('\n');
}

/** Pads to a display width, counting CJK characters as two columns. */
function padWide(text: string, width: number): string {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w >= width ? text : text + ' '.repeat(width - w);
}
