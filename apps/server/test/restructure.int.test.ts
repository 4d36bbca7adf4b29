import { runEndOfDay, runEndOfDayThrough } from '@daihou/batch';
import {
  type Fen,
  formatYuan,
  type LocalDate,
  parseAnnualRate,
  parseLoanTerms,
  parseServicingSettings,
  parseYuan,
  replayTimeline,
} from '@daihou/core';
import { approve, bookRepayment, type Database, getBusinessDate, setBusinessDate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/** Extension (展期) and restructuring (重组) through maker–checker, RULES.md §5 and §12. */

const d = (s: string) => s as LocalDate;

/** Everything a refused request must leave untouched. */
async function footprint(db: Database, loanId: string) {
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql, [loanId]))[0]!.n);
  return {
    approvals: await count('select count(*)::text as n from approval_request where object_id = $1::text'),
    reschedulings: await count('select count(*)::text as n from loan_rescheduling where loan_id = $1'),
    superseded: await count('select count(*)::text as n from superseded_installment where loan_id = $1'),
    audit: await count('select count(*)::text as n from audit_entry where $1::text is not null'),
    installments: JSON.stringify(
      await db.query('select * from installment where loan_id = $1 order by period', [loanId]),
    ),
    loan: JSON.stringify(
      await db.query('select term, maturity_date, annual_rate, schedule_version from loan where id = $1', [
        loanId,
      ]),
    ),
  };
}

describe.each(testEngines())('restructuring and extension on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<string, string>();
  const as = (u: Username) => cookies.get(u) ?? '';
  const guarantees = new Map<string, string[]>();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    for (const u of ['manager.a', 'officer.a', 'head.a', 'risk.head', 'manager.b', 'reviewer.a'] as const) {
      cookies.set(u, await login(app, u));
    }
    for (const l of [bank.loans.a1, bank.loans.a2]) {
      const rows = await t.db.query<{ id: string }>(
        'select id::text as id from guarantee where contract_id = $1 order by id',
        [l.contractId],
      );
      guarantees.set(
        l.id,
        rows.map((r) => r.id),
      );
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const consents = (loanId: string) =>
    (guarantees.get(loanId) ?? []).map((g, i) => ({
      guaranteeId: g,
      consentDate: '2026-03-01',
      evidence: `担保人同意书 BZ-2026-00${i + 1}`,
    }));

  const post = (url: string, body: unknown, who: Username = 'manager.a') =>
    call(app, { method: 'POST', url, cookie: as(who), body });

  it('refuses bad extension requests with the documented error, nothing written', async () => {
    const a1 = bank.loans.a1;
    const before = await footprint(t.db, a1.id);
    const url = `/api/v1/loans/${a1.id}/extension`;
    const good = { months: 6, guarantorConsents: consents(a1.id), reason: '经营周转困难，申请展期' };
    const cases: [unknown, number, string][] = [
      // 12-month short-term loan: at most 12 months in total.
      [{ ...good, months: 13 }, 422, 'months'],
      [{ ...good, guarantorConsents: consents(a1.id).slice(0, 1) }, 422, 'guarantorConsents'],
      [{ ...good, guarantorConsents: [] }, 422, 'guarantorConsents'],
      [
        {
          ...good,
          guarantorConsents: [
            ...consents(a1.id),
            { guaranteeId: '99999', consentDate: '2026-03-01', evidence: 'x' },
          ],
        },
        400,
        'guarantorConsents[2].guaranteeId',
      ],
      [
        { ...good, guarantorConsents: consents(a1.id).map((c) => ({ ...c, consentDate: '2026-03-03' })) },
        400,
        'guarantorConsents[0].consentDate',
      ],
      [
        { ...good, guarantorConsents: consents(a1.id).map((c) => ({ ...c, evidence: ' ' })) },
        400,
        'guarantorConsents.0.evidence',
      ],
      [{ ...good, months: 0 }, 400, 'months'],
      [{ ...good, months: 1.5 }, 400, 'months'],
      [{ ...good, reason: '' }, 400, 'reason'],
      [{ ...good, extra: 1 }, 400, ''],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(url, body);
      expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBe(status);
      if (field)
        expect(errorOf(res).field?.replace(/\[(\d+)\]/g, '.$1')).toBe(field.replace(/\[(\d+)\]/g, '.$1'));
    }
    const quote = await call(app, {
      url: `/api/v1/loans/${a1.id}/extension-quote?months=13`,
      cookie: as('manager.a'),
    });
    expect(quote.statusCode).toBe(422);
    expect(errorOf(quote).field).toBe('months');
    // Another branch's loan does not exist for manager.b, whatever the body.
    const outside = await post(url, good, 'manager.b');
    expect(outside.statusCode).toBe(404);
    expect(await footprint(t.db, a1.id)).toEqual(before);
  });

  it('quotes, requests and approves an extension: new schedule, old one kept, event and audit entry', async () => {
    const a1 = bank.loans.a1;
    const q = await call(app, {
      url: `/api/v1/loans/${a1.id}/extension-quote?months=6`,
      cookie: as('officer.a'),
    });
    expect(q.statusCode, q.body).toBe(200);
    const quote = q.json();
    expect(quote).toMatchObject({
      kind: 'extension',
      effectiveDate: '2026-03-02',
      oldMaturityDate: '2027-01-10',
      maturityDate: '2027-07-10',
      termClass: 'short',
      extensionLimitMonths: 12,
      extensionMonthsLeft: 6,
    });
    expect(quote.schedule[0]).toMatchObject({ period: 2, dueDate: '2026-03-10' });
    expect(quote.schedule).toHaveLength(17);

    const req = await post(`/api/v1/loans/${a1.id}/extension`, {
      months: 6,
      guarantorConsents: consents(a1.id),
      reason: '经营周转困难，申请展期',
    });
    expect(req.statusCode, req.body).toBe(202);
    const pending = req.json();
    expect(pending).toMatchObject({ kind: 'loan_extension', status: 'pending', maker: 'manager.a' });
    expect(pending.payload).toMatchObject({ months: 6, forFinancialDifficulty: false });
    // Nothing changes before approval.
    const detailBefore = (await call(app, { url: `/api/v1/loans/${a1.id}`, cookie: as('manager.a') })).json();
    expect(detailBefore.maturityDate).toBe('2027-01-10');

    // The maker cannot approve: no checker permission over HTTP, and maker ≠ checker in the db layer.
    const self = await post(`/api/v1/approvals/${pending.id}/approve`, {}, 'manager.a');
    expect(self.statusCode).toBe(403);
    await expect(
      approve(t.db, pending.id, { username: 'manager.a', permissions: ['loan.extension.approve'] }),
    ).rejects.toMatchObject({ code: 'rule_violation' });
    const reviewer = await post(`/api/v1/approvals/${pending.id}/approve`, {}, 'reviewer.a');
    expect(reviewer.statusCode).toBe(403);

    const ok = await post(`/api/v1/approvals/${pending.id}/approve`, { note: '同意展期' }, 'head.a');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', checker: 'head.a' });
    expect(ok.json().result).toMatchObject({ scheduleVersion: 2, maturityDate: '2027-07-10' });

    const detail = (await call(app, { url: `/api/v1/loans/${a1.id}`, cookie: as('manager.a') })).json();
    expect(detail.maturityDate).toBe('2027-07-10');
    expect(detail.term).toBe(18);
    expect(detail.schedule.map((i: { dueDate: string }) => i.dueDate).at(-1)).toBe('2027-07-10');
    expect(detail.events.map((e: { eventType: string }) => e.eventType)).toContain('extended');
    const extended = detail.events.find((e: { eventType: string }) => e.eventType === 'extended');
    expect(extended).toMatchObject({
      oldValue: '2027-01-10',
      newValue: '2027-07-10',
      rule: 'RULES§12:extension',
      actor: 'head.a',
    });

    const overview = (
      await call(app, { url: `/api/v1/loans/${a1.id}/rescheduling`, cookie: as('manager.a') })
    ).json();
    expect(overview).toMatchObject({ scheduleVersion: 2, extendedMonths: 6, extensionLimitMonths: 12 });
    expect(
      overview.schedules.map((s: { version: number; current: boolean }) => [s.version, s.current]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(overview.schedules[1].installments).toHaveLength(12);
    expect(overview.reschedulings[0]).toMatchObject({
      kind: 'extension',
      months: 6,
      maker: 'manager.a',
      checker: 'head.a',
      oldMaturityDate: '2027-01-10',
      maturityDate: '2027-07-10',
    });
    expect(overview.reschedulings[0].guarantorConsents).toHaveLength(2);
    // Money: disbursed principal = Σ principal due of the current schedule.
    const sum = overview.schedules[0].installments.reduce(
      (s: number, i: { principalDue: string }) => s + parseYuan(i.principalDue),
      0,
    );
    expect(formatYuan(sum)).toBe('120000.00');
    const audit = await t.db.query<{ action: string; actor: string }>(
      "select action, actor from audit_entry where object_type = 'loan' and object_id = $1 and action = 'loan.extend'",
      [a1.id],
    );
    expect(audit).toEqual([{ action: 'loan.extend', actor: 'head.a' }]);

    // The cumulative limit now leaves 6 months: 7 more is refused.
    const more = await post(`/api/v1/loans/${a1.id}/extension`, {
      months: 7,
      guarantorConsents: consents(a1.id),
      reason: '再次展期',
    });
    expect(more.statusCode).toBe(422);
    expect(errorOf(more).field).toBe('months');
  });

  it('restructured for financial difficulty: substandard at end of day with DPD 0, held in observation, a missed payment restarts it — as the core replay says', async () => {
    const a2 = bank.loans.a2;
    const req = await post(`/api/v1/loans/${a2.id}/restructure`, {
      annualRate: '4.35',
      method: 'equal_installment',
      periods: 24,
      guarantorConsents: consents(a2.id),
      reason: '借款人经营困难，调整还款计划',
    });
    expect(req.statusCode, req.body).toBe(202);
    expect(req.json().payload).toMatchObject({ forFinancialDifficulty: true, periods: 24 });
    const ok = await post(`/api/v1/approvals/${req.json().id}/approve`, {}, 'risk.head');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().result).toMatchObject({ observationStart: '2026-03-10', method: 'equal_installment' });

    expect((await runEndOfDay(t.db, d('2026-03-02'))).status).toBe('completed');
    const state = async () =>
      (
        await t.db.query<{ dpd: number; classification: string; class_rule: string }>(
          'select dpd, classification, class_rule from loan where id = $1',
          [a2.id],
        )
      )[0]!;
    expect(await state()).toEqual({ dpd: 0, classification: 'substandard', class_rule: 'restructured' });

    const scheduleNow = async () =>
      (await call(app, { url: `/api/v1/loans/${a2.id}`, cookie: as('manager.a') })).json().schedule as {
        dueDate: string;
        principalDue: string;
        interestDue: string;
        feeDue: string;
        penaltyAccrued: string;
        compoundAccrued: string;
      }[];
    const owedOn = async (due: string) => {
      const i = (await scheduleNow()).find((x) => x.dueDate === due)!;
      return formatYuan(
        parseYuan(i.principalDue) +
          parseYuan(i.interestDue) +
          parseYuan(i.feeDue) +
          parseYuan(i.penaltyAccrued) +
          parseYuan(i.compoundAccrued),
      );
    };
    const pays: { date: LocalDate; amount: Fen }[] = [];
    const pay = async (amount: string) => {
      const date = await getBusinessDate(t.db);
      await bookRepayment(t.db, {
        loanId: a2.id,
        date,
        amount,
        idempotencyKey: `r-${date}`,
        actor: 'officer.a',
      });
      pays.push({ date, amount: parseYuan(amount) });
    };
    // Paid on its due date (the first repayment date after the change): DPD 0, still substandard.
    expect((await runEndOfDayThrough(t.db, d('2026-03-09'))).at(-1)?.status).toBe('completed');
    await pay(await owedOn('2026-03-10'));
    await runEndOfDayThrough(t.db, d('2026-04-10'));
    expect(await state()).toEqual({ dpd: 0, classification: 'substandard', class_rule: 'restructured' });
    // 2026-04-10 missed: overdue after the restructuring → doubtful; the observation restarts on 04-10.
    await runEndOfDay(t.db, d('2026-04-11'));
    expect(await state()).toMatchObject({
      dpd: 1,
      classification: 'doubtful',
      class_rule: 'restructured+overdue',
    });
    await pay('10000.00');
    await runEndOfDay(t.db, d('2026-04-12'));
    expect(await state()).toEqual({
      dpd: 0,
      classification: 'doubtful',
      class_rule: 'restructured:observation',
    });
    const obs = await t.db.query<{ observation_start: string }>(
      'select observation_start from loan_rescheduling where loan_id = $1',
      [a2.id],
    );
    expect(obs).toEqual([{ observation_start: '2026-04-10' }]);

    // The core timeline with the same change and money says the same from the change on.
    const replay = replayTimeline({
      terms: parseLoanTerms({
        principal: '50000.00',
        annualRate: '6.00',
        term: 12,
        method: 'equal_principal',
        disbursementDate: '2026-01-10',
      }),
      settings: parseServicingSettings({}),
      repayments: pays,
      asOf: d('2026-04-12'),
      reschedulings: [
        {
          kind: 'restructure',
          date: d('2026-03-02'),
          terms: { annualRate: parseAnnualRate('4.35'), method: 'equal_installment', periods: 24 },
          forFinancialDifficulty: true,
        },
      ],
    });
    const stored = await t.db.query<{ business_date: string; new_value: string; rule: string }>(
      `select business_date, new_value, rule from loan_event
        where loan_id = $1 and event_type = 'classification' and business_date >= '2026-03-02' order by id`,
      [a2.id],
    );
    expect(stored.map((e) => `${e.business_date} ${e.new_value} ${e.rule}`)).toEqual(
      replay.events
        .filter((e) => e.kind === 'classification' && e.date >= '2026-03-02')
        .map((e) => `${e.date} ${e.to} ${e.rule}`),
    );
    expect(replay.snapshot.dpd).toBe(0);
    expect(replay.decision).toEqual({ classification: 'doubtful', rule: 'restructured:observation' });
    const detail = (await call(app, { url: `/api/v1/loans/${a2.id}`, cookie: as('manager.a') })).json();
    expect(formatYuan(parseYuan(detail.principalOwed))).toBe(
      formatYuan(replay.snapshot.outstanding.principal),
    );
  });

  it('an extension on the maturity date is refused (RULES.md §12: applied for before maturity)', async () => {
    const b1 = bank.loans.b1;
    const before = await footprint(t.db, b1.id);
    await setBusinessDate(t.db, d('2027-01-10'));
    const res = await call(app, {
      method: 'POST',
      url: `/api/v1/loans/${b1.id}/extension`,
      cookie: as('risk.head'),
      body: { months: 3, guarantorConsents: [], reason: '到期展期' },
    });
    // risk.head is not a maker.
    expect(res.statusCode).toBe(403);
    const quote = await call(app, {
      url: `/api/v1/loans/${b1.id}/extension-quote?months=3`,
      cookie: as('risk.head'),
    });
    expect(quote.statusCode, quote.body).toBe(422);
    expect(errorOf(quote).field).toBe('date');
    expect(await footprint(t.db, b1.id)).toEqual(before);
  });
});
