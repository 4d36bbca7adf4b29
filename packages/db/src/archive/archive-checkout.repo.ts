import { DomainError, type LocalDate } from '@daihou/core';
import { z } from 'zod';
import { requestApproval } from '../approvals/approval.service';
import type { ApprovalRequest } from '../approvals/approval-request.repo';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { limitOffset, type Page } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import { localDateText } from '../shared/local-date-text';
import type { Database } from '../sql-client';
import {
  type ArchiveCheckout,
  archiveBranchPath,
  CHECKOUT_SELECT,
  findArchiveDocumentRow,
  toCheckout,
} from './archive-document.repo';

/**
 * Check-out (借阅) and return of a document's paper file: who took it, why, until when. A file is out at
 * most once at a time; one still out after its due date is overdue and listed (the reminder: the
 * overdue list and the count on the archive page; there is no notification outbox yet).
 */

const idText = z.string().regex(/^[1-9]\d{0,17}$/, 'must be a positive whole number');
const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const dateText = localDateText;

const checkOutSchema = z.strictObject({
  documentId: idText,
  borrower: text(100),
  purpose: text(500),
  dueOn: dateText,
  actor: text(100),
  branchPath: archiveBranchPath,
  requestId: z.string().max(200).nullable().optional(),
});
export type CheckOutInput = z.input<typeof checkOutSchema>;

/** The longest a paper file may stay out: 90 days (a careful archive's usual limit; docs/domain/credit-archive.md). */
export const MAX_CHECKOUT_DAYS = 90;

/**
 * Records that a document's paper file goes out. Refused: bad_input for a due date before the business
 * date or more than 90 days after it; rule_violation when the document has no paper file recorded;
 * conflict when it is already out or destroyed; not_found outside the scope.
 */
export async function checkOutPaperFile(db: Database, input: CheckOutInput): Promise<ArchiveCheckout> {
  const r = parseOrBadInput(checkOutSchema, input);
  return db.transaction(async (tx) => {
    const doc = await findArchiveDocumentRow(tx, r.documentId, r.branchPath, true);
    if (!doc) throw new DomainError('not_found', `id: no archive document ${r.documentId}`, 'id');
    if (doc.status !== 'active')
      throw new DomainError('conflict', `id: archive document ${doc.id} is destroyed`, 'id');
    if (doc.paperLocation === null) {
      throw new DomainError(
        'rule_violation',
        `id: archive document ${doc.id} has no paper file on record (no paper location)`,
        'id',
      );
    }
    if (doc.checkout) {
      throw new DomainError(
        'conflict',
        `id: the paper file of document ${doc.id} is out with ${doc.checkout.borrower} until ${doc.checkout.dueOn}`,
        'id',
      );
    }
    const bd = await getBusinessDate(tx);
    const [limit] = await tx.query<{ last: LocalDate }>(
      `select to_char($1::date + $2::int, 'YYYY-MM-DD') as last`,
      [bd, MAX_CHECKOUT_DAYS],
    );
    if (r.dueOn < bd || r.dueOn > limit!.last) {
      throw new DomainError(
        'bad_input',
        `dueOn: must be from the business date ${bd} to ${limit!.last} (at most ${MAX_CHECKOUT_DAYS} days)`,
        'dueOn',
      );
    }
    const [row] = await tx.query<{ id: string }>(
      `insert into archive_checkout (document_id, borrower, purpose, checked_out_on, due_on, recorded_by)
       values ($1, $2, $3, $4, $5, $6) returning id::text as id`,
      [doc.id, r.borrower, r.purpose, bd, r.dueOn, r.actor],
    );
    const [k] = await tx.query<Parameters<typeof toCheckout>[0]>(`${CHECKOUT_SELECT('$2')} where k.id = $1`, [
      row!.id,
      bd,
    ]);
    const checkout = toCheckout(k!);
    await appendAudit(tx, {
      actor: r.actor,
      action: 'archive.checkout',
      objectType: 'archive_document',
      objectId: doc.id,
      branchId: doc.branchId,
      after: { checkoutId: checkout.id, borrower: r.borrower, purpose: r.purpose, dueOn: r.dueOn },
      requestId: r.requestId ?? null,
    });
    return checkout;
  });
}

const returnSchema = z.strictObject({
  documentId: idText,
  actor: text(100),
  branchPath: archiveBranchPath,
  requestId: z.string().max(200).nullable().optional(),
});

/** Records the paper file back in the archive (conflict when it is not out). */
export async function returnPaperFile(
  db: Database,
  input: z.input<typeof returnSchema>,
): Promise<ArchiveCheckout> {
  const r = parseOrBadInput(returnSchema, input);
  return db.transaction(async (tx) => {
    const doc = await findArchiveDocumentRow(tx, r.documentId, r.branchPath, true);
    if (!doc) throw new DomainError('not_found', `id: no archive document ${r.documentId}`, 'id');
    if (!doc.checkout)
      throw new DomainError('conflict', `id: the paper file of document ${doc.id} is not out`, 'id');
    const bd = await getBusinessDate(tx);
    await tx.query('update archive_checkout set returned_on = $2, returned_to = $3 where id = $1', [
      doc.checkout.id,
      bd,
      r.actor,
    ]);
    const [k] = await tx.query<Parameters<typeof toCheckout>[0]>(`${CHECKOUT_SELECT('$2')} where k.id = $1`, [
      doc.checkout.id,
      bd,
    ]);
    await appendAudit(tx, {
      actor: r.actor,
      action: 'archive.return',
      objectType: 'archive_document',
      objectId: doc.id,
      branchId: doc.branchId,
      before: { checkoutId: doc.checkout.id, borrower: doc.checkout.borrower, dueOn: doc.checkout.dueOn },
      after: { returnedOn: bd, returnedLate: doc.checkout.dueOn < bd },
      requestId: r.requestId ?? null,
    });
    return toCheckout(k!);
  });
}

const listSchema = z.strictObject({
  branchPath: archiveBranchPath,
  overdue: z.boolean().optional(),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1).max(500),
});

export interface OpenCheckout extends ArchiveCheckout {
  readonly customerId: string;
  readonly customerName: string;
  readonly branchId: string;
  readonly stage: string;
  readonly title: string;
  readonly paperLocation: string | null;
  readonly daysOverdue: number;
}

/** Paper files out inside the scope (only the overdue ones with `overdue`), longest overdue first. */
export async function listOpenCheckouts(
  db: Database,
  filters: z.input<typeof listSchema>,
): Promise<Page<OpenCheckout> & { overdueTotal: number }> {
  const f = parseOrBadInput(listSchema, filters);
  const { limit, offset } = limitOffset(f);
  const bd = await getBusinessDate(db);
  const rows = await db.query<
    Parameters<typeof toCheckout>[0] & {
      customer_id: string;
      customer_name: string;
      branch_id: string;
      stage: string;
      title: string;
      paper_location: string | null;
      days_overdue: number;
    }
  >(
    `select * from (
       ${CHECKOUT_SELECT('$2')}
     ) k0 join lateral (
       select d.customer_id::text as customer_id, c.name as customer_name, d.branch_id, d.stage, d.title, d.paper_location,
              greatest(0, $2::date - k0.due_on::date) as days_overdue
         from archive_document d join customer c on c.id = d.customer_id join branch b on b.id = d.branch_id
        where d.id = k0.document_id::bigint and starts_with(b.path, $1)
     ) x on true
     where k0.returned_on is null ${f.overdue ? 'and k0.overdue' : ''}
     order by k0.due_on, k0.id::bigint limit ${limit} offset ${offset}`,
    [f.branchPath, bd],
  );
  const [counts] = await db.query<{ total: string; overdue: string }>(
    `select count(*)::text as total, count(*) filter (where k.due_on < $2::date)::text as overdue
       from archive_checkout k join archive_document d on d.id = k.document_id join branch b on b.id = d.branch_id
      where k.returned_on is null and starts_with(b.path, $1)`,
    [f.branchPath, bd],
  );
  return {
    items: rows.map((r) => ({
      ...toCheckout(r),
      customerId: r.customer_id,
      customerName: r.customer_name,
      branchId: r.branch_id,
      stage: r.stage,
      title: r.title,
      paperLocation: r.paper_location,
      daysOverdue: Number(r.days_overdue),
    })),
    total: f.overdue ? Number(counts!.overdue) : Number(counts!.total),
    overdueTotal: Number(counts!.overdue),
  };
}

/**
 * The maker's request to destroy a document (kind archive_destruction), with the scope checked first so
 * a document outside it is not_found whatever its retention says.
 */
export async function requestArchiveDestruction(
  db: Database,
  input: { documentId: string; reason: string; maker: string; branchPath: string; requestId?: string | null },
): Promise<ApprovalRequest> {
  return db.transaction(async (tx) => {
    const doc = await findArchiveDocumentRow(tx, input.documentId, input.branchPath);
    if (!doc)
      throw new DomainError('not_found', `objectId: no archive document ${input.documentId}`, 'objectId');
    return requestApproval(tx, {
      kind: 'archive_destruction',
      objectType: 'archive_document',
      objectId: doc.id,
      payload: {},
      reason: input.reason,
      maker: input.maker,
      requestId: input.requestId ?? null,
      branchPath: input.branchPath,
    });
  });
}
