import type {
  ClassificationSettings,
  LocalDate,
  ProvisionSettings,
  ServicingEvent,
  ServicingSettings,
} from '@daihou/core';
import type { Database, EodLoan, EodLoanResult, HistoryRow, Sql } from '@daihou/db';

/** Settings end of day reads once per run. */
export interface EodSettings {
  readonly products: ReadonlyMap<string, ServicingSettings>;
  readonly classification: ClassificationSettings;
  readonly provisions: ProvisionSettings;
}

/** One partition's work in progress, passed from step to step inside the partition's transaction. */
export interface PartitionWork {
  readonly tx: Sql;
  readonly runId: string;
  readonly date: LocalDate;
  readonly partitionNo: number;
  readonly loId: string;
  readonly hiId: string;
  readonly settings: EodSettings;
  loans: EodLoan[];
  results: EodLoanResult[];
  events: { loanId: string; event: ServicingEvent }[];
  history: HistoryRow[];
}

/** A step run inside each partition's transaction; returns how many items it handled. */
export interface PartitionStep {
  readonly name: string;
  run(work: PartitionWork): Promise<number>;
}

/** A step run once per business date after every partition is done, inside the closing transaction. */
export interface RunStep {
  readonly name: string;
  run(tx: Sql, date: LocalDate, settings: EodSettings, db: Database): Promise<number>;
}

/** A per-loan failure: the partition rolls back and the run records which loan and why. */
export class EodLoanError extends Error {
  constructor(
    readonly loanId: string,
    readonly reason: unknown,
  ) {
    super(`loan ${loanId}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'EodLoanError';
  }
}
