import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoanDetail, LoanPage } from '../src/api/types';
import type { ReschedulingOverview } from '../src/features/restructure/api';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import { type ConsoleServer, DEMO_PASSWORD, startConsoleServer } from './support/console-server';

/**
 * 展期 in the browser: an account manager opens a loan, fills the extension drawer (months, every
 * guarantor's consent, reason), quotes the new schedule, submits; the risk head approves over the API;
 * the loan page then shows the new maturity, the extension and both schedule versions. PGlite only: the
 * flow is the same on PostgreSQL (the API tests cover both engines).
 */
describe.skipIf(browserTestsSkipped)('extension (展期) in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startConsoleServer('pglite', 60);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('requests an extension with guarantor consent, sees the quote, and after approval the new schedule', async () => {
    const health = await server.api<{ businessDate: string }>('manager.a', '/api/v1/health');
    const page = await server.api<LoanPage>('manager.a', '/api/v1/loans?status=active&pageSize=200');
    let chosen: { loan: LoanPage['items'][number]; overview: ReschedulingOverview } | null = null;
    const candidates = page.items.filter(
      (l) => l.method !== 'bullet' && l.maturityDate > health.businessDate,
    );
    for (const loan of candidates.slice(0, 25)) {
      const overview = await server.api<ReschedulingOverview>(
        'manager.a',
        `/api/v1/loans/${loan.id}/rescheduling`,
      );
      if (overview.extensionLimitMonths - overview.extendedMonths < 3) continue;
      if (overview.guarantees.length === 0 && chosen) continue;
      chosen = { loan, overview };
      if (overview.guarantees.length > 0) break;
    }
    expect(chosen, 'an active loan of branch A to extend').not.toBeNull();
    const { loan, overview } = chosen!;

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const c = new ConsolePage(await context.newPage(), server.url);
    await c.open('/login');
    await c.login('manager.a', DEMO_PASSWORD);
    await c.waitForShell();
    await c.open(`/loans/${loan.id}`);
    await c.page.locator('[data-testid=rescheduling-card]').waitFor();
    await c.page.locator('[data-testid=open-extension]').click();
    const drawer = c.page.locator('[data-testid=rescheduling-drawer]');
    await drawer.waitFor();

    // Submitting empty: inline errors, nothing sent.
    await c.page.locator('[data-testid=submit-rescheduling]').click();
    await expect.poll(() => drawer.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await c.screenshot('restructure-drawer-errors');

    await c.page.locator('input[data-testid=months], [data-testid=months] input').first().fill('3');
    for (let i = 0; i < overview.guarantees.length; i++) {
      await c.page.locator(`[data-testid=consent-evidence-${i}]`).fill(`担保人同意书 BZ-${i + 1}`);
    }
    await c.page.locator('[data-testid=reason]').fill('借款人季节性资金紧张，申请展期三个月');
    await c.page.locator('[data-testid=quote]').click();
    const quote = c.page.locator('[data-testid=rescheduling-quote]');
    await quote.waitFor();
    const expected = await server.api<{ maturityDate: string }>(
      'manager.a',
      `/api/v1/loans/${loan.id}/extension-quote?months=3`,
    );
    expect(await c.page.locator('[data-testid=quote-maturity]').textContent()).toBe(expected.maturityDate);
    await c.screenshot('restructure-drawer-quote');

    await c.page.locator('[data-testid=submit-rescheduling]').click();
    await c.page.locator('[data-testid=rescheduling-submitted]').waitFor();
    await c.screenshot('restructure-submitted');

    const pending = await server.api<{ items: { id: string; objectId: string; kind: string }[] }>(
      'risk.head',
      '/api/v1/approvals?status=pending&kind=loan_extension',
    );
    const request = pending.items.find((a) => a.objectId === loan.id);
    expect(request).toBeDefined();
    // The maker cannot decide it; the risk head approves.
    expect(await server.post('manager.a', `/api/v1/approvals/${request!.id}/approve`, {})).toBe(403);
    expect(await server.post('risk.head', `/api/v1/approvals/${request!.id}/approve`, { note: '同意' })).toBe(
      200,
    );

    await c.page.reload();
    await c.page.locator('[data-testid=rescheduling-history]').waitFor();
    const history = (await c.page.locator('[data-testid=rescheduling-history]').textContent()) ?? '';
    expect(history).toContain('展期');
    expect(history).toContain(expected.maturityDate);
    const versions = c.page.locator('[data-testid=schedule-versions]');
    await versions.waitFor();
    expect(await versions.textContent()).toContain('第 2 版');
    expect(await versions.textContent()).toContain('已被替换');
    await versions.locator('.ant-collapse-header').nth(1).click();
    const detail = await server.api<LoanDetail>('manager.a', `/api/v1/loans/${loan.id}`);
    expect(detail.maturityDate).toBe(expected.maturityDate);
    expect(detail.schedule.at(-1)?.dueDate).toBe(expected.maturityDate);
    await c.page.locator('[data-testid=rescheduling-card]').scrollIntoViewIfNeeded();
    await c.screenshot('restructure-loan-after');
    expect(c.errors).toEqual([]);
  }, 300_000);
});
