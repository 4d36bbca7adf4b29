import type { LocalDate } from '@daihou/core';
import { createUser, EOD_LOCK_KEY, getBusinessDate, hashPassword, setPasswordHash } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { eodLauncher } from '../src/modules/eod/service';
import {
  type Bank,
  BUSINESS_DATE,
  CHEAP_SCRYPT,
  seedBank,
  TEST_PASSWORD,
  type Username,
} from './support/bank-fixture';
import { buildTestApp, call, cookieFrom, errorOf, login, type TestApp } from './support/test-app';

/**
 * Maker–checker, audit reading, unmasking, users administration and end of day over HTTP. Each step
 * builds on the one before (one bank per engine); end of day runs last because it moves the business date.
 */

interface ApprovalJson {
  id: string;
  kind: string;
  objectId: string;
  status: string;
  maker: string;
  checker: string | null;
}

describe.each(testEngines())('administration API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  let audit: TestApp['audit'];
  const cookies = new Map<string, string>();
  const as = (u: string) => {
    const c = cookies.get(u);
    if (!c) throw new Error(`no session for ${u}`);
    return c;
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    // One person with both a maker and a checker role: maker–checker must still stop them.
    const both = await createUser(t.db, {
      username: 'both.a',
      displayName: '双角色',
      branchId: 'A',
      roles: ['account_manager', 'department_head'],
    });
    await setPasswordHash(t.db, both.id, await hashPassword(TEST_PASSWORD, CHEAP_SCRYPT), new Date());
    const built = await buildTestApp(t.db);
    app = built.app;
    audit = built.audit;
    const users: (Username | 'both.a')[] = [
      'admin',
      'risk.head',
      'auditor',
      'manager.a',
      'reviewer.a',
      'head.a',
      'collector.a',
      'manager.b',
      'both.a',
    ];
    for (const u of users) cookies.set(u, await login(app, u));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  describe('maker–checker', () => {
    let overrideId = '';

    it('a maker asks for a class override: 202 with the pending request, once per loan', async () => {
      const url = `/api/v1/loans/${bank.loans.a1.id}/class-override`;
      const res = await call(app, {
        method: 'POST',
        url,
        cookie: as('manager.a'),
        body: { classification: 'substandard', reason: '经营恶化，现场检查发现停产' },
      });
      expect(res.statusCode, res.body).toBe(202);
      const a = res.json() as ApprovalJson;
      expect(a).toMatchObject({ kind: 'class_override', objectId: bank.loans.a1.id, status: 'pending' });
      expect(a.maker).toBe('manager.a');
      overrideId = a.id;

      const again = await call(app, {
        method: 'POST',
        url,
        cookie: as('manager.a'),
        body: { classification: 'doubtful', reason: 'again' },
      });
      expect(again.statusCode).toBe(409);
      expect(errorOf(again).field).toBe('id');
    });

    it('refuses bad class-override requests', async () => {
      const url = `/api/v1/loans/${bank.loans.a2.id}/class-override`;
      const post = (body: unknown, user = 'manager.a') =>
        call(app, { method: 'POST', url, cookie: as(user), body });
      const upgrade = await post({ classification: 'normal', reason: 'x' });
      expect(upgrade.statusCode).toBe(422);
      expect(errorOf(upgrade).field).toBe('classification');
      expect(errorOf(await post({ classification: 'bad', reason: 'x' })).field).toBe('classification');
      expect(errorOf(await post({ classification: 'loss' })).field).toBe('reason');
      expect(errorOf(await post({ classification: 'loss', reason: '   ' })).field).toBe('reason');
      expect(errorOf(await post({ classification: 'loss', reason: 'x', extra: 1 })).field).toBe('extra');
      // Outside the maker's scope the loan does not exist.
      const outside = await call(app, {
        method: 'POST',
        url: `/api/v1/loans/${bank.loans.b1.id}/class-override`,
        cookie: as('manager.a'),
        body: { classification: 'loss', reason: 'x' },
      });
      expect(outside.statusCode).toBe(404);
      // … before any check on the payload or the loan could tell something about it.
      for (const classification of ['normal', 'bad']) {
        const leaky = await call(app, {
          method: 'POST',
          url: `/api/v1/loans/${bank.loans.b1.id}/class-override`,
          cookie: as('manager.a'),
          body: { classification, reason: 'x' },
        });
        expect(leaky.statusCode, leaky.body).toBe(classification === 'bad' ? 400 : 404);
        expect(errorOf(leaky).field).toBe(classification === 'bad' ? 'classification' : 'id');
      }
      expect((await post({ classification: 'loss', reason: 'x' }, 'reviewer.a')).statusCode).toBe(403);
    });

    it('lists requests inside the caller scope, filtered by status and kind', async () => {
      const list = async (user: string, query = '') =>
        (await call(app, { url: `/api/v1/approvals${query}`, cookie: as(user) })).json() as {
          items: ApprovalJson[];
          total: number;
        };
      expect((await list('reviewer.a')).items.map((a) => a.id)).toContain(overrideId);
      expect(
        (await list('risk.head', '?status=pending&kind=class_override')).items.map((a) => a.id),
      ).toContain(overrideId);
      expect((await list('manager.b')).items.map((a) => a.id)).not.toContain(overrideId);
      expect((await list('reviewer.a', '?status=approved')).items.map((a) => a.id)).not.toContain(overrideId);
      const bad = await call(app, { url: '/api/v1/approvals?status=maybe', cookie: as('reviewer.a') });
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).field).toBe('status');
      expect((await call(app, { url: '/api/v1/approvals', cookie: as('collector.a') })).statusCode).toBe(403);
    });

    it('a checker outside the branch gets 404; one without the kind permission 403; a checker approves', async () => {
      const url = `/api/v1/approvals/${overrideId}/approve`;
      expect((await call(app, { method: 'POST', url, cookie: as('manager.a'), body: {} })).statusCode).toBe(
        403,
      );
      // admin may decide requests (approvals:decide) but not class overrides.
      const admin = await call(app, { method: 'POST', url, cookie: as('admin'), body: {} });
      expect(admin.statusCode).toBe(403);
      expect(errorOf(admin).code).toBe('forbidden');
      const ok = await call(app, { method: 'POST', url, cookie: as('reviewer.a'), body: { note: '同意' } });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ status: 'approved', checker: 'reviewer.a', maker: 'manager.a' });
      const [loan] = await t.db.query<{ manual_classification: string }>(
        'select manual_classification from loan where id = $1',
        [bank.loans.a1.id],
      );
      expect(loan?.manual_classification).toBe('substandard');
      // The loan page shows the approved class before end of day gives it to the loan.
      const detail = await call(app, { url: `/api/v1/loans/${bank.loans.a1.id}`, cookie: as('manager.a') });
      expect(detail.json()).toMatchObject({ classification: 'normal', manualClassification: 'substandard' });
      const twice = await call(app, { method: 'POST', url, cookie: as('head.a'), body: {} });
      expect(twice.statusCode).toBe(409);
      const entries = await t.db.query<{ action: string; actor: string; request_id: string | null }>(
        `select action, actor, request_id from audit_entry
          where (object_type = 'approval_request' and object_id = $1) or (object_type = 'loan' and object_id = $2)
          order by seq`,
        [overrideId, bank.loans.a1.id],
      );
      expect(entries.map((e) => `${e.action}:${e.actor}`)).toEqual([
        'approval.request:manager.a',
        'loan.class_override:reviewer.a',
        'approval.approve:reviewer.a',
      ]);
      expect(entries.every((e) => e.request_id !== null)).toBe(true);
    });

    it('the maker cannot decide their own request (422), even holding a checker role', async () => {
      const made = await call(app, {
        method: 'POST',
        url: `/api/v1/loans/${bank.loans.a2.id}/class-override`,
        cookie: as('both.a'),
        body: { classification: 'special_mention', reason: '关注' },
      });
      expect(made.statusCode, made.body).toBe(202);
      const id = (made.json() as ApprovalJson).id;
      const self = await call(app, {
        method: 'POST',
        url: `/api/v1/approvals/${id}/approve`,
        cookie: as('both.a'),
        body: {},
      });
      expect(self.statusCode).toBe(422);
      expect(errorOf(self).code).toBe('rule_violation');
      const noReason = await call(app, {
        method: 'POST',
        url: `/api/v1/approvals/${id}/reject`,
        cookie: as('head.a'),
        body: {},
      });
      expect(errorOf(noReason).field).toBe('reason');
      const rejected = await call(app, {
        method: 'POST',
        url: `/api/v1/approvals/${id}/reject`,
        cookie: as('head.a'),
        body: { reason: '证据不足' },
      });
      expect(rejected.statusCode, rejected.body).toBe(200);
      expect(rejected.json()).toMatchObject({ status: 'rejected', checker: 'head.a' });
      const unknown = await call(app, {
        method: 'POST',
        url: '/api/v1/approvals/999999/reject',
        cookie: as('head.a'),
        body: { reason: 'x' },
      });
      expect(unknown.statusCode).toBe(404);
    });

    it('a same-day repayment reversal is asked for and approved by a department head only', async () => {
      const booked = await call(app, {
        method: 'POST',
        url: `/api/v1/loans/${bank.loans.a2.id}/repayments`,
        cookie: as('manager.a'),
        headers: { 'idempotency-key': 'reversal-test-1' },
        body: { date: BUSINESS_DATE, amount: '500.00' },
      });
      expect(booked.statusCode, booked.body).toBe(201);
      const [rep] = await t.db.query<{ id: string }>(
        "select id::text as id from repayment where loan_id = $1 and status = 'booked' order by id desc limit 1",
        [bank.loans.a2.id],
      );
      const asked = await call(app, {
        method: 'POST',
        url: `/api/v1/repayments/${rep!.id}/reversal`,
        cookie: as('manager.a'),
        body: { reason: '客户重复转账' },
      });
      expect(asked.statusCode, asked.body).toBe(202);
      const id = (asked.json() as ApprovalJson).id;
      const url = `/api/v1/approvals/${id}/approve`;
      expect((await call(app, { method: 'POST', url, cookie: as('reviewer.a'), body: {} })).statusCode).toBe(
        403,
      );
      const ok = await call(app, { method: 'POST', url, cookie: as('head.a'), body: {} });
      expect(ok.statusCode, ok.body).toBe(200);
      const [after] = await t.db.query<{ status: string }>('select status from repayment where id = $1', [
        rep!.id,
      ]);
      expect(after?.status).not.toBe('booked');
      const missing = await call(app, {
        method: 'POST',
        url: '/api/v1/repayments/999999/reversal',
        cookie: as('manager.a'),
        body: { reason: 'x' },
      });
      expect(missing.statusCode).toBe(404);
    });
  });

  describe('audit trail', () => {
    it('auditors read it with filters, page by page', async () => {
      const res = await call(app, {
        url: '/api/v1/audit?action=approval.request&pageSize=1',
        cookie: as('auditor'),
      });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: { action: string; seq: string; hash: string }[]; total: number };
      expect(page.items).toHaveLength(1);
      expect(page.items[0]?.action).toBe('approval.request');
      expect(page.total).toBeGreaterThanOrEqual(3);
      const byActor = (
        await call(app, { url: '/api/v1/audit?actor=reviewer.a&objectType=loan', cookie: as('risk.head') })
      ).json() as { items: { action: string }[] };
      expect(byActor.items.map((i) => i.action)).toEqual(['loan.class_override']);
      const future = (
        await call(app, { url: '/api/v1/audit?from=2199-01-01', cookie: as('admin') })
      ).json() as { total: number };
      expect(future.total).toBe(0);
    });

    it('refuses bad filters and other roles; nothing edits it', async () => {
      const bad = await call(app, { url: '/api/v1/audit?from=yesterday', cookie: as('auditor') });
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).field).toBe('from');
      for (const time of ['2026-02-30', '2026-03-02T24:00:00Z', '2026-03-02T08:00:00+25:00']) {
        const res = await call(app, {
          url: `/api/v1/audit?to=${encodeURIComponent(time)}`,
          cookie: as('auditor'),
        });
        expect(res.statusCode, time).toBe(400);
        expect(errorOf(res).field).toBe('to');
      }
      const offset = await call(app, {
        url: `/api/v1/audit?from=${encodeURIComponent('2026-01-01T08:00:00+08:00')}`,
        cookie: as('auditor'),
      });
      expect(offset.statusCode, offset.body).toBe(200);
      expect(errorOf(await call(app, { url: '/api/v1/audit?pageSize=0', cookie: as('auditor') })).field).toBe(
        'pageSize',
      );
      expect((await call(app, { url: '/api/v1/audit', cookie: as('manager.a') })).statusCode).toBe(403);
      for (const method of ['POST', 'PUT', 'DELETE'] as const) {
        expect(
          (await call(app, { method, url: '/api/v1/audit', cookie: as('admin'), body: {} })).statusCode,
        ).toBe(404);
      }
    });

    it('verifies the chain for auditors and administrators', async () => {
      const res = await call(app, { url: '/api/v1/audit/verify', cookie: as('auditor') });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ ok: true, firstBroken: null });
      expect((res.json() as { entries: number }).entries).toBeGreaterThanOrEqual(3);
      expect((await call(app, { url: '/api/v1/audit/verify', cookie: as('risk.head') })).statusCode).toBe(
        403,
      );
    });
  });

  describe('unmasking personal data', () => {
    it('shows the full values to a permitted role in scope and audits it', async () => {
      const before = (await audit()).length;
      const res = await call(app, {
        url: `/api/v1/customers/${bank.loans.a1.customerId}/personal-data`,
        cookie: as('manager.a'),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ idNumber: '110101199003071234', phone: '13812345678' });
      const entry = (await audit()).slice(before).find((r) => r.action === 'customer.view_unmasked');
      expect(entry).toMatchObject({
        actor: 'manager.a',
        objectType: 'customer',
        objectId: bank.loans.a1.customerId,
        branchId: 'A01',
      });
      expect(JSON.stringify(entry?.after)).not.toContain('110101199003071234');
      const collector = await call(app, {
        url: `/api/v1/customers/${bank.loans.a2.customerId}/personal-data`,
        cookie: as('collector.a'),
      });
      expect(collector.statusCode).toBe(200);
    });

    it('answers 404 outside the scope and 403 to other roles, auditing nothing', async () => {
      const before = (await audit()).length;
      const outside = await call(app, {
        url: `/api/v1/customers/${bank.loans.b1.customerId}/personal-data`,
        cookie: as('manager.a'),
      });
      expect(outside.statusCode).toBe(404);
      for (const user of ['reviewer.a', 'auditor', 'admin', 'risk.head']) {
        const res = await call(app, {
          url: `/api/v1/customers/${bank.loans.a1.customerId}/personal-data`,
          cookie: as(user),
        });
        expect(res.statusCode, user).toBe(403);
      }
      expect((await audit()).slice(before).filter((r) => r.action === 'customer.view_unmasked')).toEqual([]);
      // The ordinary view stays masked for everyone.
      const view = await call(app, {
        url: `/api/v1/customers/${bank.loans.a1.customerId}`,
        cookie: as('manager.a'),
      });
      expect(view.body).not.toContain('110101199003071234');
    });
  });

  describe('users administration', () => {
    let newUserId = '';

    it('lists users (admin only)', async () => {
      const res = await call(app, { url: '/api/v1/users?q=manager', cookie: as('admin') });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: { username: string }[]; total: number };
      expect(page.items.map((u) => u.username)).toEqual(['manager.a', 'manager.b']);
      // Whether a password change is due, never the password or its hash.
      expect(res.body).not.toMatch(/"password"|passwordHash|password_hash|scrypt/);
      const branch = (await call(app, { url: '/api/v1/users?branchId=B', cookie: as('admin') })).json() as {
        items: { username: string }[];
      };
      expect(branch.items.map((u) => u.username)).toEqual(['manager.b', 'officer.b01']);
      expect((await call(app, { url: '/api/v1/users', cookie: as('risk.head') })).statusCode).toBe(403);
    });

    it('creates a user with roles, branch and an initial password that passes the policy', async () => {
      const body = {
        username: 'new.officer',
        displayName: '新员工',
        branchId: 'A01',
        roles: ['post_loan_officer'],
        password: 'Start-2026-abc',
      };
      const post = (b: unknown, user = 'admin') =>
        call(app, { method: 'POST', url: '/api/v1/users', cookie: as(user), body: b });
      expect(errorOf(await post({ ...body, password: 'short1' })).field).toBe('password');
      expect(errorOf(await post({ ...body, password: 'no-digits-here-at-all' })).field).toBe('password');
      expect(errorOf(await post({ ...body, roles: ['superuser'] })).field).toBe('roles.0');
      expect(errorOf(await post({ ...body, roles: [] })).field).toBe('roles');
      expect(errorOf(await post({ ...body, branchId: 'ZZ' })).field).toBe('branchId');
      expect(errorOf(await post({ ...body, username: 'Bad Name' })).field).toBe('username');
      expect((await post(body, 'risk.head')).statusCode).toBe(403);
      const before = (await audit()).length;
      const res = await post(body);
      expect(res.statusCode, res.body).toBe(201);
      newUserId = (res.json() as { id: string }).id;
      expect(res.json()).toMatchObject({
        username: 'new.officer',
        roles: ['post_loan_officer'],
        active: true,
      });
      const entry = (await audit()).slice(before).find((r) => r.action === 'user.create');
      expect(entry?.objectId).toBe(newUserId);
      expect(JSON.stringify(entry)).not.toContain('Start-2026-abc');
      expect((await post(body)).statusCode).toBe(409);
      cookies.set('new.officer', await login(app, 'new.officer', 'Start-2026-abc'));
    });

    it('a role change is maker–checker: another administrator approves it', async () => {
      const admin2 = await call(app, {
        method: 'POST',
        url: '/api/v1/users',
        cookie: as('admin'),
        body: {
          username: 'admin2',
          displayName: '第二管理员',
          branchId: 'HQ',
          roles: ['admin'],
          password: 'Second-admin-99',
        },
      });
      expect(admin2.statusCode, admin2.body).toBe(201);
      // An administrator-set password: admin2 replaces it before doing anything else.
      const first = await login(app, 'admin2', 'Second-admin-99');
      const changed = await call(app, {
        method: 'POST',
        url: '/api/v1/me/password',
        cookie: first,
        body: { currentPassword: 'Second-admin-99', newPassword: 'Own-choice-2026' },
      });
      expect(changed.statusCode, changed.body).toBe(204);
      cookies.set('admin2', cookieFrom(changed));

      const url = `/api/v1/users/${newUserId}/roles`;
      const same = await call(app, {
        method: 'POST',
        url,
        cookie: as('admin'),
        body: { roles: ['post_loan_officer'], reason: 'no change' },
      });
      expect(same.statusCode, same.body).toBe(422);
      expect(errorOf(same).field).toBe('roles');
      expect(
        (
          await call(app, {
            method: 'POST',
            url: '/api/v1/users/999999/roles',
            cookie: as('admin'),
            body: { roles: ['auditor'], reason: 'x' },
          })
        ).statusCode,
      ).toBe(404);
      const asked = await call(app, {
        method: 'POST',
        url,
        cookie: as('admin'),
        body: { roles: ['post_loan_officer', 'collector'], reason: '兼任催收' },
      });
      expect(asked.statusCode, asked.body).toBe(202);
      const approval = asked.json() as ApprovalJson;
      expect(approval).toMatchObject({ kind: 'user_role_change', status: 'pending', objectId: newUserId });
      // Not yet in effect.
      const me = async () =>
        ((await call(app, { url: '/api/v1/me', cookie: as('new.officer') })).json() as { roles: string[] })
          .roles;
      expect(await me()).toEqual(['post_loan_officer']);

      const decide = (user: string) =>
        call(app, {
          method: 'POST',
          url: `/api/v1/approvals/${approval.id}/approve`,
          cookie: as(user),
          body: {},
        });
      expect((await decide('admin')).statusCode).toBe(422);
      expect((await decide('risk.head')).statusCode).toBe(403);
      const ok = await decide('admin2');
      expect(ok.statusCode, ok.body).toBe(200);
      expect((await me()).sort()).toEqual(['collector', 'post_loan_officer']);
      const [entry] = await t.db.query<{ actor: string }>(
        "select actor from audit_entry where action = 'user.role_change' and object_id = $1",
        [newUserId],
      );
      expect(entry?.actor).toBe('admin2');
    });
  });

  describe('end of day', () => {
    it('refuses other roles, other dates, and a run while another holds the lock', async () => {
      const post = (user: string, date: string) =>
        call(app, { method: 'POST', url: '/api/v1/eod/runs', cookie: as(user), body: { date } });
      expect((await post('manager.a', BUSINESS_DATE)).statusCode).toBe(403);
      expect((await post('auditor', BUSINESS_DATE)).statusCode).toBe(403);
      const wrong = await post('risk.head', '2026-03-05');
      expect(wrong.statusCode).toBe(400);
      expect(errorOf(wrong).field).toBe('date');
      expect(errorOf(await post('risk.head', '2026-3-5')).field).toBe('date');
      expect(errorOf(await post('risk.head', '2026-02-30')).field).toBe('date');
      const impossible = await call(app, { url: '/api/v1/eod/runs/2026-02-30', cookie: as('auditor') });
      expect(impossible.statusCode).toBe(400);
      const none = await call(app, { url: `/api/v1/eod/runs/${BUSINESS_DATE}`, cookie: as('auditor') });
      expect(none.statusCode).toBe(404);
      if (engine === 'postgres') {
        // Another process running end of day holds the lock (PGlite's one session would re-enter it).
        const release = await t.db.tryAdvisoryLock(EOD_LOCK_KEY);
        try {
          const locked = await post('risk.head', BUSINESS_DATE);
          expect(locked.statusCode, locked.body).toBe(409);
        } finally {
          await release?.();
        }
      }
    });

    it('starts one run at a time in this process', async () => {
      const launcher = eodLauncher(
        { db: t.db, config: loadConfig({}), clock: () => new Date(), passwordHashParams: CHEAP_SCRYPT },
        app.log,
      );
      // Never started: the date is wrong, but the second call is refused before looking (the first is busy).
      const first = launcher.start('2026-01-01' as LocalDate);
      await expect(launcher.start('2026-01-01' as LocalDate)).rejects.toMatchObject({ code: 'conflict' });
      await expect(first).rejects.toMatchObject({ code: 'bad_input', field: 'date' });
      await launcher.idle();
    });

    it('runs in the background: 202 with the run id, progress until completed', async () => {
      const before = (await audit()).length;
      const res = await call(app, {
        method: 'POST',
        url: '/api/v1/eod/runs',
        cookie: as('risk.head'),
        body: { date: BUSINESS_DATE },
      });
      expect(res.statusCode, res.body).toBe(202);
      const started = res.json() as { runId: string; progress: string };
      expect(started.progress).toBe(`/api/v1/eod/runs/${BUSINESS_DATE}`);
      let status = '';
      let body: Record<string, unknown> = {};
      for (let i = 0; i < 200 && status !== 'completed' && status !== 'failed'; i++) {
        const res = await call(app, { url: started.progress, cookie: as('auditor') });
        expect(res.statusCode, res.body).toBe(200);
        body = res.json() as Record<string, unknown>;
        status = String(body.status);
        if (status === 'running') await new Promise((r) => setTimeout(r, 50));
      }
      expect(body).toMatchObject({ runId: started.runId, status: 'completed', date: BUSINESS_DATE });
      const partitions = body.partitions as { total: number; done: number; pending: number; failed: number };
      expect(partitions.done).toBe(partitions.total);
      expect(partitions.pending + partitions.failed).toBe(0);
      expect(body.loansEvaluated).toBe(3);
      expect(await getBusinessDate(t.db)).toBe('2026-03-03');
      expect((await audit()).slice(before).find((r) => r.action === 'eod.start')?.objectId).toBe(
        started.runId,
      );
    });
  });
});
