import { createHash } from 'node:crypto';
import { badInput, type Fen, type LocalDate, parseLocalDate, parseYuan } from '@daihou/core';

/** A request to book one repayment, as it arrives from the API or the CLI (strings, unvalidated). */
export interface BookRepaymentInput {
  readonly loanId: string;
  /** Value date YYYY-MM-DD; must be the current business date. */
  readonly date: string;
  /** Yuan, e.g. "1000.00". */
  readonly amount: string;
  /** The caller's Idempotency-Key: 1–100 characters. */
  readonly idempotencyKey: string;
  /** 流水号 of the paying system, if any. */
  readonly repaymentNo?: string | null | undefined;
  /** Username of whoever books it (or 'system'). */
  readonly actor: string;
}

/** A request that passed the edge checks (shape only: the loan's state is checked in the transaction). */
export interface BookRepaymentRequest {
  readonly loanId: string;
  readonly date: LocalDate;
  readonly amount: Fen;
  readonly idempotencyKey: string;
  readonly repaymentNo: string | null;
  readonly actor: string;
}

const MAX_KEY_LENGTH = 100;

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw badInput(field, 'must be a string');
  const length = [...value].length;
  if (length < 1 || length > max) throw badInput(field, `must be 1 to ${max} characters (got ${length})`);
  return value;
}

/** Validates the shape of a booking request; every failure is bad_input naming its field. */
export function parseBookRepaymentInput(input: BookRepaymentInput): BookRepaymentRequest {
  // Runtime checks on typed fields on purpose: the input comes from JSON and command lines.
  const raw = input as unknown as Record<string, unknown>;
  if (typeof raw.loanId !== 'string' || !/^[1-9]\d{0,17}$/.test(raw.loanId)) {
    throw badInput('loanId', `"${String(raw.loanId)}" is not a loan id (a positive whole number)`);
  }
  if (typeof raw.date !== 'string') throw badInput('date', 'must be a date string YYYY-MM-DD');
  const date = parseLocalDate(raw.date, 'date');
  if (typeof raw.amount !== 'string') throw badInput('amount', 'must be a yuan string such as "1000.00"');
  const amount = parseYuan(raw.amount, 'amount');
  if (amount <= 0) throw badInput('amount', `"${raw.amount}" must be more than 0.00`);
  const idempotencyKey = text(raw.idempotencyKey, 'idempotencyKey', MAX_KEY_LENGTH);
  const repaymentNo =
    raw.repaymentNo === undefined || raw.repaymentNo === null
      ? null
      : text(raw.repaymentNo, 'repaymentNo', MAX_KEY_LENGTH);
  const actor = text(raw.actor, 'actor', MAX_KEY_LENGTH);
  return { loanId: raw.loanId, date, amount, idempotencyKey, repaymentNo, actor };
}

/**
 * The fingerprint of what a request asks for, stored with the repayment: a retry with the same key must
 * ask for the same thing. Amounts are compared in fen ("1000" and "1000.00" are one body); the actor is
 * not part of the body (a retry may come through another session of the same desk).
 */
export const requestHash = (r: BookRepaymentRequest): string =>
  createHash('sha256')
    .update(JSON.stringify(['repayment/v1', r.loanId, r.date, r.amount, r.repaymentNo]))
    .digest('hex');
