import { PassThrough } from 'node:stream';
import { countRegisterInScope, findBusinessDate, readRegisterPageInScope } from '@daihou/db';
import { writeRegisterWorkbook } from '../../export/register-workbook';
import type { ServerContext } from '../../server-context';
import { ApiError } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { yuan } from '../../shared/json-values';
import type { LoanExportQuery } from './schemas';
import { loanFilterOf } from './service';

/** The filter as the audit entry and the summary sheet record it: only what the caller set. */
export function exportFilterRecord(q: LoanExportQuery): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: string | readonly string[] | undefined) => {
    if (value === undefined || value === '') return;
    out[key] = typeof value === 'string' ? value : value.join(',');
  };
  put('branchId', q.branchId);
  put('managerId', q.managerId);
  put('customerId', q.customerId);
  put('bucket', q.bucket);
  put('classification', q.classification);
  put('status', q.status);
  put('method', q.method);
  if (q.amountMin !== undefined) put('amountMin', yuan(q.amountMin));
  if (q.amountMax !== undefined) put('amountMax', yuan(q.amountMax));
  put('q', q.q);
  return out;
}

/**
 * The register of the loans a GET /loans query selects inside the caller's scope, as an .xlsx held in
 * memory (at most the configured exportRowLimit rows, 100,000 by default, a few MB) so that a failure answers an error instead of a cut
 * file. Counted first: above the limit nothing is read.
 */
export async function exportLoanRegister(ctx: ServerContext, caller: Caller, q: LoanExportQuery) {
  const filter = await loanFilterOf(ctx, caller, q);
  const total = await countRegisterInScope(ctx.db, caller.scope, filter);
  const limit = ctx.config.exportRowLimit;
  if (total > limit) {
    throw new ApiError(
      'rule_violation',
      `filter: ${total} loans match, more than the ${limit} one export may hold; narrow the filter`,
      'filter',
    );
  }
  const businessDate = await findBusinessDate(ctx.db);
  const record = exportFilterRecord(q);
  const note = Object.keys(record).length
    ? `筛选条件：${Object.entries(record)
        .map(([k, v]) => `${k}=${v}`)
        .join('；')}`
    : '筛选条件：无（可见范围内全部贷款）';
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const result = await writeRegisterWorkbook(ctx.db, stream, businessDate, {
    readPage: (tx, after, limit) => readRegisterPageInScope(tx, caller.scope, filter, after, limit),
    scopeNote: note,
  });
  await ended;
  return { file: Buffer.concat(chunks), loans: result.loans, filter: record, businessDate };
}
