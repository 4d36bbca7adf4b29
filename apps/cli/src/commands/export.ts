import { extname } from 'node:path';
import { connectFromEnv, findBusinessDate, migrate } from '@daihou/db';
import { writeRegisterWorkbook } from '@daihou/server/register-workbook';
import { parseOptions, requireOption } from '../shared/args';
import { type Command, EXIT_OK, UsageError } from '../shared/cli-io';

const HELP = `Usage: daihou export register --out FILE.xlsx [--json]

Writes the loan register (台账) as an Excel workbook: sheet 贷款台账 (one row per loan, Chinese headers,
amounts in yuan, ID numbers and phones masked) and sheet 汇总 (loans in force by 五级分类 and 账龄).`;

export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    args,
    { out: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.out(HELP);
    return EXIT_OK;
  }
  const what = positionals[0];
  if (what !== 'register') {
    throw new UsageError(
      'what',
      what === undefined ? 'say what to export: register' : `unknown export "${what}" (register)`,
    );
  }
  if (positionals.length > 1) throw new UsageError('what', `unexpected argument "${positionals[1]}"`);
  const out = requireOption(values.out, 'out');
  if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError('--out', `"${out}" must end in .xlsx`);

  const db = await connectFromEnv();
  try {
    await migrate(db);
    const businessDate = await findBusinessDate(db);
    let result: Awaited<ReturnType<typeof writeRegisterWorkbook>>;
    try {
      result = await writeRegisterWorkbook(db, out, businessDate);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
        throw new UsageError('--out', `cannot write "${out}" (${String(code)})`);
      }
      throw err;
    }
    if (values.json) io.out(JSON.stringify({ file: out, loans: result.loans, businessDate }));
    else io.out(`已导出贷款台账 ${result.loans} 笔（在贷 ${result.activeLoans} 笔）到 ${out}`);
    return EXIT_OK;
  } finally {
    await db.close();
  }
};
