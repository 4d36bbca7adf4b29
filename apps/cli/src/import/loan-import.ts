import {
  checkInterestCap,
  compareRatio,
  generateSchedule,
  type InterestCapCheck,
  type LoanTerms,
  type LocalDate,
  maturityDate,
  openLedger,
  parseDecimal,
  type ScheduledInstallment,
} from '@daihou/core';
import {
  type BulkLoanEvent,
  emptyInstallmentColumns,
  findContractsByNo,
  findCustomerIdsByNo,
  findLoansByNo,
  insertContracts,
  insertLoanEvents,
  insertLoans,
  insertNewInstallments,
  insertNewLoanHistory,
  type LoanKeyRow,
  type LoanStateRow,
  type NewContractRow,
  type NewInstallmentColumns,
  type NewLoanRow,
  updateContractTotals,
  withOwnRowsOnly,
  withReferencesLocked,
} from '@daihou/db';
import { IMPORT_ACTOR, IMPORT_PRODUCT, type ImportContext, type KindImporter } from './import-context';
import type { ImportError } from './import-report';
import { type ImportRow, RowCheck } from './import-row';
import {
  historyIntervals,
  type ImportServicingResult,
  type LoanHistoryRow,
  ofLoan,
  serviceImportedLoan,
  stateOf,
} from './import-servicing';
import {
  FREQUENCY_BY_LABEL,
  METHOD_BY_LABEL,
  PAYMENT_MODE_BY_LABEL,
  type PaymentMode,
  SECURITY_TYPE_BY_LABEL,
  type SecurityType,
} from './import-template';
import { amountOf, annualRateOf, dateOf, termOf } from './import-values';

interface LoanDraft {
  readonly check: RowCheck;
  readonly loanNo: string;
  readonly contractNo: string;
  readonly customerNo: string;
  readonly terms: LoanTerms;
  readonly schedule: readonly ScheduledInstallment[];
  readonly paymentMode: PaymentMode;
  readonly purpose: string;
  readonly securityType: SecurityType;
  readonly branchId: string;
  readonly managerId: string | null;
}

/** A loan ready to write: its contract is either stored (id known) or created by this import. */
interface ReadyLoan {
  readonly draft: LoanDraft;
  readonly customerId: string;
  readonly contract: RunContract;
}

/** A contract met in this import: stored before, or created by it (id reserved when first written). */
interface RunContract {
  id: string | null;
  readonly contractNo: string;
  readonly customerId: string;
  readonly isNew: boolean;
  amount: number;
  signedDate: string;
  loans: number;
}

/**
 * RULES.md §12: the loan's rate, and its penalty rate (rate × (1 + the product's uplift)), against the
 * institution's cap at the contract date (the register's 放款日期). A refusal names the cap and the numbers.
 */
function rateWithinCap(
  ctx: ImportContext,
  check: RowCheck,
  annualRate: string,
  penaltyUplift: string,
  contractDate: LocalDate,
): boolean {
  let r: InterestCapCheck;
  try {
    r = checkInterestCap(
      { annualRate, penaltyUplift, contractDate },
      ctx.interestCap.setting,
      ctx.interestCap.lpr,
    );
  } catch {
    check.fail('放款日期', `利率上限按 LPR 计算，但 ${contractDate} 没有适用的一年期 LPR`);
    return false;
  }
  if (r.ok) return true;
  const cap =
    r.cap.lpr === null
      ? `综合年化利率上限 ${r.cap.limit}%`
      : `一年期 LPR ${r.cap.lpr.oneYear}%（${r.cap.lpr.effectiveFrom} 起）的倍数上限 ${r.cap.limit}%`;
  check.fail(
    '执行年利率(%)',
    r.reason === 'penalty_above_cap'
      ? `罚息利率 ${r.figures.penaltyRate}%（执行年利率 ${r.figures.annualRate}% ×（1 + 上浮 ${penaltyUplift}））超过${cap}`
      : `执行年利率 ${r.figures.annualRate}% 超过${cap}`,
  );
  return false;
}

/** Everything a loan row says, checked without the database; null when the row is bad. */
function draftOf(ctx: ImportContext, check: RowCheck): LoanDraft | null {
  const loanNo = check.required('借据号');
  const contractNo = check.required('合同号');
  const customerNo = check.required('客户编号');
  const principal = amountOf(check, '贷款金额');
  const annualRate = annualRateOf(check, '执行年利率(%)');
  const method = check.label('还款方式', METHOD_BY_LABEL);
  const term = termOf(check, '期数');
  const frequency = check.label('还款频率', FREQUENCY_BY_LABEL);
  const disbursementDate = dateOf(check, '放款日期');
  if (disbursementDate && disbursementDate > ctx.businessDate) {
    check.fail('放款日期', `放款日期晚于当前营业日 ${ctx.businessDate}`);
  }
  const paymentMode = check.label('支付方式', PAYMENT_MODE_BY_LABEL);
  const purpose = check.required('贷款用途');
  const securityType = check.label('担保方式', SECURITY_TYPE_BY_LABEL);
  const branchId = check.required('所属机构');
  if (branchId && !ctx.branchCodes.has(branchId)) check.fail('所属机构', `机构代码 ${branchId} 不存在`);
  const manager = check.required('客户经理');
  const managerId = manager ? ctx.userIds.get(manager) : undefined;
  if (manager && managerId === undefined) check.fail('客户经理', `用户 ${manager} 不存在或已停用`);
  if (check.bad) return null;
  const settings = ctx.settings.get(IMPORT_PRODUCT)!;
  if (!rateWithinCap(ctx, check, annualRate!.text, settings.penaltyUplift.text, disbursementDate!))
    return null;
  const terms: LoanTerms = {
    principal: principal!,
    annualRate: annualRate!,
    term: term!,
    method: method!,
    frequency: frequency!,
    disbursementDate: disbursementDate!,
  };
  let schedule: ScheduledInstallment[];
  try {
    schedule = generateSchedule(terms, settings.dayBasis);
  } catch {
    check.fail('贷款金额', `贷款金额过小，无法按 ${term} 期生成还款计划（每期本金至少 1.00 元）`);
    return null;
  }
  return {
    check,
    loanNo: loanNo!,
    contractNo: contractNo!,
    customerNo: customerNo!,
    terms,
    schedule,
    paymentMode: paymentMode!,
    purpose: purpose!,
    securityType: securityType!,
    branchId: branchId!,
    managerId: managerId ?? null,
  };
}

/** Loans imported without repayments still get their state: an overdue one accrues penalty. */
const serviceNewLoan = (ctx: ImportContext, d: LoanDraft): ImportServicingResult =>
  serviceImportedLoan({
    installments: openLedger(d.schedule, d.terms.disbursementDate).installments,
    disbursementDate: d.terms.disbursementDate,
    annualRate: d.terms.annualRate,
    settings: ctx.settings.get(IMPORT_PRODUCT)!,
    payments: [],
    businessDate: ctx.businessDate,
  });

/** What a batch of new loans writes besides the loan rows, before the loans have ids. */
interface ReplayedBatch {
  readonly states: LoanStateRow[];
  /** Installment columns, loan ids still empty: `installmentLoan[k]` is the batch index of row k's loan. */
  readonly installments: NewInstallmentColumns;
  readonly installmentLoan: number[];
  readonly histories: LoanHistoryRow[][];
}

/**
 * Replays a batch of new loans and keeps only the rows to write. Called while the previous batch is
 * still being written, so this CPU work overlaps the database's; the replays themselves are dropped
 * here, which keeps two batches in flight no bigger than one.
 */
function replayBatch(ctx: ImportContext, loans: readonly ReadyLoan[]): ReplayedBatch {
  const out: ReplayedBatch = {
    states: [],
    installments: emptyInstallmentColumns(),
    installmentLoan: [],
    histories: [],
  };
  const c = out.installments;
  for (const [i, { draft }] of loans.entries()) {
    const s = serviceNewLoan(ctx, draft);
    out.states.push(stateOf(s));
    for (const inst of s.ledger.installments) {
      out.installmentLoan.push(i);
      c.period.push(inst.period);
      c.dueDate.push(inst.dueDate);
      c.principalDue.push(inst.principalDue);
      c.interestDue.push(inst.interestDue);
      c.penaltyMicro.push(inst.penaltyMicro);
      c.compoundMicro.push(inst.compoundMicro);
    }
    out.histories.push(
      historyIntervals(draft.terms.principal, s.ledger.installments, draft.terms.disbursementDate, s),
    );
  }
  return out;
}

/** The loan rows of a batch, its contracts written (every contract has its id). */
const loanRowsOf = (loans: readonly ReadyLoan[], states: readonly LoanStateRow[]): NewLoanRow[] =>
  loans.map(({ draft, customerId, contract }, i) => ({
    loanNo: draft.loanNo,
    contractId: contract.id!,
    customerId,
    branchId: draft.branchId,
    managerId: draft.managerId,
    productCode: IMPORT_PRODUCT,
    principal: draft.terms.principal,
    annualRate: draft.terms.annualRate.text,
    term: draft.terms.term,
    method: draft.terms.method,
    frequency: draft.terms.frequency,
    disbursementDate: draft.terms.disbursementDate,
    maturityDate: maturityDate(draft.schedule),
    paymentMode: draft.paymentMode,
    purpose: draft.purpose,
    securityType: draft.securityType,
    state: states[i]!,
  }));

/** The first term in which a row differs from the stored loan of the same 借据号, or null. */
function firstDifference(stored: LoanKeyRow, d: LoanDraft): string | null {
  const t = d.terms;
  if (stored.customer_no !== d.customerNo) return '客户编号';
  if (stored.contract_no !== d.contractNo) return '合同号';
  if (Number(stored.principal) !== t.principal) return '贷款金额';
  if (compareRatio(parseDecimal(stored.annual_rate, 'annualRate'), t.annualRate) !== 0)
    return '执行年利率(%)';
  if (stored.method !== t.method) return '还款方式';
  if (stored.term !== t.term) return '期数';
  if (stored.method !== 'bullet' && stored.frequency !== t.frequency) return '还款频率';
  if (stored.disbursement_date !== t.disbursementDate) return '放款日期';
  return null;
}

/**
 * Loans (借据): each gets its schedule by the rules and its servicing state as of the business date, a
 * contract (合同号, reused when the customer already has it) and an 'imported' event.
 */
export function loanImporter(ctx: ImportContext): KindImporter<ReadyLoan[]> {
  const seenLoanNo = new Map<string, number>();
  const contracts = new Map<string, RunContract>();
  return {
    async check(rows: readonly ImportRow[], errors: ImportError[]) {
      const drafts: LoanDraft[] = [];
      for (const row of rows) {
        const check = new RowCheck(row, errors);
        const draft = draftOf(ctx, check);
        const no = check.value('借据号');
        const earlier = no ? seenLoanNo.get(no) : undefined;
        if (earlier !== undefined) check.fail('借据号', `借据号重复（与第 ${earlier} 行相同）`);
        else if (no) seenLoanNo.set(no, row.row);
        if (draft && !check.bad) drafts.push(draft);
      }
      const newContractNos = unique(drafts.map((d) => d.contractNo)).filter((n) => !contracts.has(n));
      const [customerRows, loanRows, contractRows] = await Promise.all([
        findCustomerIdsByNo(ctx.reader, unique(drafts.map((d) => d.customerNo))),
        findLoansByNo(
          ctx.reader,
          drafts.map((d) => d.loanNo),
        ),
        findContractsByNo(ctx.reader, newContractNos),
      ]);
      const customers = new Map(customerRows.map((c) => [c.customer_no, c]));
      const storedLoans = new Map(loanRows.map((l) => [l.loan_no, l]));
      const storedContracts = new Map(contractRows.map((c) => [c.contract_no, c]));
      const ready: ReadyLoan[] = [];
      let skipped = 0;
      for (const draft of drafts) {
        const { check } = draft;
        const stored = storedLoans.get(draft.loanNo);
        if (stored) {
          const diff = firstDifference(stored, draft);
          if (diff === null) skipped++;
          else check.fail('借据号', `借据号已存在，且与已有贷款的${diff}不同（导入不覆盖已有贷款）`);
          continue;
        }
        const customer = customers.get(draft.customerNo);
        if (!customer) {
          check.fail('客户编号', `客户 ${draft.customerNo} 不存在（请先导入客户）`);
          continue;
        }
        let contract = contracts.get(draft.contractNo);
        if (!contract) {
          const kept = storedContracts.get(draft.contractNo);
          contract = {
            id: kept?.id ?? null,
            contractNo: draft.contractNo,
            customerId: kept?.customer_id ?? customer.id,
            isNew: !kept,
            amount: 0,
            signedDate: draft.terms.disbursementDate,
            loans: 0,
          };
        }
        if (contract.customerId !== customer.id) {
          check.fail('合同号', `合同 ${draft.contractNo} 属于另一位客户，与本行客户编号不符`);
          continue;
        }
        contracts.set(draft.contractNo, contract);
        if (contract.isNew) {
          contract.amount += draft.terms.principal;
          if (draft.terms.disbursementDate < contract.signedDate)
            contract.signedDate = draft.terms.disbursementDate;
          contract.loans++;
        }
        ready.push({ draft, customerId: customer.id, contract });
      }
      return { good: ready.length, skipped, prepared: ready };
    },

    async write(loans, previous) {
      const rows = replayBatch(ctx, loans);
      await previous;
      // After the previous batch: it may have written a contract that loans of this batch draw on.
      const firstLoanOf = new Map<RunContract, LoanDraft>();
      for (const l of loans)
        if (l.contract.id === null && !firstLoanOf.has(l.contract)) firstLoanOf.set(l.contract, l.draft);
      const contractRows: NewContractRow[] = [...firstLoanOf].map(([c, first]) => ({
        contractNo: c.contractNo,
        customerId: c.customerId,
        branchId: first.branchId,
        managerId: first.managerId,
        amount: c.amount,
        signedDate: c.signedDate,
      }));
      // Contracts stored before this batch; the ones it writes itself are its own rows.
      const storedContractIds = loans.flatMap((l) => (l.contract.id === null ? [] : [l.contract.id]));
      const stored = await withReferencesLocked(
        ctx.tx,
        ctx.foreignKeySkip,
        {
          customer: loans.map((l) => l.customerId),
          contract: storedContractIds,
          branch: loans.map((l) => l.draft.branchId),
          app_user: loans.map((l) => l.draft.managerId),
          product: [IMPORT_PRODUCT],
        },
        async () => {
          const contractIds = await insertContracts(ctx.tx, contractRows);
          for (const c of firstLoanOf.keys()) c.id = contractIds.get(c.contractNo)!;
          return insertLoans(ctx.tx, loanRowsOf(loans, rows.states));
        },
      );

      const loanIds = loans.map(({ draft }) => stored.get(draft.loanNo)!);

      const { installments } = rows;
      for (const i of rows.installmentLoan) installments.loanId.push(loanIds[i]!);
      const events: BulkLoanEvent[] = loans.map(({ draft }, i) => {
        const state = rows.states[i]!;
        return {
          loanId: loanIds[i]!,
          businessDate: ctx.businessDate,
          eventType: 'imported',
          oldValue: null,
          newValue: state.status,
          rule: 'import',
          actor: IMPORT_ACTOR,
          payload: JSON.stringify({
            source: 'loans',
            row: draft.check.row.row,
            dpd: state.dpd,
            bucket: state.bucket,
            classification: state.classification,
          }),
        };
      });
      const history = rows.histories.flatMap((h, i) => ofLoan(loanIds[i]!, h));
      // Each of these rows references only a loan written just above.
      await withOwnRowsOnly(ctx.tx, ctx.foreignKeySkip, async () => {
        await insertNewInstallments(ctx.tx, installments);
        await insertLoanEvents(ctx.tx, events);
        await insertNewLoanHistory(ctx.tx, history);
      });
    },

    async finish() {
      // A contract several loans of this file drew on covers all of them: first written with the first
      // batch's loans, its amount and signing date are completed here.
      const grown = [...contracts.values()].filter((c) => c.isNew && c.loans > 1 && c.id !== null);
      await updateContractTotals(
        ctx.tx,
        grown.map((c) => ({ id: c.id!, amount: c.amount, signedDate: c.signedDate })),
      );
    },
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
