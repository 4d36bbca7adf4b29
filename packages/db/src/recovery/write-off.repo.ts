import { createHash } from 'node:crypto';
import {
  allocateRecovery,
  DomainError,
  type Fen,
  formatYuan,
  type LocalDate,
  parseLocalDate,
  parseYuan,
  WRITE_OFF_COMPONENTS,
  type WriteOffAmounts,
  type WriteOffCause,
  type WriteOffComponent,
} from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import type { AccessScope } from '../repositories/access-scope';
import { appendLoanEvent } from '../repositories/loan-event.repo';
import { getBusinessDate } from '../repositories/system-state.repo';
import { isUniqueViolation } from '../services/sql-errors';
import type { Database, Sql } from '../sql-client';
import { recoveryLoanInScope } from './recovery-loan';

export const RECOVERY_SOURCES = [
  'borrower',
  'guarantor',
  'collateral_sale',
  'court_enforcement',
  'bankruptcy_distribution',
  'other',
] as const;
export type RecoverySource = (typeof RECOVERY_SOURCES)[number];

export interface WriteOffRecord {
  readonly id: string;
  readonly loanId: string;
  readonly branchId: string;
  readonly approvalId: string | null;
  readonly cause: WriteOffCause;
  readonly evidence: readonly string[];
  readonly recoveryEfforts: string;
  readonly recoveryEffortCount: number;
  readonly responsibility: {
    readonly persons: readonly string[];
    readonly finding: 'no_fault' | 'fault';
    readonly conclusion: string;
    readonly measures: string;
  };
  readonly writtenOffOn: LocalDate;
  readonly writtenOff: WriteOffAmounts;
  readonly recovered: WriteOffAmounts;
  /** Still written off and pursued (账销案存): written off − recovered. */
  readonly stillPursued: WriteOffAmounts;
  readonly maker: string;
  readonly approver: string;
}

export interface WriteOffRecovery {
  readonly id: string;
  readonly writeOffId: string;
  readonly loanId: string;
  readonly date: LocalDate;
  readonly amount: Fen;
  readonly source: RecoverySource;
  readonly allocated: Record<WriteOffComponent, Fen>;
  readonly note: string | null;
  readonly createdBy: string;
}

interface WriteOffRow {
  id: string;
  loan_id: string;
  branch_id: string;
  approval_id: string | null;
  cause: WriteOffCause;
  evidence: string;
  recovery_efforts: string;
  recovery_effort_count: number;
  responsibility: string;
  written_off_on: LocalDate;
  maker: string;
  approver: string;
  [k: string]: unknown;
}

const WRITE_OFF_SELECT = `select w.id::text as id, w.loan_id::text as loan_id, w.branch_id, w.approval_id::text as approval_id,
    w.cause, w.evidence::text as evidence, w.recovery_efforts, w.recovery_effort_count,
    w.responsibility::text as responsibility, w.written_off_on::text as written_off_on, w.maker, w.approver,
    ${WRITE_OFF_COMPONENTS.map((c) => `w.${c}::text as ${c}, w.${c}_recovered::text as ${c}_recovered`).join(', ')}
  from write_off w`;

const amountsOf = (r: Record<string, unknown>, suffix: string): WriteOffAmounts =>
  Object.fromEntries(
    WRITE_OFF_COMPONENTS.map((c) => [c, Number(r[`${c}${suffix}`])]),
  ) as unknown as WriteOffAmounts;

const minus = (a: WriteOffAmounts, b: WriteOffAmounts): WriteOffAmounts =>
  Object.fromEntries(WRITE_OFF_COMPONENTS.map((c) => [c, a[c] - b[c]])) as unknown as WriteOffAmounts;

function toWriteOff(r: WriteOffRow): WriteOffRecord {
  const writtenOff = amountsOf(r, '');
  const recovered = amountsOf(r, '_recovered');
  return {
    id: r.id,
    loanId: r.loan_id,
    branchId: r.branch_id,
    approvalId: r.approval_id,
    cause: r.cause,
    evidence: JSON.parse(r.evidence) as string[],
    recoveryEfforts: r.recovery_efforts,
    recoveryEffortCount: Number(r.recovery_effort_count),
    responsibility: JSON.parse(r.responsibility) as WriteOffRecord['responsibility'],
    writtenOffOn: r.written_off_on,
    writtenOff,
    recovered,
    stillPursued: minus(writtenOff, recovered),
    maker: r.maker,
    approver: r.approver,
  };
}

interface RecoveryRow {
  id: string;
  write_off_id: string;
  loan_id: string;
  recovered_on: LocalDate;
  amount: string;
  source: RecoverySource;
  note: string | null;
  created_by: string;
  request_hash: string | null;
  [k: string]: unknown;
}

const RECOVERY_SELECT = `select id::text as id, write_off_id::text as write_off_id, loan_id::text as loan_id,
    recovered_on::text as recovered_on, amount::text as amount, source, note, created_by, request_hash,
    ${WRITE_OFF_COMPONENTS.map((c) => `${c}::text as ${c}`).join(', ')}
  from write_off_recovery`;

const toRecovery = (r: RecoveryRow): WriteOffRecovery => ({
  id: r.id,
  writeOffId: r.write_off_id,
  loanId: r.loan_id,
  date: r.recovered_on,
  amount: Number(r.amount) as Fen,
  source: r.source,
  allocated: amountsOf(r, '') as unknown as Record<WriteOffComponent, Fen>,
  note: r.note,
  createdBy: r.created_by,
});

/** The loan's write-off with its recoveries, or null when it was not written off. Scoped (404 outside). */
export async function findWriteOff(
  sql: Sql,
  scope: AccessScope,
  loanId: string,
): Promise<{ writeOff: WriteOffRecord; recoveries: WriteOffRecovery[] } | null> {
  const loan = await recoveryLoanInScope(sql, scope, loanId);
  const [row] = await sql.query<WriteOffRow>(`${WRITE_OFF_SELECT} where w.loan_id = $1`, [loan.id]);
  if (!row) return null;
  const recoveries = await sql.query<RecoveryRow>(
    `${RECOVERY_SELECT} where write_off_id = $1 order by recovered_on, id`,
    [row.id],
  );
  return { writeOff: toWriteOff(row), recoveries: recoveries.map(toRecovery) };
}

const recoveryInput = z.strictObject({
  date: z.string(),
  amount: z.string(),
  source: z.enum(RECOVERY_SOURCES),
  note: z.string().trim().max(2000).optional(),
});

export interface BookRecoveryInput {
  readonly loanId: string;
  readonly body: unknown;
  readonly idempotencyKey: string;
  readonly actor: string;
  readonly requestId?: string | null | undefined;
}

/**
 * Books money recovered on a written-off loan (账销案存, RULES.md §12): allocated to what was written off
 * (principal → interest → fee → penalty → compound), the write-off's recovered totals raised, a loan event
 * and an audit entry, in one transaction under the loan's lock. Idempotent by key: the same key with the
 * same body returns the first recovery, with another body is `conflict`.
 *
 * Errors: bad_input (date, amount, source, note, idempotencyKey), not_found (id), rule_violation (the
 * loan is not written off, the amount exceeds what is still written off), conflict (key reused).
 */
export async function bookWriteOffRecovery(
  db: Database,
  scope: AccessScope,
  input: BookRecoveryInput,
): Promise<{ recovery: WriteOffRecovery; replayed: boolean }> {
  const b = parseOrBadInput(recoveryInput, input.body);
  const date = parseLocalDate(b.date, 'date');
  const amount = parseYuan(b.amount, 'amount');
  if (amount <= 0) throw new DomainError('bad_input', 'amount: must be more than 0.00', 'amount');
  const key = input.idempotencyKey.trim();
  if (key === '' || key.length > 200) {
    throw new DomainError(
      'bad_input',
      'idempotencyKey: an Idempotency-Key header (1–200 characters) is required',
      'idempotencyKey',
    );
  }
  const hash = createHash('sha256')
    .update(JSON.stringify(['write-off-recovery/v1', input.loanId, date, amount, b.source, b.note ?? null]))
    .digest('hex');
  const booking = db.transaction(async (tx) => {
    const loan = await recoveryLoanInScope(tx, scope, input.loanId, true);
    const [previous] = await tx.query<RecoveryRow>(`${RECOVERY_SELECT} where idempotency_key = $1`, [key]);
    if (previous) {
      if (previous.request_hash !== hash || previous.loan_id !== loan.id) {
        throw new DomainError(
          'conflict',
          `idempotencyKey: already used for another request (recovery ${previous.id})`,
          'idempotencyKey',
        );
      }
      return { recovery: toRecovery(previous), replayed: true };
    }
    if (loan.status !== 'written_off') {
      throw new DomainError(
        'rule_violation',
        `id: loan ${loan.id} is ${loan.status}, not written off; money on it is booked as a repayment`,
        'id',
      );
    }
    const [row] = await tx.query<WriteOffRow>(`${WRITE_OFF_SELECT} where w.loan_id = $1 for update`, [
      loan.id,
    ]);
    const w = toWriteOff(row!);
    const today = await getBusinessDate(tx);
    if (date > today) {
      throw new DomainError('bad_input', `date: ${date} is after the business date ${today}`, 'date');
    }
    if (date < w.writtenOffOn) {
      throw new DomainError(
        'bad_input',
        `date: ${date} is before the write-off on ${w.writtenOffOn}`,
        'date',
      );
    }
    const a = allocateRecovery(w.writtenOff, w.recovered, amount);
    const [ins] = await tx.query<{ id: string }>(
      `insert into write_off_recovery (write_off_id, loan_id, recovered_on, amount, source, principal, interest, fee,
                                       penalty, compound, note, idempotency_key, request_hash, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id::text as id`,
      [
        w.id,
        loan.id,
        date,
        amount,
        b.source,
        a.principal,
        a.interest,
        a.fee,
        a.penalty,
        a.compound,
        b.note ?? null,
        key,
        hash,
        input.actor,
      ],
    );
    await tx.query(
      `update write_off set ${WRITE_OFF_COMPONENTS.map((c, i) => `${c}_recovered = ${c}_recovered + $${i + 2}`).join(', ')}
        where id = $1`,
      [w.id, ...WRITE_OFF_COMPONENTS.map((c) => a[c])],
    );
    const recovery: WriteOffRecovery = {
      id: ins!.id,
      writeOffId: w.id,
      loanId: loan.id,
      date,
      amount,
      source: b.source,
      allocated: a,
      note: b.note ?? null,
      createdBy: input.actor,
    };
    await appendLoanEvent(tx, {
      loanId: loan.id,
      businessDate: today,
      eventType: 'write_off_recovery',
      oldValue: null,
      newValue: formatYuan(amount),
      rule: 'write_off',
      actor: input.actor,
      payload: {
        recoveryId: recovery.id,
        date,
        source: b.source,
        allocated: Object.fromEntries(WRITE_OFF_COMPONENTS.map((c) => [c, String(a[c])])),
      },
    });
    await appendAudit(tx, {
      actor: input.actor,
      action: 'loan.write_off_recovery',
      objectType: 'loan',
      objectId: loan.id,
      branchId: loan.branchId,
      before: { recovered: Object.fromEntries(WRITE_OFF_COMPONENTS.map((c) => [c, String(w.recovered[c])])) },
      after: {
        recoveryId: recovery.id,
        date,
        amount: String(amount),
        source: b.source,
        allocated: Object.fromEntries(WRITE_OFF_COMPONENTS.map((c) => [c, String(a[c])])),
      },
      requestId: input.requestId ?? null,
    });
    return { recovery, replayed: false };
  });
  return booking.catch((err: unknown) => {
    // One key sent at once for two loans: each look-up ran under its own loan's lock and found nothing; the
    // unique index stops the second. Same answer as a key reused for another request.
    if (isUniqueViolation(err, 'write_off_recovery_idempotency_key_key')) {
      throw new DomainError('conflict', 'idempotencyKey: already used for another request', 'idempotencyKey');
    }
    throw err;
  });
}
