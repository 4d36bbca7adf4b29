import type { z } from 'zod';
import type { AuditJson } from '../audit/canonical-json';
import type { JsonValue } from '../repositories/loan-event.repo';
import type { Sql } from '../sql-client';

/** What a kind learns about the object when a request is made. */
export interface ApprovalTarget {
  /** The object's branch (the request is scoped by it). */
  readonly branchId: string;
  /**
   * What the decision depends on, as it is now (e.g. the loan's class). Approval compares it with the
   * object then and refuses a stale request.
   */
  readonly basis: JsonValue;
}

/** Everything `apply` knows, inside the approval's transaction. */
export interface ApplyContext<P> {
  readonly approvalId: string;
  readonly objectId: string;
  readonly branchId: string;
  readonly payload: P;
  readonly basis: JsonValue;
  readonly reason: string;
  readonly maker: string;
  readonly checker: string;
}

/** What applying did: the object's audit entry and the result stored with the request. */
export interface AppliedChange {
  readonly result: JsonValue;
  /** Recorded as one audit entry on the object (action e.g. `loan.class_override`). */
  readonly audit: { readonly action: string; readonly before: AuditJson; readonly after: AuditJson };
}

/** Applying refused because the object changed since the request: nothing was written. */
export interface StaleRequest {
  readonly stale: string;
}

/**
 * One kind of change that needs a second person (maker–checker). The change itself happens only in
 * `apply`, called inside the approval's transaction after the checks, so it takes effect exactly when
 * the approval commits.
 */
export interface ApprovalKind<P = unknown> {
  readonly kind: string;
  /** The type of object the request is about (`loan`, `repayment` …); the request's objectId names one. */
  readonly objectType: string;
  /** The permission the checker needs (the server maps roles to permissions). */
  readonly permission: string;
  /** The payload the maker sends; unknown keys are refused. */
  readonly payloadSchema: z.ZodType<P>;
  /**
   * The object's branch, or null when there is no such object. A request asks this before anything
   * else about the object — before the payload is read and before `prepare` — so a maker outside the
   * branch gets not_found and learns nothing from the kind's checks (its state, its amounts, its class).
   */
  locate(tx: Sql, objectId: string): Promise<string | null>;
  /**
   * At request time, in the maker's transaction: the object exists (not_found), the change is allowed
   * now (rule_violation / conflict), and what approval will check for staleness.
   */
  prepare(tx: Sql, objectId: string, payload: P): Promise<ApprovalTarget>;
  /**
   * At approval, in its transaction: lock the object, return `{ stale }` without writing when it no
   * longer matches the basis, otherwise make the change. Do not append audit entries here: the
   * approval appends them last, after every other lock is taken.
   */
  apply(tx: Sql, context: ApplyContext<P>): Promise<AppliedChange | StaleRequest>;
}

/** `locate` for an object whose branch one query reads (`select branch_id … where <id> = $1`). */
export const locateBy =
  (query: string) =>
  async (tx: Sql, objectId: string): Promise<string | null> =>
    (await tx.query<{ branch_id: string }>(query, [objectId]))[0]?.branch_id ?? null;

/** `locate` for the kinds whose object is a loan. */
export const locateLoan = locateBy('select branch_id from loan where id = $1');

/** Keeps the payload type of a kind's functions tied to its schema. */
export const defineApprovalKind = <P>(kind: ApprovalKind<P>): ApprovalKind<P> => kind;

export type ApprovalRegistry = ReadonlyMap<string, ApprovalKind>;

export function approvalRegistry(kinds: readonly ApprovalKind[]): ApprovalRegistry {
  const map = new Map<string, ApprovalKind>();
  for (const k of kinds) {
    if (map.has(k.kind)) throw new Error(`approval kind ${k.kind} is registered twice`);
    map.set(k.kind, k);
  }
  return map;
}
