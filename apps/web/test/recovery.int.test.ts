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
 * (no recovery effort recorded) under the field it names. On a matured loan a post-loan officer records a
 * demand (the limitation clock restarts), hands it over to the lawyers, records the filing and creates the
 * recovery plan; a future date and an amount with three decimals are refused inline and nothing is sent.
 */
describe.skipIf(browserTestsSkipped).each(testEngines())('recovery tab in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let writtenOff: string;
  let other: string;
  let matured = '';

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
    // A demand restarts the limitation period only once it runs: after the last installment fell due and
    // before it ended. The forms test needs such a loan (a matured one still within its period).
    for (const l of npl.items.slice(2)) {
      const f = await server.api<{ clocks: { lastDueDate: string; limitation: { daysLeft: number } } }>(
        'officer.a',
        `/api/v1/loans/${l.id}/recovery`,
      );
      if (f.clocks.lastDueDate < BUSINESS_DATE && f.clocks.limitation.daysLeft >= 0) {
        matured = l.id;
        break;
      }
    }
    expect(
      matured,
      'the demo has a matured non-performing loan within its limitation period and with a collection case',
    ).not.toBe('');
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
  /** Sets an Ant Design date picker by typing the date and confirming it. */
  const pickDate = async (c: ConsolePage, scope: string, id: string, date: string) => {
    const input = c.page.locator(`${scope} #${id}`);
    await input.click();
    await input.fill(date);
    await input.press('Enter');
    // Close the calendar before the dialog goes, as a user clicking elsewhere would.
    await c.page.locator('.ant-modal-title').click();
    await c.page
      .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
      .waitFor({ state: 'hidden' });
  };

  it('records a demand, a litigation with its filing and a recovery plan; refuses bad input inline', async () => {
    const c = await newPage();
    const posts: string[] = [];
    c.page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/v1/')) posts.push(new URL(r.url()).pathname);
    });
    await c.open('/login');
    await c.login('officer.a', DEMO_PASSWORD);
    await c.waitForShell();
    await c.open(`/loans/${matured}`);
    await c.page.getByRole('tab', { name: '处置' }).click();
    await c.page.locator('[data-testid=recovery-tab]').waitFor();
    const endsBefore = await c.page.locator('[data-testid=limitation-ends]').textContent();
    posts.length = 0;

    // 1. A demand: a date after the business date is refused under the field, nothing is sent.
    await c.page.locator('[data-testid=record-demand]').click();
    const demand = '[data-testid=demand-form]';
    await c.page.locator(demand).waitFor();
    await c.page.locator(`${demand} #evidence`).fill('催收函 2026-催字-017 及签收回执');
    await pickDate(c, demand, 'date', '2026-12-01');
    await c.page.locator('[data-testid=demand-form-ok]').click();
    await c.page.getByText('不能晚于营业日 2026-11-22').waitFor();
    await c.screenshot(`recovery-${engine}-demand-refused`);
    expect(posts).toEqual([]);
    await pickDate(c, demand, 'date', BUSINESS_DATE);
    await c.page.locator('[data-testid=demand-form-ok]').click();
    await c.page.locator(demand).waitFor({ state: 'detached' });
    await c.page.waitForFunction(
      (d) => document.querySelector('[data-testid=limitation-restarted]')?.textContent === `${d} 催收主张`,
      BUSINESS_DATE,
    );
    expect(await c.page.locator('[data-testid=limitation-ends]').textContent()).not.toBe(endsBefore);
    expect(await c.page.locator('[data-testid=limitation-ends]').textContent()).toBe('2029-11-22');
    expect(await c.page.locator('[data-testid=demands]').textContent()).toContain('催收函 2026-催字-017');

    // 2. A litigation: three decimals refused inline; then handed over and its filing recorded.
    posts.length = 0;
    await c.page.locator('[data-testid=open-litigation]').click();
    const open = '[data-testid=litigation-open-form]';
    await c.page.locator(`${open} #lawyer`).fill('北京某律师事务所 王律师');
    await c.page.locator(`${open} #claimAmount`).fill('12000.005');
    await c.page.locator('[data-testid=litigation-open-form-ok]').click();
    await c.page.getByText('金额最多两位小数').waitFor();
    expect(posts).toEqual([]);
    await c.page.locator(`${open} #claimAmount`).fill('12000.00');
    await c.page.locator('[data-testid=litigation-open-form-ok]').click();
    await c.page.locator(open).waitFor({ state: 'detached' });
    const litigation = c.page.locator('[data-testid=litigation-case]');
    await litigation.waitFor();
    expect(await litigation.textContent()).toContain('王律师');

    await c.page.locator('[data-testid=litigation-step]').click();
    const step = '[data-testid=litigation-step-form]';
    await c.page.locator(step).waitFor();
    // The first stage offered after the handover is the filing, which needs court and case number.
    await c.page.locator('[data-testid=litigation-step-form-ok]').click();
    await c.page.locator(`${step} .ant-form-item-explain-error`).first().waitFor();
    expect(await c.page.locator(`${step} .ant-form-item-explain-error`).count()).toBe(2);
    await c.page.locator(`${step} #court`).fill('北京市朝阳区人民法院');
    await c.page.locator(`${step} #caseNo`).fill('(2026)京0105民初1234号');
    await c.page.locator(`${step} #cost`).fill('350.00');
    await c.page.locator('[data-testid=litigation-step-form-ok]').click();
    await c.page.locator(step).waitFor({ state: 'detached' });
    await c.page.waitForFunction(() =>
      /立案/.test(document.querySelector('[data-testid=litigation-case]')?.textContent ?? ''),
    );
    expect(await litigation.textContent()).toContain('(2026)京0105民初1234号');
    expect(await litigation.textContent()).toContain('350.00');

    // 3. The recovery plan: a target date before the business date is refused, then the plan is created.
    posts.length = 0;
    await c.page.locator('[data-testid=create-plan]').click();
    const plan = '[data-testid=plan-form]';
    await c.page.locator(plan).waitFor();
    await c.page.locator(`${plan} #targetAmount`).fill('8000.00');
    await pickDate(c, plan, 'targetDate', '2026-11-01');
    await c.page.locator(`${plan} #summary`).fill('借款人有稳定租金收入，先协商还款，不成则申请执行');
    await c.page.locator('[data-testid=measure-0-description]').fill('上门走访借款人，协商还款计划');
    await c.page.locator('[data-testid=plan-form-ok]').click();
    await c.page.getByText('不能早于营业日 2026-11-22').waitFor();
    expect(posts).toEqual([]);
    await pickDate(c, plan, 'targetDate', '2027-06-30');
    await c.screenshot(`recovery-${engine}-plan-form`);
    await c.page.locator('[data-testid=plan-form-ok]').click();
    await c.page.locator(plan).waitFor({ state: 'detached' });
    const created = c.page.locator('[data-testid=recovery-plan]');
    await created.waitFor();
    expect(await created.textContent()).toContain('2027-06-30');
    expect(await created.textContent()).toContain('上门走访借款人');
    expect(posts).toEqual([`/api/v1/loans/${matured}/recovery-plan`]);
    // Reviewing is offered on the active plan, and no second plan.
    expect(await c.page.locator('[data-testid=review-plan]').count()).toBe(1);
    expect(await c.page.locator('[data-testid=create-plan]').count()).toBe(0);
    await c.screenshot(`recovery-${engine}-recorded`);
    // rc-component/trigger's development-only check (process.env.NODE_ENV !== 'production') logs this when
    // the first date picker of the plan dialog opens; the production build has no such check. Not yet
    // traced to its cause; anything else logged fails the test.
    expect(
      c.errors.filter((e) => !/trigger element and popup element should in same shadow root/.test(e)),
    ).toEqual([]);
  });
});
