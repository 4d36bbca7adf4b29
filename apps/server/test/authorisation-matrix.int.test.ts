import {
  ALL_BRANCHES,
  bookRepayment,
  createUser,
  type Database,
  listGuaranteeCircles,
  requestApproval,
  uploadArchiveDocument,
} from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, type BankLoan, BUSINESS_DATE, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * Every role × every endpoint × an object inside and one outside the user's branch scope. The expected
 * answers are written out here (not derived from the server's permission table), so this is the spec:
 * 403 without the permission, 404 for an object outside the scope, success otherwise.
 */

type Side = 'in' | 'out';

interface UserCase {
  readonly username: Username;
  /** Global roles see both sides; branch roles see their own branch's loan only. */
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

/** Who holds each permission (the spec of PERMISSION_TABLE). */
const EVERYONE = USERS.map((u) => u.username);
const BOOKERS: readonly Username[] = ['manager.a', 'officer.a', 'manager.b', 'officer.b01'];
const REPORT_READERS = EVERYONE.filter((u) => u !== 'collector.a');
/** Register export to Excel: the report readers (a collector works case by case). */
const EXPORTERS = REPORT_READERS;
/** Makers of maker–checker requests (class override, repayment reversal). */
const MAKERS = BOOKERS;
const APPROVAL_READERS = EVERYONE.filter((u) => u !== 'collector.a');
/** Checkers of class overrides: credit reviewers, department heads, the risk head (not admin). */
const OVERRIDE_CHECKERS: readonly Username[] = ['reviewer.a', 'head.a', 'risk.head'];
/** Who may see a customer's personal data unmasked: the people who contact customers. */
const UNMASKERS: readonly Username[] = ['manager.a', 'officer.a', 'collector.a', 'manager.b', 'officer.b01'];
const AUDIT_READERS: readonly Username[] = ['admin', 'risk.head', 'auditor'];
const CHAIN_VERIFIERS: readonly Username[] = ['admin', 'auditor'];
const ADMINS: readonly Username[] = ['admin'];
const EOD_STARTERS: readonly Username[] = ['admin', 'risk.head'];
const EOD_READERS: readonly Username[] = ['admin', 'risk.head', 'auditor'];
/** Checkers of extensions and restructurings: department heads and the risk head. */
const RESCHEDULING_CHECKERS: readonly Username[] = ['head.a', 'risk.head'];
/** The credit archive: everyone but the collector and the IT administrator. */
const ARCHIVE_READERS = EVERYONE.filter((u) => u !== 'collector.a' && u !== 'admin');
const archiveDocOf = new Map<string, string>();

/** Handover (离职移交): who reads handovers and the orphan check, who drafts, who signs. */
const HANDOVER_READERS = EVERYONE.filter((u) => u !== 'reviewer.a');
const HANDOVER_WRITERS: readonly Username[] = ['head.a'];
const HANDOVER_SIGNERS: readonly Username[] = [
  'manager.a',
  'officer.a',
  'head.a',
  'collector.a',
  'manager.b',
  'officer.b01',
];
/** Warning board readers (also the guarantee circles). */
const WARNING_READERS: readonly Username[] = ['risk.head', 'auditor', 'officer.a', 'head.a', 'officer.b01'];
const CASE_ASSIGNERS: readonly Username[] = ['risk.head', 'head.a'];
/** Who may set a stop flag: everyone who deals with the debtor (not admin, reviewers, auditors). */
const STOP_FLAG_SETTERS: readonly Username[] = [
  'risk.head',
  'manager.a',
  'officer.a',
  'head.a',
  'collector.a',
  'manager.b',
  'officer.b01',
];
/** Per loan: the user id of its account manager, and a pending handover of them (set up below). */
const loanManagerOf = new Map<string, string>();
const handoverOf = new Map<string, string>();
/** A user of the loan's sub-branch or above it that every user of that side sees (manager.a, officer.b01). */
const bookUserOf = new Map<string, string>();
/**
 * Per loan: an account manager of the loan's sub-branch, whom every user of that side sees in GET
 * /account-managers (manager.b sits in B, outside officer.b01's B01, so B01 gets one of its own below).
 */
const sideManagerOf = new Map<string, string>();
const STOP_FLAG_LIFTERS: readonly Username[] = ['risk.head', 'head.a'];

/** Per loan: a repayment booked today (reversal target) and the latest pending class override. */
const repaymentOf = new Map<string, string>();
/** Per loan: a consent from each of its guarantors (an extension or restructuring needs them all). */
const consentsOf = new Map<string, { guaranteeId: string; consentDate: string; evidence: string }[]>();
async function loadConsents(db: Database, l: BankLoan): Promise<void> {
  const rows = await db.query<{ id: string }>(
    'select id::text as id from guarantee where contract_id = $1 order by id',
    [l.contractId],
  );
  consentsOf.set(
    l.id,
    rows.map((r) => ({ guaranteeId: r.id, consentDate: BUSINESS_DATE, evidence: 'matrix consent' })),
  );
}
const approvalOf = new Map<string, string>();
/** Per loan: its collection case and an open stop flag set by someone else (to lift). */
const caseOf = new Map<string, string>();
const stopFlagOf = new Map<string, string>();

/** Per loan: the id of its borrower's circle of one in the current database (ids are opaque). */
const circleOf = new Map<string, string>();

/** A circle of one: the loan's borrower guarantees its own contract. */
async function selfCircle(db: Database, l: BankLoan): Promise<void> {
  await db.query(
    `insert into guarantee (contract_id, guarantor_customer_id, guarantor_name, guarantor_id_type,
                            guarantor_id_number, guarantee_type, amount, start_date, end_date)
     select $1, c.id, c.name, c.id_type, c.id_number, 'joint_several', 100000, '2026-01-01', '2027-01-01'
       from customer c
      where c.id = $2
        and not exists (select 1 from guarantee g where g.contract_id = $1 and g.guarantor_customer_id = $2)`,
    [l.contractId, l.customerId],
  );
  const page = await listGuaranteeCircles(db, ALL_BRANCHES, {
    customerId: l.customerId,
    page: 1,
    pageSize: 1,
  });
  circleOf.set(l.id, page.items[0]!.id);
}

/** Lifts the customer's open stop flags, so a case can set one again. */
async function clearStopFlags(db: Database, l: BankLoan): Promise<void> {
  await db.query(
    `update customer_stop_flag set lifted_on = '2026-03-01', lifted_by = 'matrix.reset', lift_reason = 'reset'
      where customer_id = $1 and lifted_on is null`,
    [l.customerId],
  );
}

/** Closes open requests of a kind on an object, so a case can make a new one (one pending per object). */
async function closePending(db: Database, kind: string, objectId: string): Promise<void> {
  await db.query(
    `update approval_request set status = 'rejected', checker = 'matrix.reset', decided_at = now(),
            decision_reason = 'matrix reset'
      where status = 'pending' and kind = $1 and object_id = $2`,
    [kind, objectId],
  );
}

interface Endpoint {
  readonly name: string;
  readonly allowed: readonly Username[];
  /** The status when allowed and the object is visible. */
  readonly ok: number;
  readonly request: (
    loan: BankLoan,
    n: number,
  ) => { method?: 'GET' | 'POST'; url: string; body?: unknown; headers?: Record<string, string> };
  /** For lists: the object is "visible" when the list contains it (an out-of-scope one must be absent). */
  readonly listed?: (body: unknown, loan: BankLoan) => boolean;
  /** Not about an object in a branch (the audit trail, users, end of day): allowed means `ok`. */
  readonly unscoped?: boolean;
  /**
   * Users who reach the route but lack the kind's checker permission: 403 inside their scope, 404 for a
   * request outside it (scope is checked first, so nothing about it leaks).
   */
  readonly visibleTo?: readonly Username[];
  /** Puts the database in the state the case needs, before the request. */
  readonly prepare?: (db: Database, loan: BankLoan) => Promise<void>;
}

const ENDPOINTS: readonly Endpoint[] = [
  { name: 'GET /loans/{id}', allowed: EVERYONE, ok: 200, request: (l) => ({ url: `/api/v1/loans/${l.id}` }) },
  {
    name: 'GET /loans/{id}/payoff-quote',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/loans/${l.id}/payoff-quote` }),
  },
  {
    name: 'GET /loans/{id}/prepayment-quote',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/loans/${l.id}/prepayment-quote?principal=1000.00` }),
  },
  {
    name: 'GET /loans/{id}/repayment-quote',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/loans/${l.id}/repayment-quote?amount=100.00` }),
  },
  {
    name: 'POST /loans/{id}/repayments',
    allowed: BOOKERS,
    ok: 201,
    request: (l, n) => ({
      method: 'POST',
      url: `/api/v1/loans/${l.id}/repayments`,
      headers: { 'idempotency-key': `matrix-repay-${n}` },
      body: { date: BUSINESS_DATE, amount: '100.00' },
    }),
  },
  {
    name: 'POST /loans/{id}/prepayments',
    allowed: BOOKERS,
    ok: 201,
    request: (l, n) => ({
      method: 'POST',
      url: `/api/v1/loans/${l.id}/prepayments`,
      headers: { 'idempotency-key': `matrix-prepay-${n}` },
      body: { date: BUSINESS_DATE, amount: '30000.00', mode: 'keep_term' },
    }),
  },
  {
    name: 'GET /customers/{id}',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/customers/${l.customerId}` }),
  },
  {
    name: 'GET /loans (list)',
    allowed: EVERYONE,
    ok: 200,
    request: () => ({ url: '/api/v1/loans?pageSize=200' }),
    listed: (body, l) => (body as { items: { id: string }[] }).items.some((i) => i.id === l.id),
  },
  {
    name: 'GET /customers (list)',
    allowed: EVERYONE,
    ok: 200,
    request: () => ({ url: '/api/v1/customers?pageSize=200' }),
    listed: (body, l) => (body as { items: { id: string }[] }).items.some((i) => i.id === l.customerId),
  },
  {
    name: 'GET /loans?branchId=',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/loans?branchId=${l.branchId}` }),
  },
  {
    name: 'GET /reports/portfolio?branchId=',
    allowed: REPORT_READERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/reports/portfolio?branchId=${l.branchId}` }),
  },
  {
    name: 'GET /reports/portfolio-trend?branchId=',
    allowed: REPORT_READERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/reports/portfolio-trend?branchId=${l.branchId}` }),
  },
  {
    name: 'GET /reports/largest-overdue-debtors?branchId=',
    allowed: REPORT_READERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/reports/largest-overdue-debtors?branchId=${l.branchId}` }),
  },
  {
    name: 'GET /loans/export.xlsx?branchId=',
    allowed: EXPORTERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/loans/export.xlsx?branchId=${l.branchId}` }),
  },
  {
    name: 'GET /branches',
    allowed: EVERYONE,
    ok: 200,
    request: () => ({ url: '/api/v1/branches' }),
    listed: (body, l) => (body as { items: { id: string }[] }).items.some((b) => b.id === l.branchId),
  },
  {
    name: 'GET /account-managers',
    allowed: EVERYONE,
    ok: 200,
    request: () => ({ url: '/api/v1/account-managers' }),
    listed: (body, l) =>
      (body as { items: { id: string }[] }).items.some((m) => m.id === sideManagerOf.get(l.id)),
  },
  { name: 'GET /me', allowed: EVERYONE, ok: 200, request: () => ({ url: '/api/v1/me' }) },
  {
    name: 'POST /loans/{id}/class-override',
    allowed: MAKERS,
    ok: 202,
    prepare: (db, l) => closePending(db, 'class_override', l.id),
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/loans/${l.id}/class-override`,
      body: { classification: 'doubtful', reason: 'matrix' },
    }),
  },
  {
    name: 'POST /repayments/{id}/reversal',
    allowed: MAKERS,
    ok: 202,
    prepare: (db, l) => closePending(db, 'repayment_reversal', repaymentOf.get(l.id) ?? '0'),
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/repayments/${repaymentOf.get(l.id)}/reversal`,
      body: { reason: 'matrix' },
    }),
  },
  {
    name: 'GET /loans/{id}/rescheduling',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/loans/${l.id}/rescheduling` }),
  },
  {
    name: 'GET /loans/{id}/extension-quote',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/loans/${l.id}/extension-quote?months=3` }),
  },
  {
    name: 'GET /loans/{id}/restructure-quote',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({
      url: `/api/v1/loans/${l.id}/restructure-quote?annualRate=5.00&method=equal_installment&periods=12`,
    }),
  },
  {
    name: 'POST /loans/{id}/extension',
    allowed: MAKERS,
    ok: 202,
    prepare: async (db, l) => {
      await closePending(db, 'loan_extension', l.id);
      await loadConsents(db, l);
    },
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/loans/${l.id}/extension`,
      body: { months: 3, guarantorConsents: consentsOf.get(l.id) ?? [], reason: 'matrix' },
    }),
  },
  {
    name: 'POST /loans/{id}/restructure',
    allowed: MAKERS,
    ok: 202,
    prepare: async (db, l) => {
      await closePending(db, 'loan_restructure', l.id);
      await loadConsents(db, l);
    },
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/loans/${l.id}/restructure`,
      body: {
        annualRate: '5.00',
        method: 'equal_installment',
        periods: 12,
        guarantorConsents: consentsOf.get(l.id) ?? [],
        reason: 'matrix',
      },
    }),
  },
  {
    name: 'POST /approvals/{id}/reject (extension)',
    allowed: RESCHEDULING_CHECKERS,
    visibleTo: ['reviewer.a'],
    ok: 200,
    prepare: async (db, l) => {
      await closePending(db, 'loan_extension', l.id);
      await loadConsents(db, l);
      const made = await requestApproval(db, {
        kind: 'loan_extension',
        objectType: 'loan',
        objectId: l.id,
        payload: { months: 2, forFinancialDifficulty: false, guarantorConsents: consentsOf.get(l.id) ?? [] },
        reason: 'matrix',
        maker: 'matrix.maker',
      });
      approvalOf.set(l.id, made.id);
    },
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/approvals/${approvalOf.get(l.id)}/reject`,
      body: { reason: 'matrix' },
    }),
  },
  {
    name: 'GET /approvals (list)',
    allowed: APPROVAL_READERS,
    ok: 200,
    request: () => ({ url: '/api/v1/approvals?pageSize=200' }),
    listed: (body, l) =>
      (body as { items: { objectType: string; objectId: string }[] }).items.some(
        (a) => a.objectType === 'loan' && a.objectId === l.id,
      ),
  },
  {
    name: 'POST /approvals/{id}/reject (class override)',
    allowed: OVERRIDE_CHECKERS,
    ok: 200,
    prepare: async (db, l) => {
      await closePending(db, 'class_override', l.id);
      const made = await requestApproval(db, {
        kind: 'class_override',
        objectType: 'loan',
        objectId: l.id,
        payload: { classification: 'loss' },
        reason: 'matrix',
        maker: 'matrix.maker',
      });
      approvalOf.set(l.id, made.id);
    },
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/approvals/${approvalOf.get(l.id)}/reject`,
      body: { reason: 'matrix' },
    }),
  },
  {
    name: 'GET /approvals/{id}',
    allowed: APPROVAL_READERS,
    ok: 200,
    prepare: async (db, l) => {
      await closePending(db, 'class_override', l.id);
      const made = await requestApproval(db, {
        kind: 'class_override',
        objectType: 'loan',
        objectId: l.id,
        payload: { classification: 'loss' },
        reason: 'matrix read',
        maker: 'matrix.maker',
      });
      approvalOf.set(l.id, made.id);
    },
    request: (l) => ({ url: `/api/v1/approvals/${approvalOf.get(l.id)}` }),
  },
  {
    name: 'GET /customers/{id}/personal-data',
    allowed: UNMASKERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/customers/${l.customerId}/personal-data` }),
  },
  {
    name: 'GET /customers/{id}/archive',
    allowed: ARCHIVE_READERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/customers/${l.customerId}/archive` }),
  },
  {
    name: 'POST /customers/{id}/archive/documents',
    allowed: BOOKERS,
    ok: 201,
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/customers/${l.customerId}/archive/documents?stage=other&title=matrix&fileName=m.pdf`,
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.from('%PDF-1.4 matrix'),
    }),
  },
  {
    name: 'GET /archive/documents/{id}/content',
    allowed: ARCHIVE_READERS,
    ok: 200,
    prepare: async (db, l) => {
      if (archiveDocOf.has(l.id)) return;
      const doc = await uploadArchiveDocument(db, {
        customerId: l.customerId,
        stage: 'contract',
        title: 'matrix',
        actor: 'matrix.setup',
        branchPath: '/',
        file: { fileName: 'c.pdf', mediaType: 'application/pdf', content: Buffer.from('%PDF-1.4 c') },
      });
      archiveDocOf.set(l.id, doc.id);
    },
    request: (l) => ({ url: `/api/v1/archive/documents/${archiveDocOf.get(l.id) ?? '1'}/content` }),
  },
  {
    name: 'GET /warnings/counts',
    allowed: WARNING_READERS,
    ok: 200,
    unscoped: true,
    request: () => ({ url: '/api/v1/warnings/counts' }),
  },
  {
    name: 'GET /guarantee-circles (list)',
    allowed: WARNING_READERS,
    ok: 200,
    prepare: async (db, l) => selfCircle(db, l),
    request: () => ({ url: '/api/v1/guarantee-circles?pageSize=200' }),
    listed: (body, l) => (body as { items: { id: string }[] }).items.some((c) => c.id === circleOf.get(l.id)),
  },
  {
    name: 'GET /guarantee-circles/{id}',
    allowed: WARNING_READERS,
    ok: 200,
    prepare: async (db, l) => selfCircle(db, l),
    request: (l) => ({ url: `/api/v1/guarantee-circles/${circleOf.get(l.id) ?? '0000000000000000'}` }),
  },
  {
    name: 'GET /collection/cases/{id}/eligible-assignees',
    allowed: CASE_ASSIGNERS,
    ok: 200,
    prepare: async (db, l) => {
      // Per database (the map outlives one engine's run): the loan's case, opened once.
      await db.query(
        `insert into collection_case (loan_id, customer_id, branch_id, opened_on, updated_on, stage)
         select id, customer_id, branch_id, '2026-03-01', '2026-03-01', 'early' from loan
          where id = $1 and not exists (select 1 from collection_case c where c.loan_id = $1)`,
        [l.id],
      );
      const [c] = await db.query<{ id: string }>(
        `select id::text as id from collection_case where loan_id = $1`,
        [l.id],
      );
      caseOf.set(l.id, c!.id);
    },
    request: (l) => ({ url: `/api/v1/collection/cases/${caseOf.get(l.id)}/eligible-assignees` }),
  },
  {
    name: 'GET /customers/{id}/stop-flags',
    allowed: EVERYONE,
    ok: 200,
    request: (l) => ({ url: `/api/v1/customers/${l.customerId}/stop-flags` }),
  },
  {
    name: 'POST /customers/{id}/stop-flags',
    allowed: STOP_FLAG_SETTERS,
    ok: 201,
    prepare: clearStopFlags,
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/customers/${l.customerId}/stop-flags`,
      body: { flag: 'complaint', reason: '客户投诉催收方式' },
    }),
  },
  {
    name: 'POST /customers/{id}/stop-flags/{flagId}/lift',
    allowed: STOP_FLAG_LIFTERS,
    ok: 200,
    prepare: async (db, l) => {
      await clearStopFlags(db, l);
      const [f] = await db.query<{ id: string }>(
        `insert into customer_stop_flag (customer_id, flag, reason, recorded_on, recorded_by)
         values ($1, 'dispute', 'matrix', '2026-03-01', 'matrix.setup') returning id::text as id`,
        [l.customerId],
      );
      stopFlagOf.set(l.id, f!.id);
    },
    request: (l) => ({
      method: 'POST',
      url: `/api/v1/customers/${l.customerId}/stop-flags/${stopFlagOf.get(l.id)}/lift`,
      body: { reason: '争议已解决' },
    }),
  },
  {
    name: 'GET /audit',
    allowed: AUDIT_READERS,
    ok: 200,
    unscoped: true,
    request: () => ({ url: '/api/v1/audit?pageSize=5' }),
  },
  {
    name: 'GET /audit/verify',
    allowed: CHAIN_VERIFIERS,
    ok: 200,
    unscoped: true,
    request: () => ({ url: '/api/v1/audit/verify' }),
  },
  { name: 'GET /users', allowed: ADMINS, ok: 200, unscoped: true, request: () => ({ url: '/api/v1/users' }) },
  {
    name: 'POST /users (bad body)',
    allowed: ADMINS,
    ok: 400,
    unscoped: true,
    request: () => ({ method: 'POST', url: '/api/v1/users', body: {} }),
  },
  {
    name: 'POST /users/{id}/roles (bad body)',
    allowed: ADMINS,
    ok: 400,
    unscoped: true,
    request: () => ({ method: 'POST', url: '/api/v1/users/1/roles', body: { roles: [] } }),
  },
  {
    name: 'POST /users/{id}/deactivate (bad body)',
    allowed: ADMINS,
    ok: 400,
    unscoped: true,
    request: () => ({ method: 'POST', url: '/api/v1/users/1/deactivate', body: { force: true } }),
  },
  {
    name: 'POST /users/{id}/reactivate (bad body)',
    allowed: ADMINS,
    ok: 400,
    unscoped: true,
    request: () => ({ method: 'POST', url: '/api/v1/users/1/reactivate', body: { force: true } }),
  },
  {
    name: 'POST /users/{id}/password-reset (bad body)',
    allowed: ADMINS,
    ok: 400,
    unscoped: true,
    request: () => ({ method: 'POST', url: '/api/v1/users/1/password-reset', body: {} }),
  },
  {
    name: 'POST /eod/runs (not the business date)',
    allowed: EOD_STARTERS,
    ok: 400,
    unscoped: true,
    request: () => ({ method: 'POST', url: '/api/v1/eod/runs', body: { date: '2026-01-01' } }),
  },
  {
    name: 'GET /handover/orphans',
    allowed: HANDOVER_READERS,
    ok: 200,
    unscoped: true,
    request: () => ({ url: '/api/v1/handover/orphans' }),
  },
  {
    name: 'GET /handover/users',
    allowed: HANDOVER_READERS,
    ok: 200,
    request: () => ({ url: '/api/v1/handover/users' }),
    listed: (body, l) =>
      (body as { items: { username: string }[] }).items.some(
        (u) => u.username === (l.branchId.startsWith('A') ? 'manager.a' : 'officer.b01'),
      ),
  },
  {
    name: 'GET /handover/users/{id}/book',
    allowed: HANDOVER_READERS,
    ok: 200,
    request: (l) => ({
      url: `/api/v1/handover/users/${bookUserOf.get(l.id)}/book`,
    }),
  },
  {
    name: 'POST /handover/preview (a handover of them is pending)',
    allowed: HANDOVER_WRITERS,
    ok: 409,
    request: (l) => ({
      method: 'POST',
      url: '/api/v1/handover/preview',
      body: {
        departingUserId: loanManagerOf.get(l.id),
        mode: 'by_balance',
        successorIds: [loanManagerOf.get(l.id)],
        reason: '离职',
      },
    }),
  },
  {
    name: 'POST /handover (a handover of them is pending)',
    allowed: HANDOVER_WRITERS,
    ok: 409,
    request: (l) => ({
      method: 'POST',
      url: '/api/v1/handover',
      body: {
        departingUserId: loanManagerOf.get(l.id),
        mode: 'by_balance',
        successorIds: [loanManagerOf.get(l.id)],
        reason: '离职',
      },
    }),
  },
  {
    name: 'GET /handover (list)',
    allowed: HANDOVER_READERS,
    ok: 200,
    request: () => ({ url: '/api/v1/handover' }),
    listed: (body, l) =>
      (body as { items: { id: string }[] }).items.some((h) => h.id === handoverOf.get(l.id)),
  },
  {
    name: 'GET /handover/{id}',
    allowed: HANDOVER_READERS,
    ok: 200,
    request: (l) => ({ url: `/api/v1/handover/${handoverOf.get(l.id)}` }),
  },
  {
    name: 'POST /handover/{id}/sign (no such handover)',
    allowed: HANDOVER_SIGNERS,
    ok: 404,
    unscoped: true,
    request: () => ({ method: 'POST', url: '/api/v1/handover/999999/sign', body: {} }),
  },
  {
    name: 'POST /handover/{id}/cancel (bad body)',
    allowed: HANDOVER_WRITERS,
    ok: 400,
    unscoped: true,
    request: (l) => ({ method: 'POST', url: `/api/v1/handover/${handoverOf.get(l.id)}/cancel`, body: {} }),
  },
  {
    name: 'GET /eod/runs (list)',
    allowed: EOD_READERS,
    ok: 200,
    unscoped: true,
    request: () => ({ url: '/api/v1/eod/runs' }),
  },
  {
    name: 'GET /eod/runs/{date}',
    allowed: EOD_READERS,
    ok: 200,
    unscoped: true,
    request: () => ({ url: '/api/v1/eod/runs/2026-03-01' }),
  },
];

const CASES = USERS.flatMap((user) =>
  ENDPOINTS.flatMap((endpoint) => (['in', 'out'] as const).map((side) => ({ user, endpoint, side }))),
);

const ERROR_CODE: Record<number, string> = {
  400: 'bad_input',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
};

function expected(user: UserCase, endpoint: Endpoint, side: Side): number {
  if (!endpoint.allowed.includes(user.username)) {
    // A request outside the scope does not exist for them, whichever kind it is.
    if (endpoint.visibleTo?.includes(user.username) && !user.global && side === 'out') return 404;
    return 403;
  }
  if (endpoint.listed) return endpoint.ok; // lists answer 200; visibility is checked on their content
  if (endpoint.name === 'GET /me' || endpoint.unscoped) return endpoint.ok;
  return user.global || side === 'in' ? endpoint.ok : 404;
}

describe.each(testEngines())('authorisation matrix on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();
  let n = 0;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    archiveDocOf.clear();
    app = (await buildTestApp(t.db)).app;
    for (const u of USERS) cookies.set(u.username, await login(app, u.username));
    for (const loan of [bank.loans.a1, bank.loans.b1]) {
      await bookRepayment(t.db, {
        loanId: loan.id,
        date: BUSINESS_DATE,
        amount: '10.00',
        idempotencyKey: `matrix-reversal-target-${loan.id}`,
        actor: 'matrix.setup',
      });
      const [r] = await t.db.query<{ id: string }>(
        'select id::text as id from repayment where loan_id = $1 order by id desc limit 1',
        [loan.id],
      );
      repaymentOf.set(loan.id, r!.id);
      // Something on each side for the approval list to show or hide.
      await requestApproval(t.db, {
        kind: 'class_override',
        objectType: 'loan',
        objectId: loan.id,
        payload: { classification: 'loss' },
        reason: 'matrix listing',
        maker: 'matrix.maker',
      });
    }
    // A pending handover of each loan's account manager (drafted in the loan's branch), for reading.
    for (const [loan, manager] of [
      [bank.loans.a1, 'manager.a'],
      [bank.loans.b1, 'manager.b'],
    ] as const) {
      loanManagerOf.set(loan.id, bank.userIds[manager]);
      bookUserOf.set(loan.id, bank.userIds[manager === 'manager.a' ? 'manager.a' : 'officer.b01']);
      const [h] = await t.db.query<{ id: string }>(
        `insert into handover (departing_user_id, branch_id, mode, reason, drafted_by, drafted_on)
         values ($1, $2, 'by_balance', 'matrix', 'matrix.setup', $3) returning id::text as id`,
        [bank.userIds[manager], loan.branchId, BUSINESS_DATE],
      );
      await t.db.query(
        `insert into handover_party (handover_id, user_id, role, position) values ($1, $2, 'departing', 0)`,
        [h!.id, bank.userIds[manager]],
      );
      handoverOf.set(loan.id, h!.id);
    }
    const managerB01 = await createUser(t.db, {
      username: 'manager.b01',
      displayName: '用户manager.b01',
      branchId: 'B01',
      roles: ['account_manager'],
    });
    sideManagerOf.set(bank.loans.a1.id, bank.userIds['manager.a']);
    sideManagerOf.set(bank.loans.b1.id, managerB01.id);
    // A finished end of day to read progress of.
    await t.db.query(
      `insert into eod_run (business_date, status, partitions, loans, finished_at)
       values ('2026-03-01', 'completed', 0, 0, now())`,
    );
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const target = (user: UserCase, side: Side): BankLoan => {
    const other = user.own === 'a1' ? 'b1' : 'a1';
    return bank.loans[side === 'in' ? user.own : other];
  };

  it.each(CASES.map((c) => [c.user.username, c.endpoint.name, c.side, c] as const))(
    '%s %s (%s scope)',
    async (_u, _e, _s, { user, endpoint, side }) => {
      const loan = target(user, side);
      const [repaymentsBefore] = await t.db.query<{ n: string }>('select count(*) as n from repayment');
      await endpoint.prepare?.(t.db, loan);
      const res = await call(app, { ...endpoint.request(loan, n++), cookie: cookies.get(user.username) });
      const want = expected(user, endpoint, side);
      expect(res.statusCode, res.body).toBe(want);
      if (want >= 400) {
        expect(errorOf(res).code).toBe(ERROR_CODE[want]);
        const [repaymentsAfter] = await t.db.query<{ n: string }>('select count(*) as n from repayment');
        expect(repaymentsAfter?.n).toBe(repaymentsBefore?.n);
      }
      if (endpoint.listed && want === 200) {
        expect(endpoint.listed(res.json(), loan)).toBe(user.global || side === 'in');
      }
    },
  );

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))(
    '%s without a session is 401',
    async (_name, endpoint) => {
      const res = await call(app, endpoint.request(bank.loans.a1, n++));
      expect(res.statusCode).toBe(401);
      expect(errorOf(res).code).toBe('unauthenticated');
    },
  );

  it('scopes the portfolio report: a branch user sees only their subtree, a global role the whole book', async () => {
    const report = async (u: Username) =>
      (await call(app, { url: '/api/v1/reports/portfolio', cookie: cookies.get(u) })).json() as {
        loans: number;
      };
    expect((await report('manager.a')).loans).toBe(2);
    expect((await report('manager.b')).loans).toBe(1);
    expect((await report('officer.b01')).loans).toBe(1);
    expect((await report('risk.head')).loans).toBe(3);
  });
});
