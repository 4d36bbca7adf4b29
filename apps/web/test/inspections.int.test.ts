import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../cli/src/demo/demo-organisation';
import type { LoanDetail, LoanPage } from '../src/api/types';
import type { TaskDetail, TaskPage } from '../src/features/inspections/api';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import {
  BUSINESS_DATE,
  type ConsoleServer,
  DEMO_PASSWORD,
  startConsoleServer,
} from './support/console-server';

/**
 * Issue #6's walk-through in Chromium on the demo: the first end of day plans first inspections for the
 * two loans disbursed a day or two before the business date; the account manager finds one in 我的检查任务
 * (list and calendar), is refused an empty report inline, fills and submits it; a credit reviewer signs it
 * from the review queue and the task is done. A returned report shows its comments to the author, who
 * revises and submits again. Key customers: a manual flag asked for in the console is pending, and once
 * approved the 重点 badge shows on the loan list and the loan page.
 */

const NEXT_DAY = '2026-11-23';
/** A 1×1 PNG: the archive checks the bytes against the declared type. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const usernameOf = (displayName: string | null): string => {
  const u = DEMO_USERS.find((x) => x.displayName === displayName);
  if (!u) throw new Error(`no demo user named ${displayName}`);
  return u.username;
};

describe.skipIf(browserTestsSkipped).each(testEngines())(
  'inspections console in Chromium on %s',
  (engine) => {
    let server: ConsoleServer;
    let browser: Browser;
    let firstTasks: TaskPage['items'];
    const contexts: BrowserContext[] = [];

    const newPage = async (): Promise<ConsolePage> => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      contexts.push(context);
      return new ConsolePage(await context.newPage(), server.url);
    };
    const signIn = async (username: string, path = '/'): Promise<ConsolePage> => {
      const c = await newPage();
      await c.open(path);
      await c.login(username, DEMO_PASSWORD);
      await c.waitForShell();
      return c;
    };
    const task = (id: string) => server.api<TaskDetail>('admin', `/api/v1/inspections/tasks/${id}`);

    beforeAll(async () => {
      server = await startConsoleServer(engine);
      browser = await launchChromium();
      // The first end of day of the demo, as an administrator starts it (POST /eod/runs, in the background).
      expect(await server.post('admin', '/api/v1/eod/runs', { date: BUSINESS_DATE })).toBe(202);
      for (let i = 0; ; i++) {
        const run = await server.api<{ status: string }>('admin', `/api/v1/eod/runs/${BUSINESS_DATE}`);
        if (run.status === 'completed') break;
        if (run.status === 'failed' || i > 240) throw new Error(`end of day: ${JSON.stringify(run)}`);
        await new Promise((r) => setTimeout(r, 1_000));
      }
      firstTasks = (
        await server.api<TaskPage>('admin', '/api/v1/inspections/tasks?assignee=all&kind=first&pageSize=50')
      ).items;
    }, 400_000);

    afterAll(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      await server?.close();
    });

    it('plans a first inspection for each fresh disbursement, due 3 days (self payment) or 7 days after it', async () => {
      expect(firstTasks.length).toBeGreaterThanOrEqual(2);
      for (const t of firstTasks) {
        const loan = await server.api<LoanDetail>('admin', `/api/v1/loans/${t.loanId}`);
        const days = loan.paymentMode === 'self' ? 3 : 7;
        const due = new Date(`${loan.disbursementDate}T00:00:00Z`);
        due.setUTCDate(due.getUTCDate() + days);
        expect(t).toMatchObject({ status: 'open', dueDate: due.toISOString().slice(0, 10), origin: 'rule' });
        expect(t.assigneeName).not.toBeNull();
      }
    });

    it('the manager fills the report (an empty one refused inline), a reviewer signs it, the task is done', async () => {
      const target = firstTasks[0]!;
      const manager = usernameOf(target.assigneeName);
      const c = await signIn(manager);
      await c.clickMenu('贷后检查');
      await c.page.waitForURL(/\/inspections$/);
      const row = c.page.locator('[data-testid=task-table] tbody tr', { hasText: target.loanNo! });
      await row.waitFor();
      expect(await row.textContent()).toContain('首次检查');
      await c.screenshot(`inspections-${engine}-my-tasks`);
      // The calendar shows it on its due date.
      await c.page.getByText('日历', { exact: true }).click();
      await c.page.locator('[data-testid=calendar-task]').first().waitFor();
      const cell = c.page.locator(`td[title="${target.dueDate}"] [data-testid=calendar-task]`);
      expect(await cell.count()).toBeGreaterThanOrEqual(1);
      await c.screenshot(`inspections-${engine}-calendar`);
      await c.page.getByText('列表', { exact: true }).click();

      await c.page.locator(`[data-testid=open-task-${target.id}]`).click();
      await c.page.waitForURL(new RegExp(`/inspections/tasks/${target.id}$`));
      const form = c.page.locator('[data-testid=report-form]');
      await form.waitFor();
      const loan = await server.api<LoanDetail>('admin', `/api/v1/loans/${target.loanId}`);
      expect(await c.page.locator('[data-testid=loan-purpose]').textContent()).toBe(loan.purpose);
      await c.screenshot(`inspections-${engine}-report-form`);

      // An empty report: refused in the form, naming the required findings; nothing is sent.
      await c.page.locator('[data-testid=submit-report]').click();
      await c.page.getByText('请选择贷款资金使用情况的检查结论').waitFor();
      await c.page.getByText('请填写贷款资金使用情况的检查情况').waitFor();
      await c.page.getByText('请填写风险评价意见').waitFor();
      await c.screenshot(`inspections-${engine}-report-refused`);
      expect((await task(target.id)).status).toBe('open');

      // Fill it in: use of funds, the finances with figures (ratios computed as typed), the opinion.
      const area = (name: string) => c.page.locator(`[data-testid=area-${name}]`);
      await area('useOfFunds').getByText('正常', { exact: true }).click();
      await area('useOfFunds')
        .getByRole('textbox')
        .fill('资金已按合同约定用于购置经营设备，核对发票与付款凭证一致。');
      await area('finances').getByText('关注', { exact: true }).click();
      await area('finances').getByRole('textbox').first().fill('负债率偏高，流动性尚可。');
      await c.page.getByLabel('资产总额').fill('3000000');
      await c.page.getByLabel('负债总额').fill('2000000');
      await c.page.getByLabel('流动资产').fill('150');
      await c.page.getByLabel('流动负债').fill('100');
      await expect.poll(() => c.page.locator('[data-testid=ratio-debtToAsset]').textContent()).toBe('66.67%');
      expect(await c.page.locator('[data-testid=ratio-currentRatio]').textContent()).toBe('150.00%');
      // A bad amount is refused on its field.
      await c.page.getByLabel('流动负债').fill('1.005');
      await c.page.getByText('请输入金额（元），最多两位小数').waitFor();
      await c.page.getByLabel('流动负债').fill('100');
      await c.page.getByLabel('风险评价意见').fill('借款人经营正常，资金用途合规，风险可控。');
      await c.page.getByLabel('拟采取的措施').fill('按期开展定期检查。');
      // Attachments: a page of HTML is refused at once and never listed; a site photo is kept for filing.
      const picker = c.page.locator('[data-testid=attachments] input[type=file]');
      await picker.setInputFiles({
        name: '网页.html',
        mimeType: 'text/html',
        buffer: Buffer.from('<html></html>'),
      });
      await c.page.locator('[data-testid=attachment-refused]').waitFor();
      expect(await c.page.locator('[data-testid=attachment-refused]').textContent()).toContain('网页.html');
      await picker.setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
      await c.page.locator('[data-testid=attachments] li', { hasText: '现场照片.png' }).waitFor();
      expect(await c.page.locator('[data-testid=attachments] li').count()).toBe(1);
      await c.screenshot(`inspections-${engine}-report-filled`);
      await c.page.locator('[data-testid=submit-report]').click();
      await c.page.getByText('报告已提交，等待审核').waitFor();
      await expect.poll(async () => (await task(target.id)).status).toBe('submitted');
      const submitted = (await task(target.id)).reports[0]!;
      expect(submitted).toMatchObject({
        author: manager,
        inspectedOn: NEXT_DAY,
        debtToAssetPercent: '66.67',
        currentRatioPercent: '150.00',
        findings: { useOfFunds: { assessment: 'normal' } },
      });
      // The author has no review buttons (nor the permission).
      expect(await c.page.locator('[data-testid=review-panel]').count()).toBe(0);
      expect(c.errors).toEqual([]);

      // The reviewer: the queue, the report, sign with a comment.
      const r = await signIn('reviewer.hq');
      await r.clickMenu('检查报告审核');
      await r.page.waitForURL(/\/inspection-review$/);
      await r.page.locator('[data-testid=review-queue] tbody tr', { hasText: target.loanNo! }).waitFor();
      await r.screenshot(`inspections-${engine}-review-queue`);
      await r.page.locator(`[data-testid=open-task-${target.id}]`).click();
      await r.page.locator('[data-testid=review-panel]').waitFor();
      expect(await r.page.locator('[data-testid=report-form]').count()).toBe(0);
      await r.screenshot(`inspections-${engine}-review`);
      await r.page.getByLabel('审核意见').fill('同意。');
      await r.page.locator('[data-testid=approve-report]').click();
      await r.page.getByText('报告已签批，任务完成').waitFor();
      await r.page.locator('[data-testid=report-decision]').waitFor();
      await r.screenshot(`inspections-${engine}-signed`);
      const done = await task(target.id);
      expect(done).toMatchObject({ status: 'approved', completedOn: NEXT_DAY });
      expect(done.reports[0]).toMatchObject({
        status: 'approved',
        reviewer: 'reviewer.hq',
        comments: '同意。',
      });
      expect(done.reports[0]!.signedAt).not.toBeNull();
      // The photo is the report's attachment, shown on it; the signed PDF and the photo are in the archive.
      await r.page
        .locator(`[data-testid=report-attachments-${submitted.id}]`, { hasText: '现场照片' })
        .waitFor();
      await r.open(`/customers/${done.customerId}/archive`);
      const archive = r.page.locator('[data-testid=archive-table]');
      await archive.locator('tr', { hasText: `贷后检查报告 JC-${submitted.id.padStart(8, '0')}` }).waitFor();
      await archive.locator('tr', { hasText: '现场照片' }).waitFor();
      await r.screenshot(`inspections-${engine}-archive`);
      const docs = (
        await server.api<{
          documents: { title: string; stage: string; inspectionReportId: string | null }[];
        }>('reviewer.hq', `/api/v1/customers/${done.customerId}/archive`)
      ).documents.filter((d) => d.inspectionReportId === submitted.id);
      expect(docs.map((d) => d.stage)).toEqual(['inspection', 'inspection']);
      expect(r.errors).toEqual([]);
    }, 240_000);

    it('a returned report shows its comments to the author, who revises and submits again', async () => {
      const target = firstTasks[1]!;
      const manager = usernameOf(target.assigneeName);
      expect(
        await server.post(manager, `/api/v1/inspections/tasks/${target.id}/report`, {
          mode: 'offsite',
          inspectedOn: NEXT_DAY,
          findings: { useOfFunds: { assessment: 'normal', note: '电话核实资金用途。' } },
          riskOpinion: '正常。',
        }),
      ).toBe(201);
      const r = await signIn('reviewer.hq', `/inspections/tasks/${target.id}`);
      await r.page.locator('[data-testid=review-panel]').waitFor();
      // A return needs comments: refused on the field, nothing sent.
      await r.page.locator('[data-testid=return-report]').click();
      await r.page.getByText('退回时须填写审核意见').waitFor();
      expect((await task(target.id)).status).toBe('submitted');
      await r.page.getByLabel('审核意见').fill('首次检查须现场核实，请补充资金流向凭证。');
      await r.page.locator('[data-testid=return-report]').click();
      await r.page.getByText('报告已退回给撰写人').waitFor();
      await expect.poll(async () => (await task(target.id)).status).toBe('returned');

      const c = await signIn(manager, `/inspections/tasks/${target.id}`);
      const comments = c.page.locator('[data-testid=return-comments]');
      await comments.waitFor();
      expect(await comments.textContent()).toBe('首次检查须现场核实，请补充资金流向凭证。');
      // The form starts from the returned report.
      const note = c.page.locator('[data-testid=area-useOfFunds]').getByRole('textbox');
      expect(await note.inputValue()).toBe('电话核实资金用途。');
      await c.screenshot(`inspections-${engine}-returned`);
      await c.page.getByText('现场检查', { exact: true }).click();
      await note.fill('现场核实：资金已支付给合同约定的交易对手，凭证齐全。');
      await c.page.locator('[data-testid=submit-report]').click();
      await c.page.getByText('报告已提交，等待审核').waitFor();
      await expect.poll(async () => (await task(target.id)).status).toBe('submitted');
      const reports = (await task(target.id)).reports;
      expect(reports.map((x) => x.status)).toEqual(['returned', 'submitted']);
      expect(reports[1]).toMatchObject({ mode: 'onsite', author: manager });
      expect(c.errors).toEqual([]);
      expect(r.errors).toEqual([]);
    }, 240_000);

    it('shows a server refusal on the field it names', async () => {
      const open = (
        await server.api<TaskPage>(
          'admin',
          '/api/v1/inspections/tasks?assignee=all&status=open&kind=adhoc&pageSize=1',
        )
      ).items[0];
      expect(open).toBeDefined();
      const manager = usernameOf(open!.assigneeName);
      const c = await signIn(manager, `/inspections/tasks/${open!.id}`);
      await c.page.locator('[data-testid=report-form]').waitFor();
      // The server is the last word: a refusal it names a field for lands on that field.
      await c.page.route('**/api/v1/inspections/tasks/*/report', (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: { code: 'bad_input', message: 'riskOpinion: refused by the server', field: 'riskOpinion' },
          }),
        }),
      );
      const area = (name: string) => c.page.locator(`[data-testid=area-${name}]`);
      await area('operations').getByText('关注', { exact: true }).click();
      await area('operations').getByRole('textbox').fill('已逾期，经营下滑。');
      if ((await area('finances').getByText('必填').count()) > 0) {
        await area('finances').getByText('关注', { exact: true }).click();
        await area('finances').getByRole('textbox').first().fill('收入下降。');
        for (const label of ['资产总额', '负债总额', '流动资产', '流动负债'])
          await c.page.getByLabel(label).fill('100');
      }
      await c.page.getByLabel('风险评价意见').fill('风险上升。');
      await c.page.locator('[data-testid=submit-report]').click();
      await c.page
        .locator('[data-testid=risk-opinion] .ant-form-item-explain-error', {
          hasText: 'refused by the server',
        })
        .waitFor();
      expect((await task(open!.id)).status).toBe('open');
      // The intercepted 400 is the only console error.
      expect(c.errors.every((e) => /400/.test(e))).toBe(true);
    }, 120_000);

    it('asks for a manual key-customer flag (pending), and once approved the 重点 badge shows', async () => {
      const loans = await server.api<LoanPage>('manager.a', '/api/v1/loans?pageSize=20&status=active');
      const loan = loans.items.find((l) => !l.isKeyCustomer)!;
      const c = await signIn('manager.a');
      await c.clickMenu('重点客户');
      await c.page.waitForURL(/\/key-customers$/);
      await c.page.locator('[data-testid=ask-key-flag]').click();
      const dialog = c.page.getByRole('dialog');
      await dialog.waitFor();
      // Refused in the form without a customer and a reason.
      await dialog.getByRole('button', { name: /提交审批/ }).click();
      await dialog.getByText('请选择客户').waitFor();
      await dialog.getByText('请填写认定理由').waitFor();
      await dialog.getByRole('combobox', { name: '客户' }).fill(loan.customerNo);
      await c.page.locator('.ant-select-item-option', { hasText: loan.customerNo }).click();
      await dialog.getByLabel('认定理由').fill('本行战略合作客户，经分行贷审会认定。');
      await c.screenshot(`inspections-${engine}-key-request`);
      await dialog.getByRole('button', { name: /提交审批/ }).click();
      await c.page.getByText(/已提交审批（申请 #\d+）/).waitFor();

      const pending = await server.api<{ items: { id: string; objectId: string; kind: string }[] }>(
        'head.a',
        '/api/v1/approvals?status=pending',
      );
      const request = pending.items.find(
        (a) => a.kind === 'key_customer_flag' && a.objectId === loan.customerId,
      );
      expect(request).toBeDefined();
      expect(await server.post('head.a', `/api/v1/approvals/${request!.id}/approve`, {})).toBe(200);

      await c.page.reload();
      const row = c.page.locator('[data-testid=key-customer-table] tbody tr', { hasText: loan.customerNo });
      await row.waitFor();
      expect(await row.textContent()).toContain('人工认定');
      expect(await row.textContent()).toContain('战略合作客户');
      await c.screenshot(`inspections-${engine}-key-customers`);
      await c.open(`/loans?q=${loan.loanNo}`);
      await c.page
        .locator('[data-testid=loan-table] tbody tr', { hasText: loan.loanNo })
        .locator('[data-testid=key-customer-badge]')
        .waitFor();
      await c.open(`/loans/${loan.id}`);
      await c.page.locator('[data-testid=key-customer-badge]').waitFor();
      await c.open('/customers');
      await c.page.locator('[data-testid=customer-table] [data-testid=key-customer-badge]').first().waitFor();
      expect(c.errors).toEqual([]);
    }, 180_000);
  },
);
