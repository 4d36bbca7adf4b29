import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoanPage } from '../src/api/types';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import {
  BUSINESS_DATE,
  type ConsoleServer,
  DEMO_PASSWORD,
  startConsoleServer,
} from './support/console-server';

/**
 * The loan page's 处置 tab in Chromium against the real server and the demo portfolio: a non-performing
 * loan written off through maker–checker (post-loan officer asks, risk head approves) shows the write-off
 * with its amounts still pursued, the demand that documented the effort, the litigation timeline and the
 * clocks; on another loan the write-off form refuses an empty form inline and shows the server's refusal
 * (no recovery effort recorded) under the field it names.
 */
describe.skipIf(browserTestsSkipped).each(testEngines())('recovery tab in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let writtenOff: string;
  let other: string;

  const newPage = async (): Promise<ConsolePage> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    return new ConsolePage(await context.newPage(), server.url);
  };

  beforeAll(async () => {
    server = await startConsoleServer(engine);
    browser = await launchChromium();
    const npl = await server.api<LoanPage>(
      'officer.a',
      '/api/v1/loans?status=active&classification=substandard,doubtful,loss&pageSize=50',
    );
    expect(npl.items.length, 'the demo has non-performing loans in branch A').toBeGreaterThanOrEqual(2);
    writtenOff = npl.items[0]!.id;
    other = npl.items[1]!.id;
    const demand = {
      target: 'borrower',
      kind: 'demand',
      date: BUSINESS_DATE,
      channel: 'lawyer_letter',
      evidence: '律师函 (2026)京律函字第88号',
    };
    expect(await server.post('officer.a', `/api/v1/loans/${writtenOff}/demands`, demand)).toBe(201);
    expect(
      await server.post('officer.a', `/api/v1/loans/${writtenOff}/litigation`, {
        lawyer: '北京某律师事务所 李律师',
        handedOverOn: BUSINESS_DATE,
        claimAmount: '10000.00',
      }),
    ).toBe(201);
    expect(
      await server.post('officer.a', `/api/v1/loans/${writtenOff}/write-off`, {
        cause: 'bankruptcy',
        evidence: ['(2026)京01破12号 民事裁定书'],
        recoveryEfforts: '电话催收、上门走访、律师函，已申报破产债权',
        responsibility: {
          persons: ['manager.a'],
          finding: 'no_fault',
          conclusion: '经办人员已尽职',
          measures: '',
        },
        reason: '借款人破产清算终结',
      }),
    ).toBe(202);
    const pending = await server.api<{ items: { id: string; objectId: string }[] }>(
      'risk.head',
      '/api/v1/approvals?status=pending&kind=loan_write_off',
    );
    const id = pending.items.find((a) => a.objectId === writtenOff)!.id;
    expect(await server.post('risk.head', `/api/v1/approvals/${id}/approve`, {})).toBe(200);
  }, 600_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the write-off, the demand, the litigation and the clocks of a written-off loan', async () => {
    const c = await newPage();
    await c.open('/login');
    await c.login('officer.a', DEMO_PASSWORD);
    await c.waitForShell();
    await c.open(`/loans/${writtenOff}`);
    await c.page.getByRole('tab', { name: '处置' }).click();
    const tab = c.page.locator('[data-testid=recovery-tab]');
    await tab.waitFor();
    const writeOff = c.page.locator('[data-testid=write-off]');
    await writeOff.waitFor();
    expect(await writeOff.textContent()).toContain('借款人破产');
    expect(await writeOff.textContent()).toContain('账销案存');
    expect(await writeOff.textContent()).toContain('risk.head');
    expect(await tab.textContent()).toContain('律师函 (2026)京律函字第88号');
    expect(await c.page.locator('[data-testid=litigation-case]').textContent()).toContain('移交律师');
    expect(await c.page.locator('[data-testid=limitation-ends]').textContent()).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    // No write-off form on a loan already written off.
    expect(await c.page.locator('[data-testid=write-off-form]').count()).toBe(0);
    await c.screenshot(`recovery-${engine}-written-off`);
    expect(c.errors).toEqual([]);
  });

  it('the write-off form validates inline and shows the server’s refusal under its field', async () => {
    const c = await newPage();
    await c.open('/login');
    await c.login('officer.a', DEMO_PASSWORD);
    await c.waitForShell();
    await c.open(`/loans/${other}`);
    await c.page.getByRole('tab', { name: '处置' }).click();
    const form = c.page.locator('[data-testid=write-off-form]');
    await form.waitFor();
    await form.getByRole('button', { name: /提交审批/ }).click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await form.locator('.ant-form-item-explain-error').count()).toBeGreaterThanOrEqual(4);
    await form.locator('#evidence').fill('(2026)京01破13号 民事裁定书');
    await form.locator('#recoveryEfforts').fill('电话催收');
    await form.locator('#reason').fill('借款人破产');
    await form.locator('#conclusion').fill('经办人员已尽职');
    await form.getByRole('button', { name: /提交审批/ }).click();
    // Nothing is recorded on this loan yet (no demand, no collection action): 422 on recoveryEfforts.
    await c.page.waitForFunction(() =>
      [...document.querySelectorAll('.ant-form-item-explain-error')].some((e) =>
        /尚无登记的清收记录/.test(e.textContent ?? ''),
      ),
    );
    await c.screenshot(`recovery-${engine}-form-refused`);
    // The refused request itself is logged by Chromium as a failed resource (422); nothing else may be.
    expect(c.errors.filter((e) => !/422/.test(e))).toEqual([]);
  });
});
