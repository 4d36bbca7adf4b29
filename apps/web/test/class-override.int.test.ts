import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EodRun, LoanDetail, LoanPage } from '../src/api/types';
import type { Approval, ApprovalPage } from '../src/features/approvals/api';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import {
  BUSINESS_DATE,
  type ConsoleServer,
  DEMO_PASSWORD,
  startConsoleServer,
} from './support/console-server';

/**
 * The loan page's 申请调整分类 in Chromium against the real server (maker–checker, RULES.md §5): a
 * post-loan officer asks for a downgrade, the form offering only worse classes and refusing an empty
 * one inline (the API refuses a better one, naming the field); the request shows as pending on the
 * loan page; a credit reviewer approves it in the inbox; the loan page shows the approved class until
 * end of day, and the loan's class after it.
 */

/** The machine is shared: waits and whole tests get room (a wait ends as soon as it succeeds). */
const SLOW = { timeout: 30_000 };
const TEST_TIMEOUT = 240_000;

describe.skipIf(browserTestsSkipped).each(testEngines())('class override in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /**
   * A special-mention loan of branch A, the least overdue (so tonight's end of day keeps its automatic
   * class and the manual one decides): one class is better (normal), three are worse.
   */
  let loan: LoanPage['items'][number];

  const newPage = async (): Promise<ConsolePage> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    return new ConsolePage(await context.newPage(), server.url);
  };
  const signedIn = async (username: string, path: string): Promise<ConsolePage> => {
    const c = await newPage();
    await c.open(path);
    await c.login(username, DEMO_PASSWORD);
    await c.waitForShell();
    return c;
  };
  const shot = (c: ConsolePage, name: string) => c.screenshot(`class-override-${engine}-${name}`);
  const loanOf = (id: string) => server.api<LoanDetail>('officer.a', `/api/v1/loans/${id}`);
  const pendingOverrides = async () =>
    (
      await server.api<ApprovalPage>('officer.a', '/api/v1/approvals?status=pending&kind=class_override')
    ).items.filter((a) => a.objectId === loan.id);

  beforeAll(async () => {
    server = await startConsoleServer(engine, 60);
    browser = await launchChromium();
    const page = await server.api<LoanPage>(
      'officer.a',
      '/api/v1/loans?classification=special_mention&status=active&sort=dpd&pageSize=1',
    );
    loan = page.items[0]!;
    expect(loan, 'the demo has a special-mention loan in branch A').toBeDefined();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it(
    'a role that may not ask sees no button; the API refuses a better class, naming the field',
    async () => {
      const reviewer = await signedIn('reviewer.a', `/loans/${loan.id}`);
      await reviewer.page.locator('[data-testid=loan-balances]').waitFor();
      expect(await reviewer.page.locator('[data-testid=action-class-override]').count()).toBe(0);
      const better = await server.postJson<{ error: { code: string; field: string } }>(
        'officer.a',
        `/api/v1/loans/${loan.id}/class-override`,
        { classification: 'normal', reason: '客户已恢复正常还款' },
      );
      expect(better.status).toBe(422);
      expect(better.body.error).toMatchObject({ code: 'rule_violation', field: 'classification' });
      expect(await pendingOverrides()).toEqual([]);
      expect(reviewer.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'a post-loan officer asks for a downgrade; a credit reviewer approves it; end of day gives the class',
    async () => {
      const maker = await signedIn('officer.a', `/loans/${loan.id}`);
      await maker.page.locator('[data-testid=action-class-override]').click();
      const modal = maker.page.locator('.ant-modal');
      // The rule, inline: only worse classes, named.
      await expect
        .poll(async () => modal.locator('[data-testid=override-rule]').textContent(), SLOW)
        .toContain('本笔贷款当前为「关注」，可申请：次级、可疑、损失');
      // Nothing chosen, nothing written: both fields say what is missing.
      await modal.locator('[data-testid=override-submit]').click();
      await modal.getByText('请选择目标分类', { exact: true }).waitFor();
      await modal.getByText('请填写调整原因').waitFor();
      expect(await modal.locator('#override-reason').getAttribute('aria-invalid')).toBe('true');
      await shot(maker, 'required');
      // A class that is not worse is offered disabled and cannot be picked.
      await modal.locator('[data-testid=override-class]').click();
      const normal = maker.page.locator('.ant-select-item-option[title="正常"]');
      const same = maker.page.locator('.ant-select-item-option[title="关注"]');
      for (const o of [normal, same]) {
        await o.waitFor();
        expect(await o.getAttribute('class')).toContain('ant-select-item-option-disabled');
      }
      await shot(maker, 'options');
      await normal.click({ force: true });
      expect(await modal.locator('[data-testid=override-class] .ant-select-selection-item').count()).toBe(0);
      await maker.page.locator('.ant-select-item-option[title="次级"]').click();
      await modal
        .locator('[data-testid=override-class] .ant-select-selection-item', { hasText: '次级' })
        .waitFor();
      await modal.locator('[data-testid=override-reason]').fill('贷后检查发现主要客户流失，经营收入下降五成');
      await modal.locator('[data-testid=override-evidence]').fill('检查报告 JC-2026-118');
      await expect.poll(() => modal.getByText('请选择目标分类', { exact: true }).count(), SLOW).toBe(0);
      await shot(maker, 'form');
      expect(await pendingOverrides()).toEqual([]);
      await modal.locator('[data-testid=override-submit]').click();

      // Pending on the loan page, with the way to the inbox.
      await maker.page.locator('[data-testid=override-sent]').waitFor(SLOW);
      expect(await maker.page.locator('[data-testid=override-pending]').textContent()).toContain(
        '分类调整审批中：次级',
      );
      expect(await maker.page.locator('[data-testid=action-class-override]').count()).toBe(0);
      const [request] = await pendingOverrides();
      expect(request).toMatchObject({
        maker: 'officer.a',
        status: 'pending',
        reason: '贷后检查发现主要客户流失，经营收入下降五成',
        payload: { classification: 'substandard', evidence: '检查报告 JC-2026-118' },
      });
      await shot(maker, 'pending');
      // Still pending after a reload (read from the API, not the page's memory).
      await maker.page.reload();
      await maker.page.locator('[data-testid=override-pending]').waitFor(SLOW);

      // A checker (another user) finds it in the inbox and approves it.
      const checker = await signedIn('reviewer.a', `/approvals?open=${request!.id}`);
      const detail = checker.page.locator('[data-testid=approval-detail]');
      const payload = detail.locator('[data-testid=approval-payload-class_override]');
      await payload.getByText('次级').waitFor(SLOW);
      await payload.getByText('关注').waitFor();
      await detail.getByText('贷后检查发现主要客户流失，经营收入下降五成').waitFor();
      await shot(checker, 'inbox');
      await detail.locator('[data-testid=approval-note]').fill('同意，附检查报告');
      await detail.locator('[data-testid=approval-approve]').click();
      await expect
        .poll(async () => detail.locator('[data-testid=approval-status]').textContent(), SLOW)
        .toBe('已批准');
      expect(await server.api<Approval>('reviewer.a', `/api/v1/approvals/${request!.id}`)).toMatchObject({
        status: 'approved',
        maker: 'officer.a',
        checker: 'reviewer.a',
      });

      // Approved: the loan page shows the manual class, applied by tonight's end of day.
      await maker.page.reload();
      await maker.page.locator('[data-testid=manual-class]').waitFor(SLOW);
      expect(await maker.page.locator('[data-testid=manual-class]').textContent()).toBe(
        '已批准人工分类「次级」，当晚日终生效',
      );
      expect(await maker.page.locator('[data-testid=loan-class]').textContent()).toBe('关注');
      expect(await maker.page.locator('[data-testid=override-pending]').count()).toBe(0);
      await shot(maker, 'approved');

      // End of day applies it: the loan's class is now the approved one, by rule `manual`.
      expect(await server.post('risk.head', '/api/v1/eod/runs', { date: BUSINESS_DATE })).toBe(202);
      await expect
        .poll(async () => (await server.api<EodRun>('auditor', `/api/v1/eod/runs/${BUSINESS_DATE}`)).status, {
          timeout: 120_000,
          interval: 250,
        })
        .toBe('completed');
      const after = await loanOf(loan.id);
      expect(after).toMatchObject({
        classification: 'substandard',
        classRule: 'manual',
        manualClassification: 'substandard',
      });
      await maker.page.reload();
      await expect
        .poll(async () => maker.page.locator('[data-testid=loan-class]').textContent(), SLOW)
        .toBe('次级');
      expect(await maker.page.locator('[data-testid=manual-class]').count()).toBe(0);
      // A further override must be worse still.
      await maker.page.locator('[data-testid=action-class-override]').click();
      await expect
        .poll(async () => maker.page.locator('.ant-modal [data-testid=override-rule]').textContent(), SLOW)
        .toContain('本笔贷款当前为「次级」，可申请：可疑、损失');
      await shot(maker, 'after-eod');
      for (const c of [maker, checker]) expect(c.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
