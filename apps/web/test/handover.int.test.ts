import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handover, HandoverBook, HandoverUsers, OrphanReport } from '../src/features/handover/api';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import { type ConsoleServer, DEMO_PASSWORD, startConsoleServer } from './support/console-server';

/**
 * The handover page (离职移交) in Chromium against the real server and the demo portfolio: a department
 * head sees the refusal of a successor outside a customer's branch on the form, previews and submits a
 * handover by balance, the departing officer and the successor sign it in their own sessions, and the
 * orphan check stays empty once the officer is deactivated. Expected amounts are formatted here
 * independently of the console's formatting code.
 */

const yuanText = (s: string): string => {
  const [whole, cents] = s.split('.');
  return `¥${BigInt(whole!).toLocaleString('en-US')}.${cents}`;
};
const sumYuan = (amounts: readonly string[]): string => {
  const fen = amounts.reduce((s, a) => s + BigInt(a.replace('.', '')), 0n);
  return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
};

describe.skipIf(browserTestsSkipped).each(testEngines())('handover page in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let ids: Map<string, string>;
  let handoverId: string;

  const signedIn = async (username: string, path: string): Promise<ConsolePage> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const c = new ConsolePage(await context.newPage(), server.url);
    await c.open(path);
    await c.login(username, DEMO_PASSWORD);
    await c.waitForShell();
    return c;
  };

  /** Picks `label` in the antd select whose test id is `testid` (type to filter, Enter to choose). */
  const choose = async (c: ConsolePage, testid: string, text: string) => {
    const select = c.page.locator(`[data-testid=${testid}]`);
    await select.click();
    await c.page.keyboard.type(text);
    await c.page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').waitFor();
    await c.page.keyboard.press('Enter');
    await c.page.keyboard.press('Escape');
  };

  beforeAll(async () => {
    server = await startConsoleServer(engine);
    browser = await launchChromium();
    const users = await server.api<HandoverUsers>('head.a', '/api/v1/handover/users');
    ids = new Map(users.items.map((u) => [u.username, u.userId]));
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  }, 300_000);

  it('a successor outside a customer’s branch is refused on the form, nothing is written', async () => {
    const c = await signedIn('head.a', '/handover');
    expect(await c.menuLabels()).toContain('离职移交');
    await c.page.locator('[data-testid=handover-form]').waitFor();
    // manager.a holds customers of A01 and A02; manager.a01 cannot take those of A02.
    await choose(c, 'departing-select', 'manager.a ·');
    await choose(c, 'successor-select', 'manager.a01');
    await choose(c, 'successor-select', 'manager.a02');
    await c.page.locator('[data-testid=reason-input]').fill('离职');
    // Keyboard: Enter in the reason field previews.
    await c.page.locator('[data-testid=reason-input]').press('Enter');
    const error = c.page.locator('.ant-form-item-explain-error', {
      hasText: /outside the branch of customer/,
    });
    await error.waitFor();
    expect(await c.page.locator('[data-testid=plan-preview]').count()).toBe(0);
    expect(await c.page.locator('[data-testid=submit-button]').isDisabled()).toBe(true);
    await c.screenshot(`handover-${engine}-refused`);
    const list = await server.api<{ total: number }>('head.a', '/api/v1/handover');
    expect(list.total).toBe(0);
    // An empty form is refused in the form itself.
    await c.open('/handover');
    await c.page.locator('[data-testid=preview-button]').click();
    await c.page.getByText('请选择移交人').waitFor();
    await c.page.getByText('请填写移交原因').waitFor();
    expect(c.errors.every((e) => /422/.test(e))).toBe(true);
  }, 300_000);

  it('manual mode lists the departing officer’s customers to assign one by one', async () => {
    const c = await signedIn('head.a', '/handover');
    await choose(c, 'departing-select', 'manager.a02');
    await choose(c, 'successor-select', 'manager.a ·');
    await c.page.locator('[data-testid=mode-radio]').getByText('手工指定').click();
    const book = await server.api<HandoverBook>(
      'head.a',
      `/api/v1/handover/users/${ids.get('manager.a02')}/book`,
    );
    expect(book.items.length).toBeGreaterThan(0);
    const rows = c.page.locator('[data-testid=manual-plan] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(book.items.length);
    expect(await rows.first().locator('td').first().textContent()).toBe(book.items[0]!.customerNo);
    await c.page.locator('[data-testid=reason-input]').fill('调岗');
    await c.page.locator('[data-testid=preview-button]').click();
    const share = c.page.locator('[data-testid="share-manager.a"] [data-testid=share-balance]');
    await share.waitFor();
    expect((await share.textContent())?.trim()).toBe(yuanText(sumYuan(book.items.map((i) => i.balance))));
    await c.screenshot(`handover-${engine}-manual-preview`);
    expect(c.errors).toEqual([]);
  }, 300_000);

  it('by balance: preview, submit, both sides sign in their own sessions, the handover completes', async () => {
    const head = await signedIn('head.a', '/handover');
    await choose(head, 'departing-select', 'manager.a01');
    await choose(head, 'successor-select', 'manager.a ·');
    await head.page.locator('[data-testid=reason-input]').fill('离职');
    await head.page.locator('[data-testid=preview-button]').click();
    await head.page.locator('[data-testid=plan-preview]').waitFor();
    const book = await server.api<HandoverBook>(
      'head.a',
      `/api/v1/handover/users/${ids.get('manager.a01')}/book`,
    );
    const total = yuanText(sumYuan(book.items.map((i) => i.balance)));
    expect(
      (
        await head.page.locator('[data-testid="share-manager.a"] [data-testid=share-balance]').textContent()
      )?.trim(),
    ).toBe(total);
    await head.screenshot(`handover-${engine}-preview`);
    await head.page.locator('[data-testid=submit-button]').click();
    await head.page.waitForURL(/\/handover\/\d+$/);
    handoverId = new URL(head.page.url()).pathname.split('/').pop()!;
    await head.page.locator('[data-testid=signature-list]').waitFor();
    expect((await head.page.locator('[data-testid=handover-status]').textContent())?.trim()).toBe('待签字');
    // The head does not sign for an officer who is still active.
    expect(await head.page.locator('[data-testid=sign-button]').count()).toBe(0);
    await head.screenshot(`handover-${engine}-pending`);

    for (const username of ['manager.a01', 'manager.a']) {
      const party = await signedIn(username, `/handover/${handoverId}`);
      await party.page.locator('[data-testid=sign-button]').click();
      await party.page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
      await party.page
        .locator(`[data-testid="signature-${username}"] [data-testid=signature-state]`)
        .filter({ hasText: '已签字' })
        .waitFor();
      if (username === 'manager.a') {
        await party.page.locator('[data-testid=completed-note]').waitFor();
        await party.page.locator('[data-testid=move-table]').waitFor();
        await party.screenshot(`handover-${engine}-completed`);
      }
      expect(party.errors).toEqual([]);
    }
    const h = await server.api<Handover>('head.a', `/api/v1/handover/${handoverId}`);
    expect(h).toMatchObject({ status: 'completed', remainingCustomers: 0 });
    expect(h.items.length).toBe(book.items.length);
    const left = await server.api<HandoverBook>(
      'head.a',
      `/api/v1/handover/users/${ids.get('manager.a01')}/book`,
    );
    expect(left.items).toEqual([]);
  }, 300_000);

  it('after deactivation the orphan check shows nothing of the departed officer', async () => {
    expect(await server.post('admin', `/api/v1/users/${ids.get('manager.a01')}/deactivate`, {})).toBe(200);
    const report = await server.api<OrphanReport>('head.a', '/api/v1/handover/orphans');
    expect(report.items.filter((o) => o.holderId === ids.get('manager.a01'))).toEqual([]);
    const c = await signedIn('head.a', '/handover?tab=orphans');
    await c.page.locator('[data-testid=orphan-check]').waitFor();
    const total = Object.values(report.counts).reduce((s, n) => s + n, 0);
    if (total === 0) await c.page.locator('[data-testid=orphans-none]').waitFor();
    else await c.page.locator('[data-testid=orphan-table]').waitFor();
    await c.screenshot(`handover-${engine}-orphans`);
    // The record is in the list, completed.
    await c.open('/handover?tab=records');
    const row = c.page.locator('[data-testid=handover-table] tbody tr', { hasText: `#${handoverId}` });
    await row.getByText('已完成').waitFor();
    await c.screenshot(`handover-${engine}-records`);
    expect(c.errors).toEqual([]);
  }, 300_000);
});
