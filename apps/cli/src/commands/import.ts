import { existsSync, statSync } from 'node:fs';
import { connectFromEnv, initBusinessDate, migrate } from '@daihou/db';
import { importTable } from '../import/import-pipeline';
import { formatImportReport } from '../import/import-report-text';
import { DATE_COLUMNS, IMPORT_KINDS, type ImportKind } from '../import/import-template';
import { readTableFile, tableFormatOf } from '../import/table-source';
import { parseOptions, requireOption } from '../shared/args';
import { type Command, EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../shared/cli-io';
import { todayAtEdge } from '../shared/clock';

const HELP = `Usage: daihou import <file.xlsx|file.csv> --kind customers|loans|repayments [--dry-run] [--partial] [--json]

Bulk import in the template of CONTRACT.md (Chinese headers; CSV in UTF-8 with or without BOM, or the
first sheet of an .xlsx). Every bad row is reported with its row number (header = row 1), column and
problem. Nothing is written when any row is bad, unless --partial (then the good rows are written).
  --dry-run   check only, write nothing
  --partial   write the good rows, report the bad ones
  --json      print the report as one JSON document
Exit 0 when everything was imported (or with --partial), 2 when a row or the file is bad, 1 otherwise.`;

export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    args,
    {
      kind: { type: 'string' },
      'dry-run': { type: 'boolean' },
      partial: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.out(HELP);
    return EXIT_OK;
  }
  const kindText = requireOption(values.kind, 'kind');
  if (!(IMPORT_KINDS as readonly string[]).includes(kindText)) {
    throw new UsageError('--kind', `unknown kind "${kindText}" (one of ${IMPORT_KINDS.join(', ')})`);
  }
  const kind = kindText as ImportKind;
  if (positionals.length !== 1) throw new UsageError('file', 'give exactly one .csv or .xlsx file to import');
  const path = positionals[0]!;
  if (tableFormatOf(path) === null) throw new UsageError('file', `"${path}" must be a .csv or .xlsx file`);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError('file', `"${path}" does not exist`);
  const partial = values.partial === true;

  const db = await connectFromEnv();
  try {
    await migrate(db);
    await initBusinessDate(db, todayAtEdge());
    const report = await importTable(db, kind, readTableFile(path, DATE_COLUMNS), {
      dryRun: values['dry-run'] === true,
      partial,
    });
    io.out(values.json ? JSON.stringify(report) : formatImportReport(report, partial));
    // A missing column stops the import before any row is read: --partial cannot help.
    const fileLevel = report.rowsRead === 0;
    if (report.errors.length > 0 && (!partial || fileLevel)) {
      const first = report.errors[0]!;
      const written = report.dryRun ? 'dry run' : 'nothing was written';
      io.err(
        `${first.column}: row ${first.row}: ${first.message} (${report.errors.length} problem(s) in ${new Set(report.errors.map((e) => e.row)).size} row(s); ${written})`,
      );
      return EXIT_BAD_INPUT;
    }
    if (report.errors.length > 0) {
      io.err(`import: ${report.errors.length} problem(s); the bad rows were left out (--partial)`);
    }
    return EXIT_OK;
  } finally {
    await db.close();
  }
};
