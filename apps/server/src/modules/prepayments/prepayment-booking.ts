import {
  badInput,
  DomainError,
  type Fen,
  type LocalDate,
  outstandingOf,
  type PrepaymentMode,
  prepay,
} from '@daihou/core';
import {
  appendLoanEvent,
  findRepaymentByIdempotencyKey,
  getBusinessDate,
  insertAllocations,
  insertRepayment,
  type JsonValue,
  type Loan,
  type LoanWithLedger,
  ledgerOnEve,
  listLoanEvents,
  loadLoanForUpdate,
  loadServicingSettings,
  lockPartitionForBooking,
  type RepaymentTotals,
  type Sql,
  saveLedger,
  toRepaymentView,
} from '@daihou/db';
import { notFound } from '../../shared/api-error';
import { yuan } from '../../shared/json-values';
import { installmentJson } from '../loans/service';

/**
 * One prepayment booking inside its transaction (the loan row locked): the money is stored as a
 * repayment (source 'prepayment') with its allocation, the ledger gets core's new installments, and a
 * 'prepayment' event keeps the result so a retry with the same Idempotency-Key gets it back.
 */

/** Money and quotes only for an active loan: settled and written-off loans answer 422. */
export function requireActive(loan: Loan): void {
  if (loan.status !== 'active') {
    throw new DomainError('rule_violation', `id: loan ${loan.id} is ${loan.status}`, 'id');
  }
}

export type PrepaymentResult = ReturnType<typeof resultJson>;

function resultJson(
  repayment: ReturnType<typeof toRepaymentView>,
  mode: PrepaymentMode,
  booked: ReturnType<typeof prepay>,
  date: LocalDate,
) {
  return {
    repayment,
    mode,
    prepaidPrincipal: yuan(booked.charge?.prepaidPrincipal ?? 0),
    brokenPeriodInterest: yuan(booked.charge?.brokenPeriodInterest ?? 0),
    prepaymentFee: yuan(booked.charge?.prepaymentFee ?? 0),
    principalAfter: yuan(outstandingOf(booked.ledger, date).principal),
    status: booked.status === 'settled' ? ('settled' as const) : ('active' as const),
    schedule: booked.ledger.installments.filter((i) => i.dueDate > date).map(installmentJson),
  };
}

export interface Booking {
  readonly loanId: string;
  readonly mode: PrepaymentMode;
  readonly idempotencyKey: string;
  readonly date: LocalDate;
  readonly amount: Fen;
  readonly hash: string;
  readonly actor: string;
}

export async function replayOrConflict(
  sql: Sql,
  key: string,
  hash: string,
): Promise<PrepaymentResult | null> {
  const first = await findRepaymentByIdempotencyKey(sql, key);
  if (!first) return null;
  if (first.requestHash !== hash) {
    throw new DomainError(
      'conflict',
      `idempotencyKey: already used for another request (repayment ${first.id})`,
      'idempotencyKey',
    );
  }
  const events = await listLoanEvents(sql, first.loanId);
  const event = events.find(
    (e) =>
      e.eventType === 'prepayment' &&
      typeof e.payload === 'object' &&
      e.payload !== null &&
      !Array.isArray(e.payload) &&
      e.payload.repaymentId === first.id,
  );
  const payload = event?.payload as { result?: PrepaymentResult } | undefined;
  if (!payload?.result) throw new Error(`repayment ${first.id} has no prepayment event to replay`);
  return payload.result;
}

async function checkBookable(
  tx: Sql,
  { loan }: LoanWithLedger,
  date: LocalDate,
  day: 'open' | 'closed',
): Promise<void> {
  requireActive(loan);
  if (date <= loan.terms.disbursementDate) {
    throw badInput('date', `${date} is on or before the disbursement date ${loan.terms.disbursementDate}`);
  }
  const businessDate = await getBusinessDate(tx);
  if (date !== businessDate) {
    throw badInput('date', `${date} is not the current business date ${businessDate}`);
  }
  if (day === 'closed' || loan.accruedThrough >= date) {
    throw new DomainError(
      'rule_violation',
      `date: ${date} is already closed by end of day for this loan; try again on the next business date`,
      'date',
    );
  }
}

/** Called last in a booking's transaction, only when it writes (never for a replay): the audit entry. */
export type OnPrepaymentBooked = (tx: Sql, loan: Loan, result: PrepaymentResult) => Promise<void>;

export async function bookLocked(
  tx: Sql,
  b: Booking,
  onBooked?: OnPrepaymentBooked,
): Promise<PrepaymentResult> {
  // As repayment booking does (docs/domain/end-of-day.md): hold the loan's end-of-day partition back
  // before locking the loan, so the night's evaluation sees the prepayment or the day is already closed.
  const day = await lockPartitionForBooking(tx, b.loanId, await getBusinessDate(tx));
  const locked = await loadLoanForUpdate(tx, b.loanId);
  if (!locked) throw notFound(`loan ${b.loanId}`, 'id');
  const replay = await replayOrConflict(tx, b.idempotencyKey, b.hash);
  if (replay) return replay;
  await checkBookable(tx, locked, b.date, day);

  const { loan } = locked;
  const settings = await loadServicingSettings(tx, loan.productCode);
  const eve = ledgerOnEve(loan, locked.ledger, settings, b.date);
  const booked = prepay(eve.ledger, loan.terms, settings, b.date, b.amount, b.mode, 'this');
  const paid = booked.allocations.find((a) => a.repaymentKey === 'this');
  if (!paid) throw new Error('prepay reported no allocation for the payment');
  const fromCredit = booked.allocations.filter((a) => a.repaymentKey === null);

  const repaymentId = await insertRepayment(
    tx,
    {
      loanId: loan.id,
      idempotencyKey: b.idempotencyKey,
      requestHash: b.hash,
      valueDate: b.date,
      amount: b.amount,
      toCreditBalance: paid.toCreditBalance,
      source: 'prepayment',
      createdBy: b.actor,
    },
    paid.lines,
  );
  await insertAllocations(tx, loan.id, [
    ...eve.creditAllocations,
    ...fromCredit.flatMap((a) =>
      a.lines.map((l) => ({
        repaymentId: null,
        valueDate: b.date,
        period: l.period,
        component: l.component,
        amount: l.amount,
      })),
    ),
  ]);
  await saveLedger(tx, loan.id, booked.ledger, {
    status: booked.status,
    principalOwed: outstandingOf(booked.ledger, b.date).principal,
    checkOn: b.date,
  });

  const view = toRepaymentView({
    id: repaymentId,
    loanId: loan.id,
    repaymentNo: null,
    idempotencyKey: b.idempotencyKey,
    requestHash: b.hash,
    valueDate: b.date,
    amount: b.amount,
    toCreditBalance: paid.toCreditBalance,
    status: 'booked',
    source: 'prepayment',
    createdBy: b.actor,
    allocated: paid.totals,
  } satisfies RepaymentTotals);
  const result = resultJson(view, b.mode, booked, b.date);

  const base = { loanId: loan.id, businessDate: b.date, actor: b.actor };
  if (eve.caughtUp) {
    await appendLoanEvent(tx, {
      ...base,
      eventType: 'accrual',
      oldValue: locked.ledger.accruedThrough,
      newValue: eve.ledger.accruedThrough,
      rule: 'catch-up',
    });
  }
  await appendLoanEvent(tx, {
    ...base,
    eventType: 'prepayment',
    newValue: view.amount,
    rule: b.mode,
    payload: { repaymentId, result: result as unknown as JsonValue },
  });
  if (booked.status !== loan.status) {
    await appendLoanEvent(tx, {
      ...base,
      eventType: 'status',
      oldValue: loan.status,
      newValue: booked.status,
      rule: 'all-paid',
    });
  }
  if (onBooked) await onBooked(tx, loan, result);
  return result;
}
