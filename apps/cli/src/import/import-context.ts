import {
  type InterestCapSetting,
  type LocalDate,
  type LprEntry,
  parseServicingSettings,
  type ServicingSettings,
} from '@daihou/core';
import {
  type ForeignKeyTriggerSkip,
  listLpr,
  loadBranchCodes,
  loadInterestCapSetting,
  loadProductSettingsRows,
  loadUserIdsByUsername,
  type Sql,
} from '@daihou/db';
import type { ImportError } from './import-report';
import type { ImportRow } from './import-row';

/** Loans from a register carry no product code: they take the standard product's settings (migration 0001). */
export const IMPORT_PRODUCT = 'standard';

/** Who imported: the actor of events and the creator of repayments written by an import. */
export const IMPORT_ACTOR = 'import';

/** What every row check needs, loaded once per import. */
export interface ImportContext {
  /** The import's transaction: every write, and reads that must see them. */
  readonly tx: Sql;
  /**
   * Where row checks look up what is already stored. On PostgreSQL another pooled connection, so the
   * next batch's look-ups do not queue behind the current batch's writes; it sees only what was committed
   * before, which is all a check needs (rows of this import are tracked in memory). On PGlite, the
   * transaction itself (one connection).
   */
  readonly reader: Sql;
  /** How writes of rows that reference only this import's own rows may skip foreign-key triggers. */
  readonly foreignKeySkip: ForeignKeyTriggerSkip;
  readonly businessDate: LocalDate;
  readonly branchCodes: ReadonlySet<string>;
  readonly userIds: ReadonlyMap<string, string>;
  /** Servicing settings by product code. */
  readonly settings: ReadonlyMap<string, ServicingSettings>;
  /** The institution's interest cap and the LPR table: a loan priced above the cap is refused (RULES.md §12). */
  readonly interestCap: { readonly setting: InterestCapSetting; readonly lpr: readonly LprEntry[] };
}

export async function loadImportContext(
  tx: Sql,
  reader: Sql,
  foreignKeySkip: ForeignKeyTriggerSkip,
  businessDate: LocalDate,
): Promise<ImportContext> {
  const products = await loadProductSettingsRows(tx, [IMPORT_PRODUCT]);
  if (products.length === 0)
    throw new Error(`product "${IMPORT_PRODUCT}" is missing (migration 0001 creates it)`);
  return {
    tx,
    reader,
    foreignKeySkip,
    businessDate,
    branchCodes: await loadBranchCodes(tx),
    userIds: await loadUserIdsByUsername(tx),
    interestCap: { setting: await loadInterestCapSetting(tx), lpr: await listLpr(tx) },
    settings: new Map(
      products.map((p) => [
        p.code,
        parseServicingSettings({
          penaltyUplift: p.penalty_uplift,
          graceDays: p.grace_days,
          dayBasis: p.day_basis,
          waterfallOrder: p.waterfall_order,
          prepaymentFeeRate: p.prepayment_fee_rate,
          prepaymentFeeFreeDays: p.prepayment_fee_free_days,
        }),
      ]),
    ),
  };
}

/** What one batch of rows came to. */
export interface BatchOutcome<P> {
  /** Rows to write (or that would be written in a dry run). */
  readonly good: number;
  /** Rows already imported (same content): never written twice. */
  readonly skipped: number;
  readonly prepared: P;
}

/**
 * One kind of import. `check` validates a batch against the file so far and the database, reporting
 * problems into `errors`; `write` writes the good rows of a checked batch; `finish` writes what needs the
 * whole file (the repayment replays) and returns nothing to count.
 *
 * `write` is called while the previous batch's write (`previous`) may still be running: it may do its
 * CPU-only preparation first, so that overlaps the database's work, but must await `previous` before it
 * reads or writes anything (the transaction runs one statement at a time, and a batch may refer to rows
 * the previous one writes).
 */
export interface KindImporter<P> {
  check(rows: readonly ImportRow[], errors: ImportError[]): Promise<BatchOutcome<P>>;
  write(prepared: P, previous: Promise<void>): Promise<void>;
  finish(): Promise<void>;
}
