import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve, requestApproval } from '../src/approvals/approval.service';
import { ARCHIVE_DESTRUCTION_PERMISSION } from '../src/approvals/kinds/archive-destruction.kind';
import {
  addArchiveVersion,
  archiveCheckReport,
  checkOutPaperFile,
  downloadArchiveDocument,
  listCustomerArchive,
  listOpenCheckouts,
  returnPaperFile,
  uploadArchiveDocument,
  viewArchiveDocument,
} from '../src/archive/index';
import { listAuditEntries } from '../src/audit/audit-entry.repo';
import { verifyAuditChain } from '../src/audit/audit-verify';
import {
  createAdhocTask,
  INSPECTION_REVIEW_PERMISSION,
  reviewInspectionReport,
  submitInspectionReport,
} from '../src/inspections/index';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { onBusinessDate, type SeededLoan, seedLoan } from './fixtures';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const ALL = '/';
const ctx = { actor: 'officer.hq', branchPath: ALL };

async function counts(db: Database) {
  const [r] = await db.query<{ docs: string; versions: string; blobs: string; audit: string; outs: string }>(
    `select (select count(*) from archive_document)::text as docs, (select count(*) from archive_version)::text as versions,
            (select count(*) from archive_blob)::text as blobs, (select count(*) from audit_entry)::text as audit,
            (select count(*) from archive_checkout)::text as outs`,
  );
  return r!;
}

describe.each(testEngines())('credit archive on %s', (engine) => {
  let t: TestDatabase;
  let db: Database;
  let seeded: SeededLoan;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    db = t.db;
    await onBusinessDate(db, '2026-01-20');
    seeded = await seedLoan(db);
  }, 60_000);
  afterAll(async () => t?.dispose());

  const upload = (over: Partial<Parameters<typeof uploadArchiveDocument>[1]> = {}) =>
    uploadArchiveDocument(db, {
      customerId: seeded.customer.id,
      loanId: seeded.loan.id,
      stage: 'contract',
      title: '借款合同',
      paperLocation: '档案室A-03柜-12盒',
      ...ctx,
      file: { fileName: '借款合同.pdf', mediaType: 'application/pdf', content: PDF },
      ...over,
    });

  it('files content-addressed, deduplicated, versioned documents and audits every view and download', async () => {
    const doc = await upload();
    expect(doc.latestVersion).toMatchObject({
      version: 1,
      sizeBytes: PDF.length,
      mediaType: 'application/pdf',
    });
    expect(doc.latestVersion.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.retentionClass).toBe('loan_end_30y');
    expect(doc.retentionEndsOn).toBeNull(); // the loan is still active
    const same = await upload({ title: '借款合同（副本）' });
    expect(same.latestVersion.sha256).toBe(doc.latestVersion.sha256);
    const [{ n }] = (await db.query<{ n: string }>('select count(*)::text as n from archive_blob')) as [
      { n: string },
    ];
    expect(n).toBe('1');

    const v2 = await addArchiveVersion(db, {
      documentId: doc.id,
      ...ctx,
      file: { fileName: '借款合同-补签.png', mediaType: 'image/png', content: PNG },
    });
    expect(v2.latestVersion.version).toBe(2);
    const detail = await viewArchiveDocument(db, doc.id, ctx);
    expect(detail.versions.map((v) => v.version)).toEqual([2, 1]);
    const latest = await downloadArchiveDocument(db, doc.id, undefined, ctx);
    expect(latest.content.equals(PNG)).toBe(true);
    const first = await downloadArchiveDocument(db, doc.id, 1, ctx);
    expect(first.content.equals(PDF)).toBe(true);
    const list = await listCustomerArchive(db, seeded.customer.id, ctx);
    expect(list.documents.map((d) => d.id)).toEqual([doc.id, same.id]);

    const audit = await listAuditEntries(db, {
      objectType: 'archive_document',
      objectId: doc.id,
      pageSize: 50,
    });
    expect(audit.items.map((e) => e.action).sort()).toEqual(
      [
        'archive.document_downloaded',
        'archive.document_downloaded',
        'archive.document_upload',
        'archive.document_viewed',
        'archive.version_upload',
      ].sort(),
    );
    expect((await listAuditEntries(db, { action: 'archive.customer_viewed' })).total).toBe(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses a forbidden type, a mislabelled file and an oversize one, writing nothing', async () => {
    const before = await counts(db);
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    await expect(
      upload({ file: { fileName: 'x.html', mediaType: 'text/html', content: html } }),
    ).rejects.toMatchObject({ code: 'unsupported_media_type', field: 'file' });
    await expect(
      upload({ file: { fileName: 'x.pdf', mediaType: 'application/pdf', content: html } }),
    ).rejects.toMatchObject({ code: 'unsupported_media_type', field: 'file' });
    await expect(
      upload({ maxBytes: 10, file: { fileName: 'x.pdf', mediaType: 'application/pdf', content: PDF } }),
    ).rejects.toMatchObject({ code: 'payload_too_large', field: 'file' });
    await expect(upload({ stage: 'nonsense' as never })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'stage',
    });
    await expect(upload({ retentionClass: 'forever_and_ever' })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'retentionClass',
    });
    await expect(upload({ branchPath: '/B/' })).rejects.toMatchObject({ code: 'not_found' });
    // An attachment names a report of this customer, not any id.
    await expect(upload({ stage: 'inspection', inspectionReportId: '987654' })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'inspectionReportId',
    });
    expect(await counts(db)).toEqual(before);
  });

  it('detects content that fails its checksum and serves nothing', async () => {
    const doc = await upload({
      file: {
        fileName: 'scan.png',
        mediaType: 'image/png',
        content: Buffer.concat([PNG, Buffer.from('tamper')]),
      },
    });
    await db.query(`update archive_blob set content = $2 where sha256 = $1`, [
      doc.latestVersion.sha256,
      Buffer.concat([PNG, Buffer.from('TAMPER')]),
    ]);
    await expect(downloadArchiveDocument(db, doc.id, undefined, ctx)).rejects.toMatchObject({
      code: 'internal_error',
    });
  });

  it('checks paper files out and back, lists the overdue ones', async () => {
    const doc = await upload({ stage: 'approval', title: '审批表' });
    await expect(
      checkOutPaperFile(db, {
        documentId: doc.id,
        borrower: '张三',
        purpose: '审计调阅',
        dueOn: '2026-01-19',
        ...ctx,
      }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'dueOn' });
    // A day the calendar does not have is bad input naming the field, not a database error.
    await expect(
      checkOutPaperFile(db, {
        documentId: doc.id,
        borrower: '张三',
        purpose: '审计调阅',
        dueOn: '2026-01-32',
        ...ctx,
      }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'dueOn' });
    const out = await checkOutPaperFile(db, {
      documentId: doc.id,
      borrower: '张三',
      purpose: '审计调阅',
      dueOn: '2026-01-25',
      ...ctx,
    });
    expect(out).toMatchObject({ borrower: '张三', dueOn: '2026-01-25', overdue: false });
    await expect(
      checkOutPaperFile(db, {
        documentId: doc.id,
        borrower: '李四',
        purpose: 'x',
        dueOn: '2026-01-25',
        ...ctx,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await onBusinessDate(db, '2026-01-27');
    const overdue = await listOpenCheckouts(db, { branchPath: ALL, overdue: true, page: 1, pageSize: 50 });
    expect(overdue.items.map((k) => [k.documentId, k.daysOverdue])).toEqual([[doc.id, 2]]);
    expect(overdue.overdueTotal).toBe(1);
    expect((await listOpenCheckouts(db, { branchPath: '/B/', page: 1, pageSize: 50 })).total).toBe(0);
    const back = await returnPaperFile(db, { documentId: doc.id, ...ctx });
    expect(back.returnedOn).toBe('2026-01-27');
    await expect(returnPaperFile(db, { documentId: doc.id, ...ctx })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('destroys only after retention, through maker–checker, keeping the record', async () => {
    const doc = await upload({
      stage: 'other',
      title: '临时说明',
      file: {
        fileName: 'note.pdf',
        mediaType: 'application/pdf',
        content: Buffer.from('%PDF-1.4 unique note'),
      },
    });
    const request = (reason = '保管期满') =>
      requestApproval(db, {
        kind: 'archive_destruction',
        objectType: 'archive_document',
        objectId: doc.id,
        payload: {},
        reason,
        maker: 'officer.hq',
        branchPath: ALL,
      });
    const before = await counts(db);
    await expect(request()).rejects.toMatchObject({ code: 'rule_violation', field: 'objectId' });
    expect(await counts(db)).toEqual(before);
    await onBusinessDate(db, '2031-02-01'); // filed 2026-01-27 + 5 years → destroyable from 2031-01-28
    const pending = await request();
    const checker = { username: 'head.hq', permissions: [ARCHIVE_DESTRUCTION_PERMISSION] };
    await expect(
      approve(db, pending.id, { username: 'officer.hq', permissions: [ARCHIVE_DESTRUCTION_PERMISSION] }),
    ).rejects.toMatchObject({ code: 'rule_violation' });
    await approve(db, pending.id, checker);
    const detail = await viewArchiveDocument(db, doc.id, ctx);
    expect(detail).toMatchObject({
      status: 'destroyed',
      destroyedOn: '2031-02-01',
      destroyedBy: 'officer.hq',
      destructionApprovedBy: 'head.hq',
    });
    expect(detail.versions[0]!.contentAvailable).toBe(false);
    await expect(downloadArchiveDocument(db, doc.id, undefined, ctx)).rejects.toMatchObject({
      code: 'conflict',
    });
    // The contract stays: its loan is still active.
    const contract = (await listCustomerArchive(db, seeded.customer.id, ctx)).documents.find(
      (d) => d.stage === 'contract',
    )!;
    await expect(
      requestApproval(db, {
        kind: 'archive_destruction',
        objectType: 'archive_document',
        objectId: contract.id,
        payload: {},
        reason: 'x',
        maker: 'officer.hq',
      }),
    ).rejects.toMatchObject({ code: 'rule_violation' });
    const report = await archiveCheckReport(db, { branchPath: ALL, year: 2031 });
    const hq = report.branches.find((b) => b.branchId === 'HQ')!;
    expect(hq.destroyedInYear).toBe(1);
    expect(hq.loansMissingStages[0]!.missing).toEqual(['investigation', 'disbursement', 'inspection']);
    expect(hq.documentsByStage.contract).toBe(3);
    await onBusinessDate(db, '2026-01-27');
  });

  it('files the signed inspection report as a Chinese PDF in the customer archive', async () => {
    const task = await createAdhocTask(db, {
      loanId: seeded.loan.id,
      dueDate: '2026-02-03',
      reason: '首次检查',
      createdBy: 'officer.hq',
      branchPath: ALL,
    });
    const report = await submitInspectionReport(db, {
      taskId: task.id,
      author: 'officer.hq',
      branchPath: ALL,
      mode: 'onsite',
      inspectedOn: '2026-01-27',
      findings: {
        useOfFunds: {
          assessment: 'normal',
          note: '贷款资金已按合同约定用途支付给供货商，取得发票及入库单。',
        },
        operations: { assessment: 'attention', note: '经营正常，但应收账款有所增加，需持续关注。' },
      },
      figures: {
        totalAssets: 1_000_000_00,
        totalLiabilities: 420_000_00,
        currentAssets: 300_000_00,
        currentLiabilities: 200_000_00,
      },
      riskOpinion: '借款人经营稳定，第一还款来源充足，风险可控。',
      proposedMeasures: '按季跟踪应收账款回笼情况。',
    });
    const before = await counts(db);
    await reviewInspectionReport(db, {
      reportId: report.id,
      reviewer: { username: 'reviewer.hq', permissions: [INSPECTION_REVIEW_PERMISSION] },
      branchPath: ALL,
      decision: 'approve',
    });
    const archive = await listCustomerArchive(db, seeded.customer.id, ctx);
    const filed = archive.documents.find((d) => d.inspectionReportId === report.id)!;
    expect(filed).toMatchObject({
      stage: 'inspection',
      source: 'inspection_report',
      retentionClass: 'loan_end_10y',
    });
    expect(Number((await counts(db)).docs)).toBe(Number(before.docs) + 1);
    const pdf = await downloadArchiveDocument(db, filed.id, undefined, ctx);
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    const [approval] = (await listAuditEntries(db, { action: 'inspection.report_approve' })).items;
    expect(approval!.after).toMatchObject({ archiveDocumentId: filed.id });
    if (engine === 'pglite') {
      writeFileSync('/tmp/archive-report.pdf', pdf.content);
      const text = execFileSync('pdftotext', ['/tmp/archive-report.pdf', '-']).toString();
      expect(text).toContain('贷后检查报告');
      expect(text).toContain('资产负债率');
      expect(text).toContain('42.00%');
    }
  }, 60_000);
});
