import {
  type Allocation,
  type AllocationLine,
  accrualFactor,
  addDays,
  advanceLedger,
  applyMoney,
  badInput,
  type ComponentTotals,
  DomainError,
  type Fen,
  formatYuan,
  interestUnpaid,
  isSettled,
  type LoanLedger,
  type LocalDate,
  outstandingOf,
  parseYuan,
  principalUnpaid,
  type ServicingSettings,
} from '@daihou/core';
import { EOD_LOCK_KEY, lockPartitionForBooking } from '../eod/eod-run.repo';
import {
  type LoanWithLedger,
  loadLoanForUpdate,
  loadLoanWithLedger,
  saveLedger,
} from '../repositories/loan.repo';
import { loadServicingSettings } from '../repositories/product.repo';
import {
  type AllocationRecord,
  findRepaymentByIdempotencyKey,
  findRepaymentByNo,
  insertAllocations,
  insertRepayment,
  type RepaymentTotals,
  type RepaymentView,
  toRepaymentView,
} from '../repositories/repayment.repo';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Database, Sql } from '../sql-client';
import { writeBookingEvents } from './repayment-booking.events';
import {
  type BookRepaymentInput,
  type BookRepaymentRequest,
  parseBookRepaymentInput,
  requestHash,
} from './repayment-booking.input';
import { isLockTimeout, isUniqueViolation } from './sql-errors';

/**
 * Books one repayment on the current business date (RULES.md §3.1, CONTRACT.md POST …/repayments):
 * validated input, one transaction with the loan row locked, idempotent by key.
 *
 * Errors (DomainError codes): bad_input (field named; nothing written), not_found (loanId), conflict
 * (idempotencyKey reused with another body, or repaymentNo already booked), rule_violation (loan written
 * off, or its day closed by an end of day that did not finish within the wait).
 *
 * A request that finds its loan's day already closed by a running end of day waits for the run and is
 * booked on the next business date (docs/domain/end-of-day.md, online repayments).
 *
 * Only money moves here. DPD, bucket and class are end-of-day outputs: they describe the loan at the end
 * of a day, and the day of the repayment has not ended yet, so the loan row keeps them until end of day.
 */
export interface BookingOptions {
  /**
   * How long a booking whose day end of day has already closed for the loan waits for the run to finish
   * (and then books on the next business date) before it is refused. Default 60 s.
   */
  readonly endOfDayWaitMillis?: number;
  /**
   * Called as the last step of a booking's transaction, and only for a booking that writes (never for
   * an idempotent replay or a refused request): the server appends the audit entry here, so the entry
   * commits exactly when the money does. Throwing rolls the booking back.
   */
  readonly onBooked?: ((tx: Sql, booked: BookedRepayment) => Promise<void>) | undefined;
}

/** The loan's money as the audit trail records it before and after a booking (yuan strings). */
export interface LoanMoneyImage {
  readonly status: string;
  readonly principalOwed: string;
  readonly creditBalance: string;
  readonly accruedThrough: LocalDate;
}

export interface BookedRepayment {
  readonly view: RepaymentView;
  readonly loanId: string;
  readonly branchId: string;
  readonly before: LoanMoneyImage;
  readonly after: LoanMoneyImage;
}

export async function bookRepayment(
  db: Database,
  input: BookRepaymentInput,
  options: BookingOptions = {},
): Promise<RepaymentView> {
  const request = parseBookRepaymentInput(input);
  const hash = requestHash(request);
  try {
    return await bookInTransaction(db, request, hash, options);
  } catch (err) {
    if (!(err instanceof DayClosedError)) throw err;
    // End of day closed this loan's day while the request was on its way (its partition committed, the
    // run has not finished). The request waits for the run, then books on the business date the run
    // moved to: the money is neither lost nor counted in a day that is already closed.
    const businessDate = await waitForEndOfDay(db, options.endOfDayWaitMillis ?? 60_000);
    if (businessDate === null || businessDate <= request.date) throw err;
    return await bookInTransaction(db, { ...request, date: businessDate }, hash, options);
  }
}

async function bookInTransaction(
  db: Database,
  request: BookRepaymentRequest,
  hash: string,
  options: BookingOptions,
): Promise<RepaymentView> {
  try {
    return await db.transaction((tx) => bookLocked(tx, request, hash, options));
  } catch (err) {
    // Same-key requests for one loan queue on the loan lock and find the first one's row. Only a
    // same-key request for another loan can get here: it committed while this one was writing.
    if (isUniqueViolation(err, 'repayment_idempotency_key_key')) {
      const first = await findRepaymentByIdempotencyKey(db, request.idempotencyKey);
      if (first) return replayOrConflict(first, hash);
    }
    if (isUniqueViolation(err, 'repayment_repayment_no_key')) throw repaymentNoConflict(request);
    throw err;
  }
}

/** The loan's day is closed by a run of end of day that has not moved the business date yet. */
class DayClosedError extends DomainError {
  constructor(date: LocalDate, loanId: string) {
    super(
      'rule_violation',
      `date: ${date} is already closed by end of day for loan ${loanId}, and end of day has not finished; ` +
        'try again with the same idempotency key once it has',
      'date',
    );
  }
}

/**
 * Waits until no end of day holds its lock (a shared lock on the same key, in a transaction of its own,
 * holding no row lock the run could need), then returns the business date. Null when the wait timed out.
 */
async function waitForEndOfDay(db: Database, millis: number): Promise<LocalDate | null> {
  try {
    await db.transaction(async (tx) => {
      await tx.exec(`set local lock_timeout = ${Math.max(1, Math.floor(millis))}`);
      await tx.query('select pg_advisory_xact_lock_shared($1)', [EOD_LOCK_KEY]);
    });
  } catch (err) {
    if (isLockTimeout(err)) return null;
    throw err;
  }
  return getBusinessDate(db);
}

async function bookLocked(
  tx: Sql,
  request: BookRepaymentRequest,
  hash: string,
  options: BookingOptions,
): Promise<RepaymentView> {
  // Before the loan's row: a partition holds the row it works on, and the booking must not hold the loan
  // while waiting for that partition.
  const businessDate = await getBusinessDate(tx);
  const day = await lockPartitionForBooking(tx, request.loanId, businessDate);
  const locked = await loadLoanForUpdate(tx, request.loanId);
  if (!locked) throw new DomainError('not_found', `loanId: no loan ${request.loanId}`, 'loanId');
  // The key is looked up under the lock, so a retry racing its original sees the committed original.
  // It comes before the date checks: a retry after end of day must still get its first result.
  const previous = await findRepaymentByIdempotencyKey(tx, request.idempotencyKey);
  if (previous) return replayOrConflict(previous, hash);
  if (request.repaymentNo !== null && (await findRepaymentByNo(tx, request.repaymentNo))) {
    throw repaymentNoConflict(request);
  }
  if (day === 'closed' && request.date === businessDate)
    throw new DayClosedError(request.date, request.loanId);
  await checkBookable(tx, locked, request.date);

  const { loan } = locked;
  const settings = await loadServicingSettings(tx, loan.productCode);
  const { caughtUp, ours, fromCredit, ledger } = allocateRepayment(
    locked,
    request.date,
    request.amount,
    settings,
  );

  const repaymentId = await insertRepayment(
    tx,
    {
      loanId: loan.id,
      repaymentNo: request.repaymentNo,
      idempotencyKey: request.idempotencyKey,
      requestHash: hash,
      valueDate: request.date,
      amount: request.amount,
      toCreditBalance: ours.toCreditBalance,
      createdBy: request.actor,
    },
    ours.lines,
  );
  await insertAllocations(tx, loan.id, [
    ...caughtUp.creditAllocations,
    ...creditRecords(fromCredit, request.date),
  ]);
  const status = isSettled(ledger) ? 'settled' : 'active';
  await saveLedger(tx, loan.id, ledger, {
    status,
    principalOwed: outstandingOf(ledger, request.date).principal,
    // Tonight's end of day re-evaluates DPD, bucket and class of a loan that received money today.
    checkOn: request.date,
  });

  const view = toRepaymentView({
    id: repaymentId,
    loanId: loan.id,
    repaymentNo: request.repaymentNo,
    idempotencyKey: request.idempotencyKey,
    requestHash: hash,
    valueDate: request.date,
    amount: request.amount,
    toCreditBalance: ours.toCreditBalance,
    status: 'booked',
    source: 'manual',
    createdBy: request.actor,
    allocated: ours.totals,
  } satisfies RepaymentTotals);
  await writeBookingEvents(tx, request, view, {
    caughtUpFrom: caughtUp.ledger === locked.ledger ? null : locked.ledger.accruedThrough,
    caughtUpThrough: caughtUp.ledger.accruedThrough,
    creditUsed: sumLines(fromCredit.flatMap((a) => a.lines)),
    oldStatus: loan.status,
    newStatus: status,
  });
  if (options.onBooked) {
    await options.onBooked(tx, {
      view,
      loanId: loan.id,
      branchId: loan.branchId,
      before: {
        status: loan.status,
        principalOwed: formatYuan(loan.principalOwed),
        creditBalance: formatYuan(locked.ledger.creditBalance),
        accruedThrough: locked.ledger.accruedThrough,
      },
      after: {
        status,
        principalOwed: formatYuan(outstandingOf(ledger, request.date).principal),
        creditBalance: formatYuan(ledger.creditBalance),
        accruedThrough: ledger.accruedThrough,
      },
    });
  }
  return view;
}

/**
 * What a repayment of `amount` on `date` does to the loan: the lazy catch-up, then core's waterfall
 * (credit balance first, then this money). The one computation both the booking and its preview run.
 */
function allocateRepayment(
  locked: LoanWithLedger,
  date: LocalDate,
  amount: Fen,
  settings: ServicingSettings,
): {
  caughtUp: { ledger: LoanLedger; creditAllocations: AllocationRecord[] };
  ours: Allocation;
  fromCredit: Allocation[];
  ledger: LoanLedger;
} {
  const caughtUp = catchUp(locked, date, settings);
  const applied = applyMoney(caughtUp.ledger, date, [{ key: 'this', amount }], settings.waterfallOrder);
  return {
    caughtUp,
    ours: applied.allocations.find((a) => a.repaymentKey === 'this')!,
    fromCredit: applied.allocations.filter((a) => a.repaymentKey === null),
    ledger: applied.ledger,
  };
}

/** What the loan owes at one moment of `date` (fen). */
export interface LoanBalances {
  /** All principal not yet paid, due or not. */
  readonly principalOwed: Fen;
  /** Unpaid principal of installments due on or before `date` (payable today). */
  readonly duePrincipal: Fen;
  /** Unpaid scheduled interest of installments due on or before `date`. */
  readonly dueInterest: Fen;
  readonly penalty: Fen;
  readonly compound: Fen;
  readonly fee: Fen;
  readonly creditBalance: Fen;
}

function balancesOf(ledger: LoanLedger, date: LocalDate): LoanBalances {
  let duePrincipal = 0;
  let dueInterest = 0;
  for (const i of ledger.installments) {
    if (i.dueDate > date) continue;
    duePrincipal += principalUnpaid(i);
    dueInterest += interestUnpaid(i);
  }
  const o = outstandingOf(ledger, date);
  return {
    principalOwed: o.principal,
    duePrincipal: duePrincipal as Fen,
    dueInterest: dueInterest as Fen,
    penalty: o.penalty,
    compound: o.compound,
    fee: o.fee,
    creditBalance: ledger.creditBalance,
  };
}

/** One allocation line with the due date of its installment. */
export interface PreviewLine extends AllocationLine {
  readonly dueDate: LocalDate;
}

/** A repayment's allocation computed without booking it (还款试算). */
export interface RepaymentPreview {
  readonly loanId: string;
  /** The business date the booking would be dated. */
  readonly date: LocalDate;
  readonly amount: Fen;
  /** What the waiting credit balance pays today, before this money (the booking stores these too). */
  readonly creditLines: readonly PreviewLine[];
  /** Where this money goes, oldest installment first, components in the product's waterfall order. */
  readonly lines: readonly PreviewLine[];
  readonly totals: ComponentTotals;
  /** What this money adds to the credit balance (nothing left due to pay). */
  readonly toCreditBalance: Fen;
  /** The loan at the start of `date` (caught up as the booking would) and after the money. */
  readonly before: LoanBalances;
  readonly after: LoanBalances;
  readonly statusAfter: 'active' | 'settled';
}

/**
 * The allocation a repayment of `amount` would get if booked now (还款试算): the same checks on the loan
 * and the same computation as bookRepayment (allocateRepayment), on the loan as it is, read without a
 * lock; nothing is written. A booking made right after gives exactly these lines, unless money reached
 * the loan in between. Errors: bad_input (loanId, amount), not_found, rule_violation (as a booking).
 */
export async function previewRepayment(
  sql: Sql,
  input: { readonly loanId: string; readonly amount: string },
): Promise<RepaymentPreview> {
  if (!/^[1-9]\d{0,17}$/.test(input.loanId)) {
    throw badInput('loanId', `"${input.loanId}" is not a loan id (a positive whole number)`);
  }
  const amount = parseYuan(input.amount, 'amount');
  if (amount <= 0) throw badInput('amount', `"${input.amount}" must be more than 0.00`);
  const found = await loadLoanWithLedger(sql, input.loanId);
  if (!found) throw new DomainError('not_found', `loanId: no loan ${input.loanId}`, 'loanId');
  const date = await getBusinessDate(sql);
  await checkBookable(sql, found, date);
  const settings = await loadServicingSettings(sql, found.loan.productCode);
  const { caughtUp, ours, fromCredit, ledger } = allocateRepayment(found, date, amount, settings);
  const dueDates = new Map(ledger.installments.map((i) => [i.period, i.dueDate]));
  const withDueDate = (l: AllocationLine): PreviewLine => ({ ...l, dueDate: dueDates.get(l.period)! });
  return {
    loanId: found.loan.id,
    date,
    amount,
    creditLines: fromCredit.flatMap((a) => a.lines).map(withDueDate),
    lines: ours.lines.map(withDueDate),
    totals: ours.totals,
    toCreditBalance: ours.toCreditBalance,
    before: balancesOf(caughtUp.ledger, date),
    after: balancesOf(ledger, date),
    statusAfter: isSettled(ledger) ? 'settled' : 'active',
  };
}

/** The loan's state allows booking money on `date` (the edge already checked the request's shape). */
async function checkBookable(tx: Sql, { loan }: LoanWithLedger, date: LocalDate): Promise<void> {
  if (loan.status === 'written_off') {
    // Recoveries on written-off loans (账销案存) are booked by the write-off module, not as repayments.
    throw new DomainError('rule_violation', `loanId: loan ${loan.id} is written off`, 'loanId');
  }
  if (date <= loan.terms.disbursementDate) {
    throw badInput('date', `${date} is on or before the disbursement date ${loan.terms.disbursementDate}`);
  }
  const businessDate = await getBusinessDate(tx);
  if (date !== businessDate) {
    throw badInput(
      'date',
      `${date} is not the current business date ${businessDate} (an earlier date is a correction for maker–checker)`,
    );
  }
  if (loan.accruedThrough >= date) throw new DayClosedError(date, loan.id);
}

/**
 * Lazy catch-up: brings the ledger's accrual to the end of the day before `date` when it is behind.
 * End of day normally keeps every loan at the day before the business date, but a loan can lag (created
 * with a past disbursement date, or skipped by a run that only touches loans with something to accrue);
 * applying today's money to a ledger that has not accrued the days before would let it pay less penalty
 * and compound than RULES.md §3 owes, and credit balance waiting for a due date in the gap would not have
 * been applied. advanceLedger does exactly what end of day would have done for those days.
 */
function catchUp(
  { loan, ledger }: LoanWithLedger,
  date: LocalDate,
  settings: ServicingSettings,
): { ledger: LoanLedger; creditAllocations: AllocationRecord[] } {
  const dayBefore = addDays(date, -1);
  if (ledger.accruedThrough >= dayBefore) return { ledger, creditAllocations: [] };
  const advanced = advanceLedger(
    ledger,
    [],
    dayBefore,
    accrualFactor(loan.terms.annualRate, settings),
    settings,
  );
  return {
    ledger: advanced.ledger,
    creditAllocations: advanced.allocations.flatMap((a) => creditRecords([a], a.date)),
  };
}

/** Allocation rows of money the credit balance paid (no repayment of its own). */
const creditRecords = (allocations: readonly Allocation[], date: LocalDate): AllocationRecord[] =>
  allocations.flatMap((a) =>
    a.lines.map((l) => ({
      repaymentId: null,
      valueDate: date,
      period: l.period,
      component: l.component,
      amount: l.amount,
    })),
  );

const sumLines = (lines: readonly AllocationLine[]): number => lines.reduce((s, l) => s + l.amount, 0);

function replayOrConflict(first: RepaymentTotals, hash: string): RepaymentView {
  if (first.requestHash !== hash) {
    throw new DomainError(
      'conflict',
      `idempotencyKey: already used for another request (repayment ${first.id})`,
      'idempotencyKey',
    );
  }
  return toRepaymentView(first);
}

const repaymentNoConflict = (request: BookRepaymentRequest): DomainError =>
  new DomainError(
    'conflict',
    `repaymentNo: 流水号 ${request.repaymentNo} is already booked (a repeated 流水号 is never booked twice)`,
    'repaymentNo',
  );
