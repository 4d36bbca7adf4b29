import { createHash } from 'node:crypto';
import {
  addDays,
  badInput,
  type Fen,
  type LocalDate,
  type PrepaymentMode,
  type PrepaymentQuote,
  parseLocalDate,
  parseYuan,
  payoffQuote,
  prepaymentQuote,
} from '@daihou/core';
import {
  getBusinessDate,
  isLoanInScope,
  ledgerOnEve,
  loadLoanWithLedger,
  loadServicingSettings,
} from '@daihou/db';
import type { Auditor } from '../../plugins/audit-trail';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import { yuan } from '../../shared/json-values';
import { bookLocked, type PrepaymentResult, replayOrConflict, requireActive } from './prepayment-booking';

/** Quotes (试算) and bookings of partial prepayment and payoff (RULES.md §4) through core's prepay. */

// A quote for a date further out than this is guesswork (no payment assumed for a year).
const MAX_QUOTE_DAYS_AHEAD = 366;

const quoteJson = (loanId: string, q: PrepaymentQuote) => ({
  loanId,
  date: q.date,
  duePrincipal: yuan(q.duePrincipal),
  dueInterest: yuan(q.dueInterest),
  penalty: yuan(q.penalty),
  compound: yuan(q.compound),
  dueFee: yuan(q.dueFee),
  notDuePrincipal: yuan(q.notDuePrincipal),
  prepaidPrincipal: yuan(q.prepaidPrincipal),
  principalAfter: yuan(q.principalAfter),
  brokenPeriodFrom: q.brokenPeriodFrom,
  brokenPeriodDays: q.brokenPeriodDays,
  brokenPeriodInterest: yuan(q.brokenPeriodInterest),
  prepaymentFee: yuan(q.prepaymentFee),
  grossAmount: yuan(q.grossAmount),
  creditBalanceApplied: yuan(q.creditBalanceApplied),
  netAmount: yuan(q.netAmount),
});

async function quoteBase(ctx: ServerContext, caller: Caller, loanId: string, dateText: string | undefined) {
  const full = (await isLoanInScope(ctx.db, caller.scope, loanId))
    ? await loadLoanWithLedger(ctx.db, loanId)
    : null;
  if (!full) throw notFound(`loan ${loanId}`, 'id');
  const { loan } = full;
  requireActive(loan);
  const businessDate = await getBusinessDate(ctx.db);
  const date = dateText === undefined ? businessDate : parseLocalDate(dateText, 'date');
  if (date < businessDate) throw badInput('date', `${date} is before the business date ${businessDate}`);
  if (date > addDays(businessDate, MAX_QUOTE_DAYS_AHEAD)) {
    throw badInput('date', `${date} is more than ${MAX_QUOTE_DAYS_AHEAD} days after the business date`);
  }
  if (date <= loan.terms.disbursementDate) {
    throw badInput('date', `${date} is on or before the disbursement date ${loan.terms.disbursementDate}`);
  }
  const settings = await loadServicingSettings(ctx.db, loan.productCode);
  return { loan, ledger: ledgerOnEve(loan, full.ledger, settings, date).ledger, settings, date };
}

/** What settling the loan on `date` costs, assuming nothing is paid before (结清试算). */
export async function quotePayoff(
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  date: string | undefined,
) {
  return withFieldNames({ loanId: 'id' }, async () => {
    const b = await quoteBase(ctx, caller, loanId, date);
    return quoteJson(loanId, payoffQuote(b.ledger, b.loan.terms, b.settings, b.date));
  });
}

/** What prepaying `principal` on `date` costs (提前还款试算). */
export async function quotePrepayment(
  ctx: ServerContext,
  caller: Caller,
  loanId: string,
  date: string | undefined,
  principal: Fen,
) {
  return withFieldNames({ loanId: 'id', prepaidPrincipal: 'principal' }, async () => {
    const b = await quoteBase(ctx, caller, loanId, date);
    return quoteJson(loanId, prepaymentQuote(b.ledger, b.loan.terms, b.settings, b.date, principal));
  });
}

export interface PrepaymentRequest {
  readonly loanId: string;
  readonly date: string;
  readonly amount: string;
  readonly mode: PrepaymentMode;
  readonly idempotencyKey: string;
}

/** Same key and same body → same request; the body is compared in fen ("1000" = "1000.00"). */
const requestHash = (loanId: string, date: LocalDate, amount: Fen, mode: PrepaymentMode): string =>
  createHash('sha256')
    .update(JSON.stringify(['prepayment/v1', loanId, date, amount, mode]))
    .digest('hex');

function isIdempotencyKeyViolation(err: unknown): boolean {
  const e = err as { code?: unknown; constraint?: unknown } | null;
  return e?.code === '23505' && e.constraint === 'repayment_idempotency_key_key';
}

/**
 * Books a partial prepayment or a payoff (prepayment-booking.ts) on a loan inside the caller's scope; the
 * `prepayment.<mode>` audit entry is appended last in the booking's transaction (a replay appends none).
 */
export async function bookPrepayment(
  ctx: ServerContext,
  caller: Caller,
  r: PrepaymentRequest,
  audit: Auditor,
): Promise<PrepaymentResult> {
  return withFieldNames({ loanId: 'id', idempotencyKey: 'Idempotency-Key' }, async () => {
    if (!(await isLoanInScope(ctx.db, caller.scope, r.loanId))) throw notFound(`loan ${r.loanId}`, 'id');
    const date = parseLocalDate(r.date, 'date');
    const amount = parseYuan(r.amount, 'amount');
    if (amount <= 0) throw badInput('amount', `"${r.amount}" must be more than 0.00`);
    const hash = requestHash(r.loanId, date, amount, r.mode);
    const booking = { ...r, date, amount, hash, actor: caller.username };
    try {
      return await ctx.db.transaction((tx) =>
        // The new schedule is on the loan (and in the prepayment event); the entry keeps the money.
        bookLocked(tx, booking, (inTx, loan, { schedule: _schedule, ...result }) =>
          audit(inTx, {
            action: `prepayment.${r.mode}`,
            objectType: 'loan',
            objectId: loan.id,
            branchId: loan.branchId,
            before: {
              status: loan.status,
              principalOwed: yuan(loan.principalOwed),
              creditBalance: yuan(loan.creditBalance),
            },
            after: { ...result, idempotencyKey: r.idempotencyKey },
          }),
        ),
      );
    } catch (err) {
      // Only a same-key request for another loan can get here (same-loan retries queue on the lock).
      if (isIdempotencyKeyViolation(err)) {
        const replay = await replayOrConflict(ctx.db, r.idempotencyKey, hash);
        if (replay) return replay;
      }
      throw err;
    }
  });
}
