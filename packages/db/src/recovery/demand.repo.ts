import {
  type ClockEvent,
  type ClockFacts,
  DomainError,
  daysBetween,
  type GuaranteeClock,
  guaranteeClock,
  type LimitationClock,
  type LocalDate,
  limitationClock,
  parseLocalDate,
} from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import type { AccessScope } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import { groupBy } from '../shared/group-by';
import type { Database, Sql } from '../sql-client';
import { recoveryLoanInScope } from './recovery-loan';

export const DEMAND_CHANNELS = [
  'letter',
  'registered_mail',
  'notary',
  'in_person',
  'lawyer_letter',
  'sms',
  'phone',
] as const;

export interface RecoveryDemand {
  readonly id: string;
  readonly loanId: string;
  readonly target: 'borrower' | 'guarantor';
  readonly guaranteeId: string | null;
  readonly guarantorName: string | null;
  readonly kind: 'demand' | 'acknowledgement';
  readonly date: LocalDate;
  readonly channel: (typeof DEMAND_CHANNELS)[number];
  readonly evidence: string;
  readonly actor: string;
}

const demandSchema = z.strictObject({
  target: z.enum(['borrower', 'guarantor']),
  guaranteeId: z
    .string()
    .regex(/^[1-9]\d{0,17}$/, 'must be a guarantee id')
    .optional(),
  kind: z.enum(['demand', 'acknowledgement']),
  date: z.string(),
  channel: z.enum(DEMAND_CHANNELS),
  evidence: z
    .string()
    .trim()
    .min(1, 'is required: the receipt, notarial certificate or signed acknowledgement')
    .max(1000),
});

interface DemandRow {
  id: string;
  loan_id: string;
  target: 'borrower' | 'guarantor';
  guarantee_id: string | null;
  guarantor_name: string | null;
  kind: 'demand' | 'acknowledgement';
  made_on: LocalDate;
  channel: RecoveryDemand['channel'];
  evidence: string;
  actor: string;
}

const DEMAND_SELECT = `select d.id::text as id, d.loan_id::text as loan_id, d.target, d.guarantee_id::text as guarantee_id,
    g.guarantor_name, d.kind, d.made_on::text as made_on, d.channel, d.evidence, d.actor
  from recovery_demand d left join guarantee g on g.id = d.guarantee_id`;

const toDemand = (r: DemandRow): RecoveryDemand => ({
  id: r.id,
  loanId: r.loan_id,
  target: r.target,
  guaranteeId: r.guarantee_id,
  guarantorName: r.guarantor_name,
  kind: r.kind,
  date: r.made_on,
  channel: r.channel,
  evidence: r.evidence,
  actor: r.actor,
});

export async function listDemands(sql: Sql, scope: AccessScope, loanId: string): Promise<RecoveryDemand[]> {
  const loan = await recoveryLoanInScope(sql, scope, loanId);
  const rows = await sql.query<DemandRow>(`${DEMAND_SELECT} where d.loan_id = $1 order by d.made_on, d.id`, [
    loan.id,
  ]);
  return rows.map(toDemand);
}

/**
 * Records a demand on the borrower or a guarantor of the loan's contract, or the borrower's
 * acknowledgement of the debt (承认), on a date not after the business date. It restarts the limitation
 * period and, made on a guarantor within the guarantee period, preserves the claim against them.
 * Audited as `recovery.demand`.
 */
export async function recordDemand(
  db: Database,
  scope: AccessScope,
  loanId: string,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<RecoveryDemand> {
  const b = parseOrBadInput(demandSchema, body);
  const date = parseLocalDate(b.date, 'date');
  if (b.target === 'guarantor' && b.guaranteeId === undefined) {
    throw new DomainError(
      'bad_input',
      'guaranteeId: a demand on a guarantor names the guarantee',
      'guaranteeId',
    );
  }
  if (b.target === 'borrower' && b.guaranteeId !== undefined) {
    throw new DomainError(
      'bad_input',
      'guaranteeId: a demand on the borrower names no guarantee',
      'guaranteeId',
    );
  }
  if (b.kind === 'acknowledgement' && b.target !== 'borrower') {
    throw new DomainError('bad_input', 'kind: an acknowledgement is the borrower’s', 'kind');
  }
  return db.transaction(async (tx) => {
    const loan = await recoveryLoanInScope(tx, scope, loanId, true);
    if (loan.status === 'settled') {
      throw new DomainError('rule_violation', `id: loan ${loan.id} is settled; nothing is owed`, 'id');
    }
    const today = await getBusinessDate(tx);
    if (date > today) {
      throw new DomainError('bad_input', `date: ${date} is after the business date ${today}`, 'date');
    }
    if (b.guaranteeId !== undefined) {
      const [g] = await tx.query<{ id: string }>(
        'select id::text as id from guarantee where id = $1 and contract_id = $2',
        [b.guaranteeId, loan.contractId],
      );
      if (!g) {
        throw new DomainError(
          'bad_input',
          `guaranteeId: guarantee ${b.guaranteeId} is not on this loan's contract`,
          'guaranteeId',
        );
      }
    }
    const [row] = await tx.query<{ id: string }>(
      `insert into recovery_demand (loan_id, branch_id, target, guarantee_id, kind, made_on, channel, evidence, actor)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id::text as id`,
      [loan.id, loan.branchId, b.target, b.guaranteeId ?? null, b.kind, date, b.channel, b.evidence, actor],
    );
    await appendAudit(tx, {
      actor,
      action: 'recovery.demand',
      objectType: 'loan',
      objectId: loan.id,
      branchId: loan.branchId,
      before: null,
      after: {
        demandId: row!.id,
        target: b.target,
        guaranteeId: b.guaranteeId ?? null,
        kind: b.kind,
        date,
        channel: b.channel,
      },
      requestId,
    });
    const [d] = await tx.query<DemandRow>(`${DEMAND_SELECT} where d.id = $1`, [row!.id]);
    return toDemand(d!);
  });
}

export interface GuarantorClock extends GuaranteeClock {
  readonly guaranteeId: string;
  readonly guarantorName: string;
  readonly guaranteeType: string;
  /** Days from the business date to the end of the guarantee period (negative once over). */
  readonly daysLeft: number;
}

export interface LoanClocks {
  readonly asOf: LocalDate;
  readonly lastDueDate: LocalDate;
  readonly limitation: LimitationClock & { readonly daysLeft: number };
  readonly guarantees: readonly GuarantorClock[];
}

/** A loan's clock inputs, each guarantee with its type for the recovery tab. */
export interface LoanClockFacts extends ClockFacts {
  readonly guarantees: readonly (ClockFacts['guarantees'][number] & { readonly guaranteeType: string })[];
}

/**
 * What the loans' clocks are computed from, for many loans at once (the recovery tab reads one, end of
 * day's signals a chunk): the last due date (maturity when there is no installment), the events that
 * restart the limitation period — demands on and acknowledgements by the borrower, litigation filings —
 * and each guarantee of the contract with the demands made on that guarantor. The one place that says
 * which records move the clocks; core's `limitationClock` and `guaranteeClock` compute them.
 */
export async function loanClockFacts(
  sql: Sql,
  loans: readonly { readonly id: string; readonly contractId: string; readonly maturityDate: LocalDate }[],
): Promise<Map<string, LoanClockFacts>> {
  const ids = loans.map((l) => l.id);
  const out = new Map<string, LoanClockFacts>();
  if (ids.length === 0) return out;
  // One after the other: a transaction's statements run on one connection anyway.
  const last = await sql.query<{ loan_id: string; d: LocalDate }>(
    `select loan_id::text as loan_id, max(due_date)::text as d from installment
        where loan_id = any($1::bigint[]) group by loan_id`,
    [ids],
  );
  const demands = await sql.query<{
    loan_id: string;
    target: string;
    guarantee_id: string | null;
    kind: ClockEvent['kind'];
    made_on: LocalDate;
  }>(
    `select loan_id::text as loan_id, target, guarantee_id::text as guarantee_id, kind, made_on::text as made_on
         from recovery_demand where loan_id = any($1::bigint[]) order by made_on, id`,
    [ids],
  );
  const filings = await sql.query<{ loan_id: string; d: LocalDate }>(
    `select loan_id::text as loan_id, step_on::text as d from litigation_step
        where loan_id = any($1::bigint[]) and stage = 'filing'`,
    [ids],
  );
  const guarantees = await sql.query<{
    contract_id: string;
    id: string;
    guarantor_name: string;
    guarantee_type: string;
  }>(
    `select contract_id::text as contract_id, id::text as id, guarantor_name, guarantee_type from guarantee
        where contract_id = any($1::bigint[]) order by id`,
    [[...new Set(loans.map((l) => l.contractId))]],
  );
  const lastDue = new Map(last.map((r) => [r.loan_id, r.d]));
  const demandsOf = groupBy(demands, (d) => d.loan_id);
  const filingsOf = groupBy(filings, (f) => f.loan_id);
  const guaranteesOf = groupBy(guarantees, (g) => g.contract_id);
  for (const l of loans) {
    const own = demandsOf.get(l.id) ?? [];
    out.set(l.id, {
      lastDueDate: lastDue.get(l.id) ?? l.maturityDate,
      maturityDate: l.maturityDate,
      borrowerEvents: [
        ...own
          .filter((d) => d.target === 'borrower')
          .map((d): ClockEvent => ({ date: d.made_on, kind: d.kind })),
        ...(filingsOf.get(l.id) ?? []).map((f): ClockEvent => ({ date: f.d, kind: 'litigation_filed' })),
      ],
      guarantees: (guaranteesOf.get(l.contractId) ?? []).map((g) => ({
        guaranteeId: g.id,
        guarantorName: g.guarantor_name,
        guaranteeType: g.guarantee_type,
        demands: own.filter((d) => d.guarantee_id === g.id).map((d) => d.made_on),
      })),
    });
  }
  return out;
}

/**
 * The loan's limitation-period clock (from its last due date, restarted by demands on and
 * acknowledgements of the borrower and by a litigation filing) and one guarantee-period clock per
 * guarantee of its contract (6 months after the loan's maturity, preserved by a demand on that guarantor).
 */
export async function loanClocks(sql: Sql, scope: AccessScope, loanId: string): Promise<LoanClocks> {
  const loan = await recoveryLoanInScope(sql, scope, loanId);
  const asOf = await getBusinessDate(sql);
  const facts = (await loanClockFacts(sql, [loan])).get(loan.id)!;
  const limitation = limitationClock(facts.lastDueDate, facts.borrowerEvents);
  const days = (to: LocalDate) => daysBetween(asOf, to);
  return {
    asOf,
    lastDueDate: facts.lastDueDate,
    limitation: { ...limitation, daysLeft: days(limitation.endsOn) },
    guarantees: facts.guarantees.map((g) => {
      const clock = guaranteeClock(loan.maturityDate, g.demands, asOf);
      return {
        ...clock,
        guaranteeId: g.guaranteeId,
        guarantorName: g.guarantorName,
        guaranteeType: g.guaranteeType,
        daysLeft: days(clock.endsOn),
      };
    }),
  };
}
