import { runWarningsAndCollection } from '@daihou/db';
import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { type CollectionServer, startCollectionServer } from './support/collection-server';
import { ConsolePage } from './support/console-page';
import { BUSINESS_DATE, DEMO_PASSWORD } from './support/console-server';

/**
 * The collection console in Chromium against the real server on the demo portfolio after end of day's
 * warnings-and-collection step: a collector's queue holds only their branch's cases; recording a contact
 * works, one at 22:00 is refused with the policy's reason on the form, a promise in the past is refused
 * before it is sent; a department head cannot dismiss a warning without a reason and can with one; the
 * guarantee-circle graph draws.
 */

interface CaseRow {
  id: string;
  customerName: string;
  branchId: string;
}

describe.skipIf(browserTestsSkipped).each(testEngines())('collection console in Chromium on %s', (engine) => {
  let server: CollectionServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let ringMember = '';

  const signIn = async (username: string, path: string): Promise<ConsolePage> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const c = new ConsolePage(await context.newPage(), server.url);
    await c.open('/');
    await c.login(username, DEMO_PASSWORD);
    await c.waitForShell();
    await c.open(path);
    return c;
  };

  beforeAll(async () => {
    server = await startCollectionServer(engine, async (db, date) => {
      // A ring of three branch-A borrowers guaranteeing each other, an overdue one among them.
      const ring = await db.query<{ contract_id: string; customer_id: string }>(
        `select distinct on (l.customer_id) l.contract_id::text as contract_id, l.customer_id::text as customer_id
           from loan l join branch b on b.id = l.branch_id
          where l.status = 'active' and starts_with(b.path, '/HQ/A/')
          order by l.customer_id, l.id`,
      );
      const overdue = await db.query<{ customer_id: string }>(
        `select l.customer_id::text as customer_id from loan l join branch b on b.id = l.branch_id
          where l.status = 'active' and starts_with(b.path, '/HQ/A/') and l.oldest_unpaid_due < $1
          order by l.id limit 1`,
        [date],
      );
      const first = ring.find((r) => r.customer_id === overdue[0]?.customer_id) ?? ring[0]!;
      const members = [first, ...ring.filter((r) => r !== first).slice(0, 2)];
      for (let i = 0; i < members.length; i++) {
        const borrower = members[i]!;
        const guarantor = members[(i + 1) % members.length]!;
        await db.query(
          `insert into guarantee (contract_id, guarantor_customer_id, guarantor_name, guarantor_id_type,
                                  guarantor_id_number, guarantor_phone, guarantee_type, amount, start_date, end_date)
           select $1, c.id, c.name, c.id_type, c.id_number, c.phone, 'joint_several', 50000000, '2026-01-01', '2028-01-01'
             from customer c where c.id = $2`,
          [borrower.contract_id, guarantor.customer_id],
        );
      }
      ringMember = first.customer_id;
      await runWarningsAndCollection(db, date as Parameters<typeof runWarningsAndCollection>[1]);
    });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  }, 180_000);

  it("shows a collector only their branch's cases, by priority", async () => {
    const api = await server.api<{ items: CaseRow[]; total: number }>(
      'collector.a',
      '/api/v1/collection/cases?pageSize=20',
    );
    expect(api.total).toBeGreaterThan(0);
    expect(api.items.every((c) => c.branchId.startsWith('A'))).toBe(true);
    const c = await signIn('collector.a', '/collection');
    expect(await c.column('case-table', 'case-link')).toEqual(api.items.map((x) => x.customerName));
    expect(await c.menuLabels()).toContain('我的催收');
    await c.screenshot(`collection-${engine}-queue`);
    // Another branch's case is not found for them.
    const other = await server.api<{ items: CaseRow[] }>(
      'collector.b',
      '/api/v1/collection/cases?pageSize=1',
    );
    await c.open(`/collection/cases/${other.items[0]!.id}`);
    await c.page.locator('[data-testid=error-message]').waitFor();
    expect(await c.page.locator('[data-testid=error-message]').textContent()).toContain('404');
    expect(c.errors.every((e) => /404/.test(e))).toBe(true);
  }, 180_000);

  it('records a contact, refuses one at 22:00 with the reason, and a promise in the past inline', async () => {
    const queue = await server.api<{ items: CaseRow[] }>(
      'collector.a',
      '/api/v1/collection/cases?pageSize=1',
    );
    const caseId = queue.items[0]!.id;
    const c = await signIn('collector.a', `/collection/cases/${caseId}`);
    const page = c.page;
    await page.locator('[data-testid=contact-form]').waitFor();
    // Contacts come masked; the borrower's number goes into the form with one click.
    await page.locator('[data-testid=use-contact]').first().click();
    expect(await page.locator('#contactPoint').inputValue()).toMatch(/\*/);
    const chooseOutcome = async (label: string) => {
      await page.locator('#outcome').click({ force: true });
      await page.locator('.ant-select-item-option', { hasText: new RegExp(`^${label}$`) }).click();
    };

    await page.locator('#time').fill('10:00');
    await chooseOutcome('接通');
    await page.locator('[data-testid=record-submit]').click();
    await page.locator('[data-testid=action-table] tbody tr', { hasText: '10:00' }).waitFor();

    await page.locator('[data-testid=use-contact]').first().click();
    await page.locator('#time').fill('22:00');
    await chooseOutcome('接通');
    await page.locator('[data-testid=record-submit]').click();
    const refusal = page.locator('[data-testid=contact-refusal]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('22:00 至次日 08:00（借款人当地时间）不得联系');
    expect(await refusal.textContent()).toContain('quiet_hours');
    await c.screenshot(`collection-${engine}-quiet-hours`);
    const detail = await server.api<{ actions: unknown[] }>(
      'collector.a',
      `/api/v1/collection/cases/${caseId}`,
    );
    expect(detail.actions).toHaveLength(1);

    await page.locator('#time').fill('11:00');
    await chooseOutcome('承诺还款');
    await page.locator('#promiseAmount').fill('1000.00');
    await page.locator('#promiseDate').click();
    await page.locator('#promiseDate').fill('2026-11-20');
    await page.locator('#promiseDate').press('Enter');
    await page.locator('[data-testid=record-submit]').click();
    const inline = page.locator('#promiseDate_help');
    await inline.waitFor();
    expect(await inline.textContent()).toContain(`承诺还款日期不能早于营业日期 ${BUSINESS_DATE}`);
    await c.screenshot(`collection-${engine}-promise-past`);
    const after = await server.api<{ actions: unknown[] }>(
      'collector.a',
      `/api/v1/collection/cases/${caseId}`,
    );
    expect(after.actions).toHaveLength(1);
    expect(c.errors.filter((e) => !/422/.test(e))).toEqual([]);
  }, 180_000);

  it('lets a department head dismiss a warning only with a reason', async () => {
    const board = await server.api<{ items: { id: string; branchId: string }[] }>(
      'head.a',
      '/api/v1/warnings?status=raised&pageSize=5',
    );
    expect(board.items.every((w) => w.branchId.startsWith('A'))).toBe(true);
    const c = await signIn('head.a', '/warnings');
    await c.page.locator('[data-testid=level-count-red] [data-testid=level-count]').waitFor();
    await c.page.locator('[data-testid=warning-link]').first().waitFor();
    await c.screenshot(`collection-${engine}-warning-board`);
    await c.open(`/warnings/${board.items[0]!.id}`);
    await c.page.locator('[data-testid=warning-evidence]').waitFor();
    await c.page.getByRole('button', { name: '排除预警' }).click();
    const ok = c.page.locator('.ant-modal-footer .ant-btn-primary');
    await ok.click();
    const help = c.page.locator('#reason_help');
    await help.waitFor();
    expect(await help.textContent()).toContain('排除或解除预警必须填写理由');
    await c.screenshot(`collection-${engine}-dismiss-no-reason`);
    const still = await server.api<{ status: string }>('head.a', `/api/v1/warnings/${board.items[0]!.id}`);
    expect(still.status).toBe('raised');
    await c.page.locator('#reason').fill('经核实为系统批量扣款延迟，已补扣');
    await ok.click();
    await c.page.locator('[data-testid=warning-status]', { hasText: '已排除' }).first().waitFor();
    const dismissed = await server.api<{ status: string; decisionReason: string }>(
      'head.a',
      `/api/v1/warnings/${board.items[0]!.id}`,
    );
    expect(dismissed).toMatchObject({
      status: 'dismissed',
      decisionReason: '经核实为系统批量扣款延迟，已补扣',
    });
    await c.screenshot(`collection-${engine}-warning-dismissed`);
    expect(c.errors).toEqual([]);
  }, 180_000);

  it('draws the guarantee circle as a graph', async () => {
    // The circle's id is opaque (it names no member): found through a member, as the list links it.
    const listed = await server.api<{ total: number; items: { id: string }[] }>(
      'head.a',
      `/api/v1/guarantee-circles?customerId=${ringMember}`,
    );
    expect(listed.items).toHaveLength(1);
    const circleId = listed.items[0]!.id;
    expect(circleId).toMatch(/^[0-9a-f]{16}$/);
    const c = await signIn('head.a', '/guarantee-circles');
    await c.page.locator('[data-testid=circle-link]').first().waitFor();
    await c.screenshot(`collection-${engine}-circles`);
    await c.open(`/guarantee-circles/${circleId}`);
    await c.page.locator('[data-testid=circle-graph] canvas').waitFor();
    const names = await c.column('circle-members', 'circle-member-name');
    const circle = await server.api<{ members: { name: string | null }[] }>(
      'head.a',
      `/api/v1/guarantee-circles/${circleId}`,
    );
    expect(names).toEqual(circle.members.map((m) => m.name));
    await c.screenshot(`collection-${engine}-circle-graph`);
    expect(c.errors).toEqual([]);
  }, 180_000);
});
