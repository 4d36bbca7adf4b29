import type { Database, Sql } from '../sql-client';
import { AUDIT_SELECT, type AuditEntryRow, toAuditEntry } from './audit-entry.repo';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';

/**
 * Why the chain breaks at an entry:
 * - `edited`: its content no longer matches its hash (changed after it was written);
 * - `deleted`: it is missing (a gap in seq, entries gone from the end, or an entry chained to a
 *   predecessor that no longer exists);
 * - `reordered`: its content is intact but it sits in another place than the one it was written in;
 * - `head`: the entries are consistent but the chain head row disagrees with the last of them.
 */
export type AuditBreak = 'edited' | 'deleted' | 'reordered' | 'head';

export interface AuditChainHead {
  readonly seq: string;
  readonly hash: string;
}

export type AuditChainReport =
  | { readonly ok: true; readonly entries: number; readonly head: AuditChainHead }
  | {
      readonly ok: false;
      /** Entries read before the break. */
      readonly entries: number;
      readonly head: AuditChainHead;
      readonly firstBroken: { readonly seq: string; readonly problem: AuditBreak; readonly message: string };
    };

export interface VerifyOptions {
  /** Entries read per query (memory stays flat however long the chain is). */
  readonly batchSize?: number;
}

type Broken = Extract<AuditChainReport, { ok: false }>['firstBroken'];

function contentMatches(row: AuditEntryRow): boolean {
  try {
    const { prevHash, hash, seq: _seq, ...content } = toAuditEntry(row);
    return hashAuditEntry(prevHash, content) === hash;
  } catch {
    // Text that no longer parses or canonicalises was not written by appendAudit.
    return false;
  }
}

/** Why an intact entry does not follow its predecessor: it was moved, or what it followed is gone. */
async function misplaced(tx: Sql, row: AuditEntryRow, previous: string): Promise<Broken> {
  const [owner] = await tx.query<{ seq: string }>(
    'select seq::text as seq from audit_entry where hash = $1',
    [row.prev_hash],
  );
  if (owner) {
    return {
      seq: row.seq,
      problem: 'reordered',
      message: `entry ${row.seq} is out of place: it was written after the entry now at seq ${owner.seq}, not after entry ${previous}`,
    };
  }
  return {
    seq: row.seq,
    problem: 'deleted',
    message:
      row.prev_hash === GENESIS_HASH
        ? `entry ${row.seq} was written as the first entry: the entries before it were deleted and the rest renumbered`
        : `entry ${row.seq} was chained to an entry that no longer exists: an entry before it was deleted ` +
          `(and later ones renumbered) or entry ${previous} was replaced`,
  };
}

/**
 * Walks the audit chain from the first entry in one consistent snapshot, recomputing every hash and
 * link, and names the first entry where it breaks. The head row is checked last, which catches entries
 * deleted from the end. Entries appended while it runs are not seen (they are after the snapshot).
 */
export async function verifyAuditChain(db: Database, options: VerifyOptions = {}): Promise<AuditChainReport> {
  const batch = options.batchSize ?? 2000;
  return db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read, read only');
    const [headRow] = await tx.query<{ seq: string; hash: string }>(
      'select seq::text as seq, hash from audit_chain_head where id = 1',
    );
    const head: AuditChainHead = headRow ?? { seq: '0', hash: GENESIS_HASH };
    let entries = 0;
    let expected = 1n;
    let prevHash = GENESIS_HASH;
    const broken = (firstBroken: Broken): AuditChainReport => ({ ok: false, entries, head, firstBroken });
    for (;;) {
      const rows = await tx.query<AuditEntryRow>(
        `${AUDIT_SELECT} where audit_entry.seq >= $1 order by audit_entry.seq limit ${batch}`,
        [expected.toString()],
      );
      for (const row of rows) {
        const seq = BigInt(row.seq);
        if (seq !== expected) {
          const last = expected - 1n;
          return broken({
            seq: expected.toString(),
            problem: 'deleted',
            message:
              seq === expected + 1n
                ? `entry ${expected} is missing: the chain goes from entry ${last} to entry ${seq}`
                : `entries ${expected}–${seq - 1n} are missing: the chain goes from entry ${last} to entry ${seq}`,
          });
        }
        if (!contentMatches(row)) {
          return broken({
            seq: row.seq,
            problem: 'edited',
            message: `entry ${row.seq} was changed after it was written: its content no longer matches its hash`,
          });
        }
        if (row.prev_hash !== prevHash) return broken(await misplaced(tx, row, (seq - 1n).toString()));
        prevHash = row.hash;
        expected++;
        entries++;
      }
      if (rows.length < batch) break;
    }
    const last = expected - 1n;
    const headSeq = BigInt(head.seq);
    if (headSeq > last) {
      return broken({
        seq: (last + 1n).toString(),
        problem: 'deleted',
        message:
          headSeq === last + 1n
            ? `entry ${headSeq} is missing from the end of the chain (the head records it)`
            : `entries ${last + 1n}–${headSeq} are missing from the end of the chain (the head records entry ${headSeq})`,
      });
    }
    if (headSeq !== last || head.hash !== prevHash) {
      return broken({
        seq: head.seq,
        problem: 'head',
        message: `the chain head records entry ${head.seq} with hash ${head.hash.slice(0, 12)}…, but the last entry is ${last} with hash ${prevHash.slice(0, 12)}…`,
      });
    }
    return { ok: true, entries, head };
  });
}
