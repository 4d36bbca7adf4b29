import { createAdhocTask, type Database, submitInspectionReport, uploadArchiveDocument } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, type BankLoan, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * The credit archive over HTTP: every role × every archive endpoint × a document inside and one outside
 * the user's scope (the expected answers written out here, not derived from the permission table), then
 * the flows and every refusal of issue #6 (forbidden type, oversize, destruction before retention).
 */

interface UserCase {
  readonly username: Username;
  readonly global: boolean;
  readonly own: 'a1' | 'b1';
}

const USERS: readonly UserCase[] = [
  { username: 'admin', global: true, own: 'a1' },
  { username: 'risk.head', global: true, own: 'a1' },
  { username: 'auditor', global: true, own: 'a1' },
  { username: 'manager.a', global: false, own: 'a1' },
  { username: 'officer.a', global: false, own: 'a1' },
  { username: 'reviewer.a', global: false, own: 'a1' },
  { username: 'head.a', global: false, own: 'a1' },
  { username: 'collector.a', global: false, own: 'a1' },
  { username: 'manager.b', global: false, own: 'b1' },
  { username: 'officer.b01', global: false, own: 'b1' },
];

/** Who reads the archive: everyone but the collector and the IT administrator. */
const READERS: readonly Username[] = [
  'risk.head',
  'auditor',
  'manager.a',
  'officer.a',
  'reviewer.a',
  'head.a',
  'manager.b',
  'officer.b01',
];
const KEEPERS: readonly Username[] = ['manager.a', 'officer.a', 'manager.b', 'officer.b01'];

const PDF = Buffer.from('%PDF-1.4\n% scanned contract\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9, 9]);

const docOf = new Map<string, string>();

async function ensureDocument(db: Database, loan: BankLoan): Promise<string> {
  const known = docOf.get(loan.id);
  if (known) return known;
  const doc = await uploadArchiveDocument(db, {
    customerId: loan.customerId,
    loanId: loan.id,
    stage: 'contract',
    title: '借款合同',
    paperLocation: '档案室1-01',
    actor: 'spec.setup',
    branchPath: '/',
    file: { fileName: 'contract.pdf', mediaType: 'application/pdf', content: PDF },
  });
  docOf.set(loan.id, doc.id);
  return doc.id;
}

interface Endpoint {
  readonly name: string;
  readonly allowed: readonly Username[];
  readonly ok: number;
  readonly request: (
    loan: BankLoan,
    doc: string,
  ) => { method?: 'GET' | 'POST'; url: string; body?: unknown; headers?: Record<string, string> };
  readonly listed?: (body: unknown, doc: string) => boolean;
  readonly prepare?: (db: Database, doc: string) => Promise<void>;
}

const returnAll = (db: Database, doc: string) =>
  db
    .query(
      `update archive_checkout set returned_on = checked_out_on, returned_to = 'spec' where document_id = $1 and returned_on is null`,
      [doc],
    )
    .then(() => undefined);

const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'GET /customers/{id}/archive',
    allowed: READERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/customers/${l.customerId}/archive` }),
  },
  {
    name: 'POST /customers/{id}/archive/documents',
    allowed: KEEPERS,
    ok: 201,
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/customers/${l.customerId}/archive/documents?stage=investigation&title=${encodeURIComponent('调查报告')}&fileName=survey.png`,
      headers: { 'content-type': 'image/png' },
      body: PNG,
    }),
  },
  {
    name: 'GET /archive/documents/{id}',
    allowed: READERS,
    ok: 200,
    request: (_l, d) => ({ url: `/api/v1/archive/documents/${d}` }),
  },
  {
    name: 'GET /archive/documents/{id}/content',
    allowed: READERS,
    ok: 200,
    request: (_l, d) => ({ url: `/api/v1/archive/documents/${d}/content` }),
  },
  {
    name: 'POST /archive/documents/{id}/versions',
    allowed: KEEPERS,
    ok: 201,
    request: (_l, d) => ({
      method: 'POST',
      url: `/api/v1/archive/documents/${d}/versions?fileName=contract-v2.pdf`,
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.concat([PDF, Buffer.from('v2')]),
    }),
  },
  {
    name: 'POST /archive/documents/{id}/checkout',
    allowed: KEEPERS,
    ok: 201,
    prepare: returnAll,
    request: (_l, d) => ({
      method: 'POST',
      url: `/api/v1/archive/documents/${d}/checkout`,
      body: { borrower: '王五', purpose: '贷后检查调阅', dueOn: '2026-03-09' },
    }),
  },
  {
    name: 'POST /archive/documents/{id}/destruction (before retention)',
    allowed: ['manager.a', 'officer.a', 'manager.b', 'officer.b01'],
    ok: 422,
    prepare: returnAll,
    request: (_l, d) => ({
      method: 'POST',
      url: `/api/v1/archive/documents/${d}/destruction`,
      body: { reason: '保管期满' },
    }),
  },
  {
    name: 'GET /archive/checkouts (list)',
    allowed: READERS,
    ok: 200,
    prepare: async (db, d) => {
      await returnAll(db, d);
      await db.query(
        `insert into archive_checkout (document_id, borrower, purpose, checked_out_on, due_on, recorded_by)
         values ($1, '赵六', 'spec', '2026-03-02', '2026-03-05', 'spec')`,
        [d],
      );
    },
    request: () => ({ url: '/api/v1/archive/checkouts?pageSize=200' }),
    listed: (body, d) => (body as { items: { documentId: string }[] }).items.some((i) => i.documentId === d),
  },
  {
    name: 'GET /archive/check-report',
    allowed: READERS,
    ok: 200,
    request: () => ({ url: '/api/v1/archive/check-report?year=2026' }),
    listed: (body, _d) => (body as { branches: unknown[] }).branches.length > 0,
  },
];

describe.each(testEngines())('credit archive API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();

  beforeAll(async () => {
    docOf.clear();
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    for (const u of USERS) cookies.set(u.username, await login(app, u.username));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('answers every role × endpoint × side as written (403 without permission, 404 out of scope)', async () => {
    const failures: string[] = [];
    for (const user of USERS) {
      for (const endpoint of ENDPOINTS) {
        for (const side of ['in', 'out'] as const) {
          const loan = side === 'in' ? bank.loans[user.own] : bank.loans[user.own === 'a1' ? 'b1' : 'a1'];
          const doc = await ensureDocument(t.db, loan);
          await endpoint.prepare?.(t.db, doc);
          const r = endpoint.request(loan, doc);
          const res = await call(app, {
            method: r.method ?? 'GET',
            url: r.url,
            cookie: cookies.get(user.username)!,
            ...(r.body === undefined ? {} : { body: r.body }),
            ...(r.headers ? { headers: r.headers } : {}),
          });
          const allowed = endpoint.allowed.includes(user.username);
          const want = !allowed ? 403 : endpoint.listed || user.global || side === 'in' ? endpoint.ok : 404;
          if (endpoint.listed && allowed && res.statusCode === 200) {
            const visible = endpoint.listed(res.json(), doc);
            const shouldSee = endpoint.name.includes('check-report') || user.global || side === 'in';
            if (visible !== shouldSee)
              failures.push(`${user.username} ${endpoint.name} ${side}: visible ${visible}`);
          }
          if (res.statusCode !== want) {
            failures.push(
              `${user.username} ${endpoint.name} ${side}: ${res.statusCode} (want ${want}) ${res.body.slice(0, 160)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  const upload = (cookie: string, customerId: string, query: string, contentType: string, body: Buffer) =>
    call(app, {
      method: 'POST',
      url: `/api/v1/customers/${customerId}/archive/documents?${query}`,
      cookie,
      headers: { 'content-type': contentType },
      body,
    });

  const counts = async () =>
    (
      await t.db.query<{ d: string; v: string; b: string; a: string }>(
        `select (select count(*) from archive_document)::text as d, (select count(*) from archive_version)::text as v,
                (select count(*) from archive_blob)::text as b, (select count(*) from audit_entry)::text as a`,
      )
    )[0]!;

  it('refuses a forbidden type, a disguised file, an oversize file and bad fields, writing nothing', async () => {
    const cookie = cookies.get('officer.a')!;
    const a1 = bank.loans.a1;
    const before = await counts();
    const q = `stage=contract&title=x&fileName=a.pdf`;
    let res = await upload(
      cookie,
      a1.customerId,
      'stage=contract&title=x&fileName=a.html',
      'text/html',
      Buffer.from('<html></html>'),
    );
    expect(res.statusCode).toBe(415);
    expect(errorOf(res)).toMatchObject({ code: 'unsupported_media_type', field: 'file' });
    res = await upload(cookie, a1.customerId, q, 'application/pdf', Buffer.from('MZ\x90\x00 an executable'));
    expect(res.statusCode).toBe(415);
    expect(errorOf(res).field).toBe('file');
    res = await upload(cookie, a1.customerId, q, 'application/pdf', Buffer.alloc(10 * 1024 * 1024 + 1, 0x25));
    expect(res.statusCode).toBe(413);
    expect(errorOf(res)).toMatchObject({ code: 'payload_too_large', field: 'file' });
    res = await upload(
      cookie,
      a1.customerId,
      'stage=contract&title=x&fileName=a.png',
      'application/pdf',
      PDF,
    );
    expect(errorOf(res)).toMatchObject({ code: 'bad_input', field: 'fileName' });
    res = await upload(cookie, a1.customerId, 'stage=nope&title=x&fileName=a.pdf', 'application/pdf', PDF);
    expect(errorOf(res)).toMatchObject({ code: 'bad_input', field: 'stage' });
    res = await upload(cookie, a1.customerId, `${q}&loanId=${bank.loans.a2.id}`, 'application/pdf', PDF);
    expect(errorOf(res)).toMatchObject({ code: 'bad_input', field: 'loanId' });
    res = await upload(cookie, a1.customerId, q, 'application/json', Buffer.from('{}'));
    expect(res.statusCode).toBe(415);
    res = await upload(cookie, bank.loans.b1.customerId, q, 'application/pdf', PDF);
    expect(res.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('uploads, versions, downloads with the digest and audits views and downloads', async () => {
    const cookie = cookies.get('officer.a')!;
    const a1 = bank.loans.a1;
    const res = await upload(
      cookie,
      a1.customerId,
      `stage=approval&title=${encodeURIComponent('审批意见书')}&fileName=${encodeURIComponent('审批意见书.pdf')}&loanId=${a1.id}&paperLocation=A-1`,
      'application/pdf',
      PDF,
    );
    expect(res.statusCode).toBe(201);
    const doc = res.json() as { id: string; retentionClass: string; latestVersion: { sha256: string } };
    expect(doc.retentionClass).toBe('loan_end_30y');
    const dl = await call(app, { url: `/api/v1/archive/documents/${doc.id}/content`, cookie });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['x-content-sha256']).toBe(doc.latestVersion.sha256);
    expect(String(dl.headers['content-disposition'])).toContain("filename*=UTF-8''%E5%AE%A1");
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    const audit = await t.db.query<{ action: string; branch_id: string; actor: string }>(
      `select action, branch_id, actor from audit_entry where object_type = 'archive_document' and object_id = $1 order by seq`,
      [doc.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['archive.document_upload', 'archive.document_downloaded']);
    expect(audit.every((a) => a.branch_id === a1.branchId && a.actor === 'officer.a')).toBe(true);
  });

  it('serves the signed inspection report PDF filed on approval', async () => {
    const a1 = bank.loans.a1;
    const task = await createAdhocTask(t.db, {
      loanId: a1.id,
      dueDate: '2026-03-09',
      reason: '首次检查',
      createdBy: 'officer.a',
      branchPath: '/',
    });
    const report = await submitInspectionReport(t.db, {
      taskId: task.id,
      author: 'officer.a',
      branchPath: '/',
      mode: 'onsite',
      inspectedOn: '2026-03-02',
      findings: {
        operations: { assessment: 'normal', note: '经营正常' },
        useOfFunds: { assessment: 'normal', note: '用途相符' },
      },
      riskOpinion: '风险可控',
    });
    const none = await call(app, {
      url: `/api/v1/inspections/reports/${report.id}/pdf`,
      cookie: cookies.get('officer.a')!,
    });
    expect(none.statusCode).toBe(404);
    const res = await call(app, {
      method: 'POST',
      url: `/api/v1/inspections/reports/${report.id}/approve`,
      cookie: cookies.get('reviewer.a')!,
      body: {},
    });
    expect(res.statusCode).toBe(200);
    const pdf = await call(app, {
      url: `/api/v1/inspections/reports/${report.id}/pdf`,
      cookie: cookies.get('officer.a')!,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const out = await call(app, {
      url: `/api/v1/inspections/reports/${report.id}/pdf`,
      cookie: cookies.get('manager.b')!,
    });
    expect(out.statusCode).toBe(404);
  }, 60_000);
});
