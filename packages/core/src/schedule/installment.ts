import type { LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';

/** One line of a repayment schedule (还款计划): what falls due on `dueDate`. */
export interface ScheduledInstallment {
  readonly period: number;
  readonly dueDate: LocalDate;
  readonly principal: Fen;
  readonly interest: Fen;
}
