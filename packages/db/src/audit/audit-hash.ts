import { createHash } from 'node:crypto';
import { type AuditJson, canonicalJson } from './canonical-json';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: everything it says, but not its position (seq) or its own hash. */
export interface AuditContent {
  /** UTC, microseconds: `2026-02-10T08:15:00.123456Z` (exactly what timestamptz keeps). */
  readonly occurredAt: string;
  readonly actor: string;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly branchId: string | null;
  readonly before: AuditJson;
  readonly after: AuditJson;
  readonly requestId: string | null;
}

/** Version of the serialisation below; bump it (and keep the old one for old entries) if it ever changes. */
const FORMAT = 1;

/**
 * sha256(previous hash ‖ "\n" ‖ canonical JSON of the content), hex. Position is left out on purpose:
 * the order of entries is fixed by each one naming its predecessor's hash, so a moved entry still
 * matches its own hash and verification can tell "reordered" from "edited".
 */
export function hashAuditEntry(prevHash: string, content: AuditContent): string {
  const material = canonicalJson({
    v: FORMAT,
    occurredAt: content.occurredAt,
    actor: content.actor,
    action: content.action,
    objectType: content.objectType,
    objectId: content.objectId,
    branchId: content.branchId,
    before: content.before,
    after: content.after,
    requestId: content.requestId,
  });
  return createHash('sha256').update(`${prevHash}\n${material}`, 'utf8').digest('hex');
}
