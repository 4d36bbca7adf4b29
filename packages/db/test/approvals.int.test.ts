import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { approve, reject, requestApproval } from '../src/approvals/approval.service';
import { findApproval, listApprovals } from '../src/approvals/approval-request.repo';
import { CLASS_OVERRIDE_PERMISSION } from '../src/approvals/kinds/class-override.kind';
import { listAuditEntries } from '../src/audit/audit-entry.repo';
import { verifyAuditChain } from '../src/audit/audit-verify';
import { createBranch } from '../src/repositories/branch.repo';
import { listLoanEvents } from '../src/repositories/loan-event.repo';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { onBusinessDate, type SeededLoan, seedLoan } from './fixtures';

const RISK_HEAD = { username: 'risk.head', permissions: [CLASS_OVERRIDE_PERMISSION] };
const OTHER_HEAD = { username: 'dept.head', permissions: [CLASS_OVERRIDE_PERMISSION] };
const MAKER = 'officer.a';

const overrideRequest = (loanId: string, payload: unknown = { classification: 'doubtful' }) => ({
  kind: 'class_override',
  objectType: 'loan',
  objectId: loanId,
  payload,
  reason: '借款人经营停滞，抵押物被查封',
  maker: MAKER,
  requestId: 'req-make',
});

async function loanClass(db: Database, loanId: string) {
  const [row] = await db.query<{
    classification: string;
    manual_classification: string | null;
    next_check_date: string | null;
  }>('select classification, manual_classification, next_check_date from loan where id = $1', [loanId]);
  return row!;
}

async function counts(db: Database) {
  const [row] = await db.query<{ approvals: string; audit: string }>(
    'select (select count(*) from approval_request) as approvals, (select count(*) from audit_entry) as audit',
  );
  return { approvals: Number(row!.approvals), audit: Number(row!.audit) };
}

async function headSeq(db: Database): Promise<string> {
  const [row] = await db.query<{ seq: string }>('select seq::text as seq from audit_chain_head');
  return row!.seq;
}

// One database per engine; each test works on a loan of its own.
describe.each(testEngines())('maker–checker on %s', (engine) => {
  let t: TestDatabase;
  let seeded: SeededLoan;
  let loanId: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await onBusinessDate(t.db, '2026-03-20');
  });
  afterAll(() => t.dispose());
  beforeEach(async () => {
    seeded = await seedLoan(t.db);
    loanId = seeded.loan.id;
  });

  it('a class override takes effect only when a second person approves it', async () => {
    const mark = await headSeq(t.db);
    const made = await t.db.transaction((tx) => requestApproval(tx, overrideRequest(loanId)));
    expect(made).toMatchObject({
      kind: 'class_override',
      objectType: 'loan',
      objectId: loanId,
      branchId: 'HQ',
      status: 'pending',
      maker: MAKER,
      payload: { classification: 'doubtful' },
      basis: { status: 'active', classification: 'normal', manualClassification: null },
      checker: null,
    });
    expect((await loanClass(t.db, loanId)).manual_classification).toBeNull();

    // A loan end of day would not otherwise look at (nothing due soon).
    await t.db.query('update loan set next_check_date = null where id = $1', [loanId]);
    const approved = await approve(t.db, made.id, RISK_HEAD, { note: '同意', requestId: 'req-check' });
    expect(approved).toMatchObject({
      status: 'approved',
      checker: 'risk.head',
      decisionReason: '同意',
      result: { loanId, manualClassification: 'doubtful', appliedByEndOfDay: '2026-03-20' },
    });
    expect(approved.decidedAt).toMatch(/Z$/);
    // The class itself moves at tonight's end of day, which the loan is now due for.
    expect(await loanClass(t.db, loanId)).toEqual({
      classification: 'normal',
      manual_classification: 'doubtful',
      next_check_date: '2026-03-20',
    });
    const [event] = (await listLoanEvents(t.db, loanId)).filter((e) => e.eventType === 'class_override');
    expect(event).toMatchObject({
      businessDate: '2026-03-20',
      oldValue: null,
      newValue: 'doubtful',
      rule: 'manual',
      actor: 'risk.head',
      payload: { approvalId: made.id, maker: MAKER, reason: made.reason },
    });

    const audit = (await listAuditEntries(t.db, { order: 'asc', pageSize: 500 })).items.filter(
      (e) => BigInt(e.seq) > BigInt(mark),
    );
    expect(audit.map((e) => [e.action, e.actor, e.objectType, e.requestId])).toEqual([
      ['approval.request', MAKER, 'approval_request', 'req-make'],
      ['loan.class_override', 'risk.head', 'loan', 'req-check'],
      ['approval.approve', 'risk.head', 'approval_request', 'req-check'],
    ]);
    expect(audit[1]).toMatchObject({
      objectId: loanId,
      branchId: 'HQ',
      before: { classification: 'normal', manualClassification: null },
      after: { manualClassification: 'doubtful', approvalId: made.id, maker: MAKER },
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('the maker cannot approve or reject their own request (rule_violation), nothing changes', async () => {
    const made = await requestApproval(t.db, overrideRequest(loanId));
    const before = await counts(t.db);
    const self = { username: MAKER, permissions: [CLASS_OVERRIDE_PERMISSION] };
    await expect(approve(t.db, made.id, self)).rejects.toMatchObject({
      code: 'rule_violation',
      message: expect.stringMatching(/cannot decide it; a second person must/),
    });
    await expect(reject(t.db, made.id, self, 'changed my mind')).rejects.toMatchObject({
      code: 'rule_violation',
    });
    expect((await findApproval(t.db, made.id))!.status).toBe('pending');
    expect((await loanClass(t.db, loanId)).manual_classification).toBeNull();
    expect(await counts(t.db)).toEqual(before);
  });

  it('a checker without the approving permission is forbidden', async () => {
    const made = await requestApproval(t.db, overrideRequest(loanId));
    await expect(approve(t.db, made.id, { username: 'collector.a', permissions: [] })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/needs permission classification\.override\.approve/),
    });
    expect((await findApproval(t.db, made.id))!.status).toBe('pending');
  });

  it('a rejection keeps its reason, and a decided request cannot be decided again (conflict)', async () => {
    const made = await requestApproval(t.db, overrideRequest(loanId));
    await expect(reject(t.db, made.id, RISK_HEAD, '  ')).rejects.toMatchObject({
      code: 'bad_input',
      field: 'reason',
    });
    const rejected = await reject(t.db, made.id, RISK_HEAD, '证据不足，请补充查封裁定书', {
      requestId: 'req-r',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      checker: 'risk.head',
      decisionReason: '证据不足，请补充查封裁定书',
    });
    expect((await findApproval(t.db, made.id))!.decisionReason).toBe('证据不足，请补充查封裁定书');
    await expect(approve(t.db, made.id, OTHER_HEAD)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already rejected by risk\.head/),
    });
    await expect(reject(t.db, made.id, OTHER_HEAD, 'again')).rejects.toMatchObject({ code: 'conflict' });
    expect((await loanClass(t.db, loanId)).manual_classification).toBeNull();
    const [last] = (await listAuditEntries(t.db)).items;
    expect(last).toMatchObject({
      action: 'approval.reject',
      actor: 'risk.head',
      before: { status: 'pending' },
      after: { status: 'rejected', reason: '证据不足，请补充查封裁定书' },
    });
  });

  it('approving twice is a conflict and applies once', async () => {
    const made = await requestApproval(t.db, overrideRequest(loanId));
    await approve(t.db, made.id, RISK_HEAD);
    await expect(approve(t.db, made.id, OTHER_HEAD)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already approved by risk\.head/),
    });
    expect((await listLoanEvents(t.db, loanId)).filter((e) => e.eventType === 'class_override')).toHaveLength(
      1,
    );
  });

  it('two checkers approving at once: one applies, the other gets conflict', async () => {
    const made = await requestApproval(t.db, overrideRequest(loanId));
    const results = await Promise.allSettled([
      approve(t.db, made.id, RISK_HEAD),
      approve(t.db, made.id, OTHER_HEAD),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: 'conflict' });
    expect((await listLoanEvents(t.db, loanId)).filter((e) => e.eventType === 'class_override')).toHaveLength(
      1,
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('a stale request (the loan changed since) is closed as rejected with the reason, and nothing applies', async () => {
    const made = await requestApproval(t.db, overrideRequest(loanId));
    // What end of day does when the loan falls overdue.
    await t.db.query(
      "update loan set classification = 'special_mention', class_rule = 'dpd>0' where id = $1",
      [loanId],
    );
    await expect(approve(t.db, made.id, RISK_HEAD)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /stale: loan \d+ changed since the request \(classification normal → special_mention\)/,
      ),
    });
    expect(await findApproval(t.db, made.id)).toMatchObject({
      status: 'rejected',
      checker: 'risk.head',
      decisionReason: `stale: loan ${loanId} changed since the request (classification normal → special_mention)`,
    });
    expect((await loanClass(t.db, loanId)).manual_classification).toBeNull();
    expect((await listAuditEntries(t.db)).items[0]).toMatchObject({
      action: 'approval.reject',
      after: { status: 'rejected', stale: true },
    });
    // The object is free for a new request.
    expect((await requestApproval(t.db, overrideRequest(loanId))).status).toBe('pending');
  });

  it('a manual class may only make the loan worse (RULES.md §5), counting an approved one not yet applied', async () => {
    await expect(
      requestApproval(t.db, overrideRequest(loanId, { classification: 'normal' })),
    ).rejects.toMatchObject({
      code: 'rule_violation',
      field: 'payload.classification',
      message: expect.stringMatching(
        /only make a loan worse; loan \d+ is normal, so special_mention or substandard/,
      ),
    });
    await approve(t.db, (await requestApproval(t.db, overrideRequest(loanId))).id, RISK_HEAD);
    await expect(
      requestApproval(t.db, overrideRequest(loanId, { classification: 'substandard' })),
    ).rejects.toMatchObject({
      code: 'rule_violation',
      message: expect.stringMatching(/is doubtful, so loss/),
    });
    expect((await requestApproval(t.db, overrideRequest(loanId, { classification: 'loss' }))).status).toBe(
      'pending',
    );
  });

  it('a settled loan cannot be overridden', async () => {
    await t.db.query("update loan set status = 'settled' where id = $1", [loanId]);
    await expect(requestApproval(t.db, overrideRequest(loanId))).rejects.toMatchObject({
      code: 'rule_violation',
      field: 'objectId',
    });
  });

  it.each([
    [{ payload: { classification: 'terrible' } }, 'payload.classification'],
    [{ payload: { classification: 'loss', colour: 'red' } }, 'payload.colour'],
    [{ payload: { classification: 'loss', evidence: '' } }, 'payload.evidence'],
    [{ payload: {} }, 'payload.classification'],
    [{ payload: undefined }, 'payload'],
    [{ reason: '   ' }, 'reason'],
    [{ maker: '' }, 'maker'],
    [{ kind: 'make_me_rich' }, 'kind'],
    [{ objectType: 'customer' }, 'objectType'],
    [{ objectId: 'abc' }, 'objectId'],
    [{ branchId: 'B' }, 'branchId'],
    [{ extra: true }, 'extra'],
  ])('refuses %j naming the field, writing nothing', async (change, field) => {
    const input = { ...overrideRequest(loanId), ...change };
    const before = await counts(t.db);
    await expect(requestApproval(t.db, input as never)).rejects.toMatchObject({ code: 'bad_input', field });
    expect(await counts(t.db)).toEqual(before);
  });

  it('an unknown loan is not_found; a second pending request on the loan is a conflict', async () => {
    await expect(requestApproval(t.db, overrideRequest('999999'))).rejects.toMatchObject({
      code: 'not_found',
      field: 'objectId',
    });
    const first = await requestApproval(t.db, overrideRequest(loanId));
    await expect(
      requestApproval(t.db, overrideRequest(loanId, { classification: 'loss' })),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(`(approval ${first.id})`),
    });
  });

  it("a request made in the caller's transaction rolls back with it, audit entry included", async () => {
    const before = await counts(t.db);
    await expect(
      t.db.transaction(async (tx) => {
        await requestApproval(tx, overrideRequest(loanId));
        throw new Error('the rest of the request failed');
      }),
    ).rejects.toThrow('the rest of the request failed');
    expect(await counts(t.db)).toEqual(before);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it.each([
    ['abc', 'id'],
    ['0', 'id'],
  ])('refuses approval id %j', async (id, field) => {
    await expect(approve(t.db, id, RISK_HEAD)).rejects.toMatchObject({ code: 'bad_input', field });
  });

  it("outside the caller's branch scope a loan or a request is not_found", async () => {
    await createBranch(t.db, { id: 'B', parentId: 'HQ', name: '城西分行', level: 'branch' });
    await expect(
      requestApproval(t.db, { ...overrideRequest(loanId), branchPath: '/HQ/B/' }),
    ).rejects.toMatchObject({
      code: 'not_found',
      field: 'objectId',
    });
    const made = await requestApproval(t.db, { ...overrideRequest(loanId), branchPath: '/HQ/' });
    await expect(approve(t.db, made.id, RISK_HEAD, { branchPath: '/HQ/B/' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(reject(t.db, made.id, RISK_HEAD, 'no', { branchPath: '/HQ/B/' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(approve(t.db, made.id, RISK_HEAD, { branchPath: 'HQ' })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'branchPath',
    });
    expect((await approve(t.db, made.id, RISK_HEAD, { branchPath: '/HQ/' })).status).toBe('approved');
  });

  it.each([
    ['an upgrade (a rule)', overrideRequest('', { classification: 'normal' })],
    ['an unknown class (the payload schema)', overrideRequest('', { classification: 'terrible' })],
    ['no payload', { ...overrideRequest(''), payload: undefined }],
    ['a write-off without its facts', { ...overrideRequest(''), kind: 'loan_write_off', payload: {} }],
    ['an extension without its terms', { ...overrideRequest(''), kind: 'loan_extension', payload: { x: 1 } }],
  ])(
    "outside the caller's scope the loan is not_found before any check could tell about it: %s",
    async (_, request) => {
      const before = await counts(t.db);
      const outside = { ...request, objectId: loanId, branchPath: '/HQ/ELSEWHERE/' };
      await expect(requestApproval(t.db, outside)).rejects.toMatchObject({
        code: 'not_found',
        field: 'objectId',
        message: `objectId: no loan ${loanId}`,
      });
      // A settled loan's class is final (a rule on its state): outside the scope that is not_found too.
      await t.db.query("update loan set status = 'settled' where id = $1", [loanId]);
      await expect(requestApproval(t.db, outside)).rejects.toMatchObject({ code: 'not_found' });
      expect(await counts(t.db)).toEqual(before);
    },
  );

  it('an unknown approval is not_found', async () => {
    await expect(approve(t.db, '424242', RISK_HEAD)).rejects.toMatchObject({ code: 'not_found' });
  });
});

// Its own database: the listing counts every request there is.
describe.each(testEngines())('listing approval requests on %s', (engine) => {
  let t: TestDatabase;
  let loanId: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await onBusinessDate(t.db, '2026-03-20');
    loanId = (await seedLoan(t.db)).loan.id;
  });
  afterAll(() => t.dispose());

  it('lists requests by status, kind, maker, branch subtree, and what a checker may decide', async () => {
    await createBranch(t.db, { id: 'A', parentId: 'HQ', name: '城东分行', level: 'branch' });
    await createBranch(t.db, { id: 'A01', parentId: 'A', name: '城东一支行', level: 'sub_branch' });
    const other = await seedLoan(t.db);
    const third = await seedLoan(t.db);
    await t.db.query("update loan set branch_id = 'A01' where id = $1", [other.loan.id]);
    const r1 = await requestApproval(t.db, overrideRequest(loanId));
    const r2 = await requestApproval(t.db, { ...overrideRequest(other.loan.id), maker: 'officer.b' });
    const r3 = await requestApproval(t.db, overrideRequest(third.loan.id));
    await reject(t.db, r3.id, RISK_HEAD, 'no');
    const ids = async (filters: Parameters<typeof listApprovals>[1]) =>
      (await listApprovals(t.db, filters)).items.map((a) => a.id);
    expect(await ids({})).toEqual([r3.id, r2.id, r1.id]);
    expect(await ids({ status: 'pending' })).toEqual([r2.id, r1.id]);
    expect(await ids({ kind: 'class_override', objectId: other.loan.id })).toEqual([r2.id]);
    expect(await ids({ withinBranch: 'A' })).toEqual([r2.id]);
    expect(await ids({ branchPath: '/HQ/A/' })).toEqual([r2.id]);
    expect(await ids({ branchPath: '/' })).toEqual([r3.id, r2.id, r1.id]);
    expect(await ids({ withinBranch: 'HQ', status: 'pending' })).toEqual([r2.id, r1.id]);
    expect(await ids({ status: 'pending', notMadeBy: 'officer.b' })).toEqual([r1.id]);
    expect(await ids({ checker: 'risk.head' })).toEqual([r3.id]);
    expect(await listApprovals(t.db, { pageSize: 2, page: 2 })).toMatchObject({
      total: 3,
      items: [{ id: r1.id }],
    });
    await expect(listApprovals(t.db, { status: 'maybe' as never })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'status',
    });
  });
});
