import { badInput } from '../errors/domain-error';
import type { Fen } from '../money/fen';

/**
 * Handover (离职移交): how a departing officer's book is shared among successors. The unit is the
 * customer — its loans, contracts, open inspection tasks and collection cases go with it, so one
 * customer never has two officers after a handover. Pure: the database layer reads the book and
 * applies the plan.
 */

/** One customer of the departing officer's book and its balance (principal owed on active loans). */
export interface HandoverUnit {
  readonly customerId: string;
  readonly balance: Fen;
}

/** Which successor receives which customer. */
export interface HandoverAssignment {
  readonly customerId: string;
  readonly successorId: string;
}

/** What one successor receives in total. */
export interface SuccessorShare {
  readonly successorId: string;
  readonly customers: number;
  readonly balance: Fen;
}

const ID = /^[1-9]\d{0,17}$/;

/** Numeric order of two id strings without parsing them (longer is larger; same length: text order). */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkSuccessors(successorIds: readonly string[]): void {
  if (successorIds.length === 0) throw badInput('successorIds', 'name at least one successor');
  const seen = new Set<string>();
  successorIds.forEach((id, i) => {
    if (!ID.test(id)) throw badInput(`successorIds[${i}]`, 'must be a user id');
    if (seen.has(id)) throw badInput(`successorIds[${i}]`, `user ${id} is named twice`);
    seen.add(id);
  });
}

function checkUnits(units: readonly HandoverUnit[]): void {
  const seen = new Set<string>();
  units.forEach((u, i) => {
    if (!ID.test(u.customerId)) throw badInput(`units[${i}].customerId`, 'must be a customer id');
    if (seen.has(u.customerId)) throw badInput(`units[${i}].customerId`, `customer ${u.customerId} twice`);
    if (!Number.isSafeInteger(u.balance) || u.balance < 0) {
      throw badInput(`units[${i}].balance`, 'must be a whole number of fen, not negative');
    }
    seen.add(u.customerId);
  });
}

/**
 * "Evenly by balance": the largest balance first (equal balances: lower customer id first), each to the
 * successor with the least balance so far (equal: fewer customers, then the earlier in `successorIds`).
 * Every customer is assigned exactly once, the result is the same on every run, and the largest and
 * smallest successor totals differ by at most the largest single balance. The result is in customer id
 * order.
 */
export function splitByBalance(
  units: readonly HandoverUnit[],
  successorIds: readonly string[],
): HandoverAssignment[] {
  checkSuccessors(successorIds);
  checkUnits(units);
  const totals = successorIds.map(() => 0);
  const counts = successorIds.map(() => 0);
  const ordered = [...units].sort((a, b) =>
    a.balance !== b.balance ? b.balance - a.balance : compareIds(a.customerId, b.customerId),
  );
  const out: HandoverAssignment[] = [];
  for (const u of ordered) {
    let best = 0;
    for (let i = 1; i < successorIds.length; i++) {
      if (totals[i]! < totals[best]! || (totals[i] === totals[best] && counts[i]! < counts[best]!)) best = i;
    }
    totals[best]! += u.balance;
    counts[best]! += 1;
    out.push({ customerId: u.customerId, successorId: successorIds[best]! });
  }
  return out.sort((a, b) => compareIds(a.customerId, b.customerId));
}

/**
 * A plan made by hand: every customer of the book exactly once, each to one of the named successors.
 * A problem is bad_input naming the entry (`plan[2].successorId`, `plan` for a customer left out).
 */
export function checkManualPlan(
  units: readonly HandoverUnit[],
  successorIds: readonly string[],
  plan: readonly HandoverAssignment[],
): HandoverAssignment[] {
  checkSuccessors(successorIds);
  checkUnits(units);
  const book = new Set(units.map((u) => u.customerId));
  const successors = new Set(successorIds);
  const seen = new Set<string>();
  plan.forEach((a, i) => {
    if (!book.has(a.customerId)) {
      throw badInput(`plan[${i}].customerId`, `customer ${a.customerId} is not in the departing user's book`);
    }
    if (seen.has(a.customerId)) throw badInput(`plan[${i}].customerId`, `customer ${a.customerId} twice`);
    if (!successors.has(a.successorId)) {
      throw badInput(`plan[${i}].successorId`, `user ${a.successorId} is not one of the successors`);
    }
    seen.add(a.customerId);
  });
  const missing = units.find((u) => !seen.has(u.customerId));
  if (missing) throw badInput('plan', `customer ${missing.customerId} is not assigned to a successor`);
  return [...plan].sort((a, b) => compareIds(a.customerId, b.customerId));
}

/** Each successor's number of customers and total balance, in `successorIds` order. */
export function sharesOf(
  units: readonly HandoverUnit[],
  successorIds: readonly string[],
  plan: readonly HandoverAssignment[],
): SuccessorShare[] {
  const balance = new Map(units.map((u) => [u.customerId, u.balance]));
  return successorIds.map((successorId) => {
    const mine = plan.filter((a) => a.successorId === successorId);
    return {
      successorId,
      customers: mine.length,
      balance: mine.reduce((s, a) => s + (balance.get(a.customerId) ?? 0), 0) as Fen,
    };
  });
}
