import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerPage } from '../src/api/types';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import {
  BUSINESS_DATE,
  type ConsoleServer,
  DEMO_PASSWORD,
  startConsoleServer,
} from './support/console-server';

/**
 * The credit archive in Chromium against the real server and the demo portfolio: a signed inspection
 * report's PDF is in the customer's archive, an officer files a scan (a forbidden type and a disguised
 * file are refused inline, nothing filed), checks the paper file out and back, sees the destruction
 * refused before retention, and finds the check-out in the officers' list.
 */

const PDF = Buffer.from('%PDF-1.4\n% 借款合同扫描件\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Task {
  id: string;
  reports: { id: string }[];
}

describe.skipIf(browserTestsSkipped).each(testEngines())('credit archive in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let customer: CustomerPage['items'][number];

  const newPage = async (): Promise<ConsolePage> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    return new ConsolePage(await context.newPage(), server.url);
  };

  beforeAll(async () => {
    server = await startConsoleServer(engine, 50);
    browser = await launchChromium();
    const customers = await server.api<CustomerPage>('manager.a', '/api/v1/customers?pageSize=200');
    customer = customers.items.find((c) => c.customerType === 'individual' && c.branchId.startsWith('A'))!;
    // A report filled and signed (over the API here; the inspection pages are another page's job).
    expect(
      await server.post('manager.a', '/api/v1/inspections/tasks', {
        customerId: customer.id,
        dueDate: BUSINESS_DATE,
        reason: '不定期检查（浏览器测试）',
      }),
    ).toBe(201);
    const tasks = await server.api<{ items: { id: string }[] }>(
      'manager.a',
      `/api/v1/inspections/tasks?assignee=all&customerId=${customer.id}&kind=adhoc&status=open`,
    );
    const taskId = tasks.items[0]!.id;
    expect(
      await server.post('manager.a', `/api/v1/inspections/tasks/${taskId}/report`, {
        mode: 'onsite',
        inspectedOn: BUSINESS_DATE,
        findings: { operations: { assessment: 'normal', note: '借款人经营正常，收入稳定。' } },
        riskOpinion: '风险可控，继续按期跟踪。',
      }),
    ).toBe(201);
    const task = await server.api<Task>('manager.a', `/api/v1/inspections/tasks/${taskId}`);
    expect(
      await server.post('reviewer.a', `/api/v1/inspections/reports/${task.reports[0]!.id}/approve`, {}),
    ).toBe(200);
  }, 400_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('files, refuses bad files inline, checks out and back, and lists check-outs', async () => {
    const c = await newPage();
    await c.open('/login');
    await c.login('manager.a', DEMO_PASSWORD);
    await c.waitForShell();
    expect(await c.menuLabels()).toContain('档案借阅');

    await c.open(`/customers?q=${encodeURIComponent(customer.customerNo)}`);
    await c.page.locator('[data-testid=customer-archive-link]').first().click();
    await c.page.waitForURL(new RegExp(`/customers/${customer.id}/archive`));
    const table = c.page.locator('[data-testid=archive-table]');
    await table.getByText('系统归档（签批检查报告）').waitFor();
    expect(await table.textContent()).toContain('贷后检查');
    await c.screenshot(`archive-${engine}-customer`);

    // The filed PDF downloads, with its digest.
    const href = await c.page.locator('[data-testid^=archive-download-]').first().getAttribute('href');
    const pdf = await c.page.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Upload: a forbidden type is refused before sending, a disguised one by the server; nothing filed.
    await c.page.locator('[data-testid=archive-upload]').click();
    const modal = c.page.locator('.ant-modal');
    await modal.locator('[data-testid=archive-stage]').click();
    await c.page.locator('.ant-select-item-option', { hasText: '合同签订' }).click();
    await modal.locator('[data-testid=archive-title]').fill('借款合同（扫描件）');
    await modal.locator('[data-testid=archive-paper]').fill('档案室 A-03 柜 12 盒');
    const input = modal.locator('input[type=file]');
    await input.setInputFiles({
      name: 'virus.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await modal.getByText('不支持的文件类型').waitFor();
    await input.setInputFiles({
      name: '合同.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>not a pdf</html>'),
    });
    const refused = c.page.waitForResponse(
      (r) => r.url().includes('/archive/documents') && r.status() === 415,
    );
    await modal.getByRole('button', { name: /提\s*交/ }).click();
    await refused;
    await modal.getByText('不支持的文件类型').waitFor();
    await c.screenshot(`archive-${engine}-upload-refused`);
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(1);

    await input.setInputFiles({ name: '借款合同.pdf', mimeType: 'application/pdf', buffer: PDF });
    await modal.getByRole('button', { name: /提\s*交/ }).click();
    await table.getByText('借款合同（扫描件）').waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(2);

    // Check the paper file out and back.
    await table.getByRole('button', { name: '借款合同（扫描件）' }).click();
    const drawer = c.page.locator('[data-testid=archive-drawer]');
    await drawer.waitFor();
    // Destruction before retention: refused with the rule's reason.
    await drawer.locator('[data-testid=archive-destroy-reason]').fill('保管期满');
    await drawer.locator('[data-testid=archive-destroy]').click();
    await drawer
      .locator('[data-testid=archive-destroy-error]')
      .getByText(/retention/)
      .waitFor();
    const form = drawer.locator('[data-testid=archive-checkout-form]');
    await form.getByPlaceholder('借阅人').fill('张三');
    await form.getByPlaceholder('借阅事由').fill('审计调阅');
    await form.getByPlaceholder(/应归还日期/).fill('2026-11-25');
    await form.getByRole('button', { name: '借阅登记' }).click();
    await drawer.locator('[data-testid=archive-return]').waitFor();
    expect(await table.textContent()).toContain('借出中');
    await c.screenshot(`archive-${engine}-drawer`);

    // The officers' list shows the file out; returning it empties the list.
    await c.open('/archive/checkouts');
    const list = c.page.locator('[data-testid=archive-checkout-table]');
    await list.getByText('借款合同（扫描件）').waitFor();
    expect(await list.textContent()).toContain('张三');
    await c.screenshot(`archive-${engine}-checkouts`);
    await list.getByRole('link', { name: customer.name }).click();
    await table.getByRole('button', { name: '借款合同（扫描件）' }).click();
    await drawer.locator('[data-testid=archive-return]').click();
    await drawer.locator('[data-testid=archive-checkout-form]').waitFor();
    expect(c.errors.filter((e) => !/415|422|the server responded/.test(e))).toEqual([]);
  }, 240_000);
});
