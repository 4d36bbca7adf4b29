import {
  type DatedPayment,
  type Fen,
  formatYuan,
  type InstallmentLedger,
  type LocalDate,
  parseDecimal,
} from '@daihou/core';
import {
  type BulkLoanEvent,
  deleteAllocations,
  emptyAllocationColumns,
  emptyInstallmentStateColumns,
  findLoansByNo,
  findRepaymentsByNo,
  groupBy,
  type HistoryInterval,
  insertAllocationColumns,
  insertLoanEvents,
  insertRepayments,
  type LoanStateRow,
  loadBookedRepayments,
  loadLoansForReplay,
  loadSchedules,
  type NewRepaymentRow,
  replaceStateHistory,
  updateInstallmentStates,
  updateLoanStates,
  updateRepaymentCredit,
} from '@daihou/db';
import { IMPORT_ACTOR, type ImportContext, type KindImporter } from './import-context';
import type { ImportError } from './import-report';
import { type ImportRow, RowCheck } from './import-row';
import { historyIntervals, ofLoan, serviceImportedLoan, stateOf } from './import-servicing';
import { amountOf, dateOf } from './import-values';

/** A good repayment row waiting for its loan's replay. */
interface PendingRepayment {
  readonly repaymentNo: string;
  readonly loanNo: string;
  readonly date: LocalDate;
  readonly amount: Fen;
  readonly row: number;
}

/** Loans replayed per round trip group in `finish`. */
const REPLAY_CHUNK = 1000;

const sameRepayment = (a: PendingRepayment, loanNo: string, date: string, amount: number): boolean =>
  a.loanNo === loanNo && a.date === date && a.amount === amount;

/**
 * Repayments (还款流水): checked row by row, then each touched loan's whole history (stored repayments
 * and the new ones) is replayed in date order by the servicing rules, and its installments, allocations
 * and state are rewritten (CONTRACT.md `daihou import`). A 流水号 already stored or repeated in the file
 * with the same loan, date and amount is skipped, never booked twice; with different content it is an error.
 */
export function repaymentImporter(ctx: ImportContext): KindImporter<null> {
  const seen = new Map<string, PendingRepayment>();
  /** Good repayments by loan id, in file order. */
  const pending = new Map<string, PendingRepayment[]>();
  return {
    async check(rows: readonly ImportRow[], errors: ImportError[]) {
      const drafts: { check: RowCheck; r: Omit<PendingRepayment, 'row'> }[] = [];
      for (const row of rows) {
        const check = new RowCheck(row, errors);
        const repaymentNo = check.required('流水号');
        const loanNo = check.required('借据号');
        const date = dateOf(check, '还款日期');
        if (date && date > ctx.businessDate)
          check.fail('还款日期', `还款日期晚于当前营业日 ${ctx.businessDate}`);
        const amount = amountOf(check, '还款金额');
        if (!check.bad)
          drafts.push({
            check,
            r: { repaymentNo: repaymentNo!, loanNo: loanNo!, date: date!, amount: amount! },
          });
      }
      const loans = new Map(
        (await findLoansByNo(ctx.reader, [...new Set(drafts.map((d) => d.r.loanNo))])).map((l) => [
          l.loan_no,
          l,
        ]),
      );
      const stored = new Map(
        (
          await findRepaymentsByNo(
            ctx.reader,
            drafts.map((d) => d.r.repaymentNo),
          )
        ).map((r) => [r.repayment_no, r]),
      );
      let good = 0;
      let skipped = 0;
      for (const { check, r } of drafts) {
        const loan = loans.get(r.loanNo);
        if (!loan) {
          check.fail('借据号', `借据 ${r.loanNo} 不存在（请先导入贷款）`);
          continue;
        }
        if (loan.status === 'written_off') {
          check.fail('借据号', `借据 ${r.loanNo} 已核销，核销后的回收不按还款导入`);
          continue;
        }
        if (r.date <= loan.disbursement_date) {
          check.fail('还款日期', `还款日期不晚于放款日期 ${loan.disbursement_date}`);
          continue;
        }
        const before = stored.get(r.repaymentNo);
        if (before) {
          if (
            before.loan_no === r.loanNo &&
            before.value_date === r.date &&
            Number(before.amount) === r.amount
          )
            skipped++;
          else check.fail('流水号', `流水号已入账，且借据号/日期/金额与已入账的不同`);
          continue;
        }
        const earlier = seen.get(r.repaymentNo);
        if (earlier) {
          if (sameRepayment(earlier, r.loanNo, r.date, r.amount)) skipped++;
          else check.fail('流水号', `流水号重复（与第 ${earlier.row} 行内容不同）`);
          continue;
        }
        const p: PendingRepayment = { ...r, row: check.row.row };
        seen.set(r.repaymentNo, p);
        const list = pending.get(loan.id);
        if (list) list.push(p);
        else pending.set(loan.id, [p]);
        good++;
      }
      return { good, skipped, prepared: null };
    },

    // Repayments are written in `finish`: a loan's rows may be anywhere in the file.
    write: (_, previous) => previous,

    async finish() {
      const loanIds = [...pending.keys()];
      for (let i = 0; i < loanIds.length; i += REPLAY_CHUNK) {
        await replayChunk(ctx, loanIds.slice(i, i + REPLAY_CHUNK), pending);
      }
    },
  };
}

const stateEvents = (
  loanId: string,
  businessDate: LocalDate,
  before: { status: string; bucket: string; classification: string },
  after: LoanStateRow,
): BulkLoanEvent[] =>
  (['status', 'bucket', 'classification'] as const)
    .filter((k) => before[k] !== after[k])
    .map((k) => ({
      loanId,
      businessDate,
      eventType: k,
      oldValue: before[k],
      newValue: after[k],
      rule: k === 'classification' ? after.classRule : 'import_replay',
      actor: IMPORT_ACTOR,
      payload: null,
    }));

async function replayChunk(
  ctx: ImportContext,
  loanIds: readonly string[],
  pending: ReadonlyMap<string, readonly PendingRepayment[]>,
): Promise<void> {
  const { tx, businessDate } = ctx;
  const loans = await loadLoansForReplay(tx, loanIds);
  const schedules = groupBy(await loadSchedules(tx, loanIds), (r) => r.loan_id);
  const booked = groupBy(await loadBookedRepayments(tx, loanIds), (r) => r.loan_id);

  const newRepayments: NewRepaymentRow[] = [];
  const creditUpdates: { id: string; toCreditBalance: number }[] = [];
  const installments = emptyInstallmentStateColumns();
  const loanStates: { id: string; state: LoanStateRow }[] = [];
  const histories: HistoryInterval[] = [];
  const events: BulkLoanEvent[] = [];
  /** Allocation lines by payer key (r<id> stored, n<流水号> new, null credit balance), resolved after insert. */
  const lines: {
    loanId: string;
    key: string | null;
    date: string;
    period: number;
    component: string;
    amount: number;
  }[] = [];

  for (const loan of loans) {
    const settings = ctx.settings.get(loan.product_code);
    if (!settings) throw new Error(`loan ${loan.loan_no}: product ${loan.product_code} has no settings`);
    const fresh = pending.get(loan.id) ?? [];
    const stored = booked.get(loan.id) ?? [];
    // Stored repayments were received before this file's: on the same date they pay first.
    const payments: DatedPayment[] = [
      ...stored.map((r) => ({
        key: `r${r.id}`,
        date: r.value_date as LocalDate,
        amount: Number(r.amount) as Fen,
      })),
      ...fresh.map((r) => ({ key: `n${r.repaymentNo}`, date: r.date, amount: r.amount })),
    ];
    const schedule: InstallmentLedger[] = (schedules.get(loan.id) ?? []).map((s) => ({
      period: s.period,
      ...(s.kind === 'prepayment' ? { kind: 'prepayment' as const } : {}),
      dueDate: s.due_date as LocalDate,
      principalDue: Number(s.principal_due) as Fen,
      interestDue: Number(s.interest_due) as Fen,
      feeDue: Number(s.fee_due) as Fen,
      principalPaid: 0 as Fen,
      interestPaid: 0 as Fen,
      feePaid: 0 as Fen,
      penaltyMicro: 0n,
      penaltyPaid: 0 as Fen,
      compoundMicro: 0n,
      compoundPaid: 0 as Fen,
    }));
    const s = serviceImportedLoan({
      installments: schedule,
      disbursementDate: loan.disbursement_date as LocalDate,
      annualRate: parseDecimal(loan.annual_rate, 'annualRate'),
      settings,
      payments,
      businessDate,
    });

    const toCredit = new Map<string, number>();
    for (const a of s.allocations) {
      if (a.repaymentKey !== null) toCredit.set(a.repaymentKey, a.toCreditBalance);
      for (const l of a.lines) {
        lines.push({
          loanId: loan.id,
          key: a.repaymentKey,
          date: a.date,
          period: l.period,
          component: l.component,
          amount: l.amount,
        });
      }
    }
    for (const r of stored) creditUpdates.push({ id: r.id, toCreditBalance: toCredit.get(`r${r.id}`) ?? 0 });
    for (const r of fresh) {
      newRepayments.push({
        loanId: loan.id,
        repaymentNo: r.repaymentNo,
        valueDate: r.date,
        amount: r.amount,
        toCreditBalance: toCredit.get(`n${r.repaymentNo}`) ?? 0,
        source: 'import',
        createdBy: IMPORT_ACTOR,
      });
    }
    for (const inst of s.ledger.installments) {
      installments.loanId.push(loan.id);
      installments.period.push(inst.period);
      installments.principalPaid.push(inst.principalPaid);
      installments.interestPaid.push(inst.interestPaid);
      installments.feePaid.push(inst.feePaid);
      installments.penaltyMicro.push(inst.penaltyMicro);
      installments.penaltyPaid.push(inst.penaltyPaid);
      installments.compoundMicro.push(inst.compoundMicro);
      installments.compoundPaid.push(inst.compoundPaid);
    }
    const state = stateOf(s);
    loanStates.push({ id: loan.id, state });
    histories.push(
      ...ofLoan(
        loan.id,
        historyIntervals(Number(loan.principal) as Fen, schedule, loan.disbursement_date as LocalDate, s),
      ),
    );
    events.push({
      loanId: loan.id,
      businessDate,
      eventType: 'imported',
      oldValue: loan.status,
      newValue: state.status,
      rule: 'import_replay',
      actor: IMPORT_ACTOR,
      payload: JSON.stringify({
        source: 'repayments',
        repayments: fresh.map((r) => r.repaymentNo),
        replayed: payments.length,
        asOf: s.asOf,
        dpd: state.dpd,
        principalOwed: formatYuan(state.principalOwed),
        creditBalance: formatYuan(state.creditBalance),
      }),
    });
    events.push(...stateEvents(loan.id, businessDate, loan, state));
  }

  const newIds = await insertRepayments(tx, newRepayments);
  await updateRepaymentCredit(tx, creditUpdates);
  await deleteAllocations(tx, loanIds);
  const allocations = emptyAllocationColumns();
  for (const l of lines) {
    allocations.loanId.push(l.loanId);
    allocations.repaymentId.push(
      l.key === null ? null : l.key[0] === 'r' ? l.key.slice(1) : newIds.get(l.key.slice(1))!,
    );
    allocations.valueDate.push(l.date);
    allocations.period.push(l.period);
    allocations.component.push(l.component);
    allocations.amount.push(l.amount);
  }
  await insertAllocationColumns(tx, allocations);
  const updated = await updateInstallmentStates(tx, installments);
  if (updated !== installments.loanId.length) {
    throw new Error(`replay wrote ${updated} of ${installments.loanId.length} installments`);
  }
  await updateLoanStates(tx, loanStates);
  await insertLoanEvents(tx, events);
  await replaceStateHistory(tx, histories);
}
