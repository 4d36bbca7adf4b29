import { readFileSync } from 'node:fs';
import { testEngines } from '@daihou/db/testing';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CustomerPage,
  CustomerView,
  EodRun,
  EodRunList,
  LoanPage,
  OverdueDebtors,
  Portfolio,
  PortfolioTrend,
} from '../src/api/types';
import { browserTestsSkipped, launchChromium, SHOTS } from './support/browser';
import { ConsolePage } from './support/console-page';
import {
  BUSINESS_DATE,
  type ConsoleServer,
  DEMO_PASSWORD,
  startConsoleServer,
} from './support/console-server';

/**
 * The console's operations pages in Chromium against the real server (small demo): the end-of-day page
 * (business date, runs, a run started from the page and followed to completion, no button without
 * eod:run), the customer 360 page, the register's export to Excel, and the dashboard's trend, largest
 * debtors and branch drill-down. Expected figures come from the API and are formatted here, independently
 * of the console's formatting code.
 */

const yuanText = (s: string): string => {
  const [whole, cents] = s.split('.');
  return `¥${BigInt(whole!).toLocaleString('en-US')}.${cents}`;
};

const percentText = (ratio: string | null): string => {
  if (ratio === null) return '—';
  const [whole, frac = ''] = ratio.split('.');
  const hundredths = BigInt(whole!) * 10_000n + BigInt(frac.padEnd(4, '0'));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}%`;
};

const nextDate = (d: string): string => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

describe.skipIf(browserTestsSkipped).each(testEngines())('operations pages in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const newPage = async (): Promise<ConsolePage> => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    contexts.push(context);
    return new ConsolePage(await context.newPage(), server.url);
  };
  const signIn = async (username: string, path: string): Promise<ConsolePage> => {
    const c = await newPage();
    await c.open(path);
    await c.login(username, DEMO_PASSWORD);
    await c.waitForShell();
    return c;
  };

  /** Runs end of day through the API (as another user might) and waits for it to finish. */
  const runEodByApi = async (date: string) => {
    expect(await server.post('risk.head', '/api/v1/eod/runs', { date })).toBe(202);
    await expect
      .poll(async () => (await server.api<EodRun>('auditor', `/api/v1/eod/runs/${date}`)).status, {
        timeout: 60_000,
        interval: 200,
      })
      .toBe('completed');
  };

  beforeAll(async () => {
    server = await startConsoleServer(engine, 60);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('a role without eod:run sees the business date and the runs, and no button', async () => {
    const c = await signIn('auditor', '/eod');
    await c.page.waitForURL(/\/eod$/);
    await expect
      .poll(() => c.page.locator('[data-testid=eod-business-date]').textContent())
      .toBe(BUSINESS_DATE);
    await c.page.getByText('尚未执行过日终').first().waitFor();
    expect(await c.page.locator('[data-testid=eod-run]').count()).toBe(0);
    await c.page.locator('[data-testid=eod-no-permission]').waitFor();
    await c.screenshot(`ops-${engine}-eod-auditor-empty`);
    // A role without eod:read does not have the menu entry, and the URL shows 403.
    const m = await signIn('manager.a', '/eod');
    await m.page.getByText('无权访问此页面').waitFor();
    expect(await m.menuLabels()).not.toContain('日终批处理');
    expect([...c.errors, ...m.errors]).toEqual([]);
  });

  it('an administrator runs end of day from the page and sees it complete with the business date moved', async () => {
    const c = await signIn('admin', '/eod');
    const run = c.page.locator('[data-testid=eod-run]');
    await run.click();
    await c.page.locator('.ant-modal-confirm-title', { hasText: '确认执行日终？' }).waitFor();
    const body = c.page.locator('.ant-modal-confirm-content');
    expect(await body.textContent()).toContain(`将对营业日 ${BUSINESS_DATE} 执行日终`);
    expect(await body.textContent()).toContain(`完成后营业日期变为 ${nextDate(BUSINESS_DATE)}`);
    await c.screenshot(`ops-${engine}-eod-confirm`);
    await c.page.locator('[data-testid=eod-confirm]').click();
    await c.page.locator('[data-testid=eod-completed]').waitFor({ timeout: 60_000 });
    const next = nextDate(BUSINESS_DATE);
    await expect.poll(() => c.page.locator('[data-testid=eod-business-date]').textContent()).toBe(next);
    await expect.poll(() => c.page.locator('[data-testid=business-date]').textContent()).toContain(next);

    const api = await server.api<EodRun>('admin', `/api/v1/eod/runs/${BUSINESS_DATE}`);
    expect(api.status).toBe('completed');
    expect(await c.page.locator('[data-testid=eod-loans-evaluated]').textContent()).toBe(
      api.loansEvaluated.toLocaleString('en-US'),
    );
    const list = await server.api<EodRunList>('admin', '/api/v1/eod/runs');
    expect(list.businessDate).toBe(next);
    // The runs table: one row per run, the latest run at the top.
    const rows = c.page.locator('[data-testid=eod-runs] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(list.total);
    expect(await rows.first().locator('td').first().textContent()).toBe(BUSINESS_DATE);
    expect(await c.page.locator('[data-testid=eod-latest]').textContent()).toContain(BUSINESS_DATE);
    expect(await c.page.locator('[data-testid=eod-partitions] tbody tr.ant-table-row').count()).toBe(
      api.partitionList.length,
    );
    expect(await c.page.locator('[data-testid=eod-steps] tbody tr.ant-table-row').count()).toBe(
      api.steps.length,
    );
    await c.screenshot(`ops-${engine}-eod-completed`);

    // Starting the same (now past) date again is refused, and the refusal is shown on the page.
    const status = await server.post('admin', '/api/v1/eod/runs', { date: BUSINESS_DATE });
    expect(status).toBe(400);
    expect(c.errors).toEqual([]);
  });

  it('the dashboard’s trend and largest overdue debtors equal the API, and a branch drills down to its loans', async () => {
    // Two more days closed, so the trend has three points.
    let date = nextDate(BUSINESS_DATE);
    for (let i = 0; i < 2; i++) {
      await runEodByApi(date);
      date = nextDate(date);
    }
    const c = await signIn('risk.head', '/dashboard');
    await c.page.waitForURL(/\/dashboard$/);
    const trend = await server.api<PortfolioTrend>('risk.head', '/api/v1/reports/portfolio-trend');
    expect(trend.points).toHaveLength(3);
    await c.page.locator('[data-testid=trend-card] canvas').first().waitFor();
    await c.screenshot(`ops-${engine}-dashboard-trend`);
    await c.page.locator('[data-testid=trend-table-tab]').click();
    const trendRows = c.page.locator('[data-testid=trend-table] tbody tr.ant-table-row');
    await expect.poll(() => trendRows.count()).toBe(3);
    const shown = await trendRows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
    );
    expect(shown).toEqual(
      [...trend.points]
        .reverse()
        .map((p) => [
          p.date,
          p.loans.toLocaleString('en-US'),
          yuanText(p.principalOwed),
          percentText(p.nplRatio),
          percentText(p.overdueRate),
        ]),
    );
    // Each trend point is the end-of-day report of its date.
    for (const p of trend.points) {
      const report = await server.api<Portfolio>('risk.head', `/api/v1/reports/portfolio?asOf=${p.date}`);
      expect([report.principalOwed, report.nplRatio, report.loans]).toEqual([
        p.principalOwed,
        p.nplRatio,
        p.loans,
      ]);
    }

    const debtors = await server.api<OverdueDebtors>('risk.head', '/api/v1/reports/largest-overdue-debtors');
    expect(debtors.items.length).toBeGreaterThan(0);
    const debtorRows = c.page.locator('[data-testid=debtors-table] tbody tr.ant-table-row');
    await expect.poll(() => debtorRows.count()).toBe(debtors.items.length);
    const debtorCells = await debtorRows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
    );
    expect(debtorCells).toEqual(
      debtors.items.map((d, i) => [
        String(i + 1),
        d.name,
        d.branchId,
        String(d.overdueLoans),
        yuanText(d.overduePrincipal),
        yuanText(d.principalOwed),
        String(d.maxDpd),
      ]),
    );

    // The branch picker (GET /branches): branch A's figures, debtors and sub-branches follow.
    await c.pickBranch('A');
    await c.page.waitForURL(/branchId=A$/);
    const reportA = await server.api<Portfolio>('risk.head', '/api/v1/reports/portfolio?branchId=A');
    await expect.poll(() => c.kpi('principalOwed')).toBe(yuanText(reportA.principalOwed));
    const debtorsA = await server.api<OverdueDebtors>(
      'risk.head',
      '/api/v1/reports/largest-overdue-debtors?branchId=A',
    );
    await expect
      .poll(async () => (await debtorRows.locator('td:nth-child(2)').allTextContents()).map((s) => s.trim()))
      .toEqual(debtorsA.items.map((d) => d.name));
    const subBranches = c.page.locator('[data-testid=branch-table] tbody tr.ant-table-row');
    await expect.poll(() => subBranches.count()).toBeGreaterThan(0);
    const firstSub = ((await subBranches.first().locator('td').first().textContent()) ?? '')
      .trim()
      .split(' ')[0]!;
    const subReport = await server.api<Portfolio>(
      'risk.head',
      `/api/v1/reports/portfolio?branchId=${firstSub}`,
    );
    await expect
      .poll(async () => ((await subBranches.first().locator('td:nth-child(3)').textContent()) ?? '').trim())
      .toBe(yuanText(subReport.principalOwed));
    await c.screenshot(`ops-${engine}-dashboard-branch-a`);
    // Drill-down: the sub-branch's loans in the register.
    await subBranches.first().locator('[data-testid=branch-loans]').click();
    await c.page.waitForURL(new RegExp(`/loans\\?branchId=${firstSub}&status=active`));
    const loans = await server.api<LoanPage>(
      'risk.head',
      `/api/v1/loans?branchId=${firstSub}&status=active&page=1&pageSize=20`,
    );
    expect(await c.tableLinks('loan-table')).toEqual(loans.items.map((l) => l.loanNo));
    expect(c.errors).toEqual([]);
  });

  it('customer 360 shows the customer’s loans as the API has them, linked from the list and the loan page', async () => {
    const c = await signIn('officer.a', '/customers');
    const customers = await server.api<CustomerPage>('officer.a', '/api/v1/customers?page=1&pageSize=20');
    const withLoans = customers.items.find((x) => x.activeLoans > 0)!;
    await c.page.locator('[data-testid=customer-link]', { hasText: withLoans.name }).first().click();
    await c.page.waitForURL(new RegExp(`/customers/${withLoans.id}$`));
    const view = await server.api<CustomerView>('officer.a', `/api/v1/customers/${withLoans.id}`);
    await c.page.locator('[data-testid=customer-loans] tbody tr.ant-table-row').first().waitFor();
    const rows = await c.page
      .locator('[data-testid=customer-loans] tbody tr.ant-table-row')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')].slice(0, 5).map((td) => (td.textContent ?? '').trim()),
        ),
      );
    expect(rows).toEqual(
      view.loans
        .slice(0, 20)
        .map((l) => [l.loanNo, l.branchId, yuanText(l.principal), yuanText(l.principalOwed), String(l.dpd)]),
    );
    expect(await c.page.locator('[data-testid=customer-principal-owed]').textContent()).toBe(
      yuanText(view.principalOwed),
    );
    // Masked until the audited unmask, then in full.
    expect(await c.page.locator('[data-testid=customer-id-number]').textContent()).toBe(view.idNumber);
    expect(view.idNumber).toContain('*');
    await c.screenshot(`ops-${engine}-customer-360`);
    await c.page.locator('[data-testid=customer-unmask]').click();
    await expect
      .poll(() => c.page.locator('[data-testid=customer-id-number]').textContent())
      .not.toContain('*');
    await c.page.getByText('完整信息（已记入审计）').waitFor();
    for (const tab of ['担保', '抵质押物', '联系记录', '事件']) {
      await c.page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    }
    await c.screenshot(`ops-${engine}-customer-360-events`);

    // From a loan page, the customer's name opens the same view.
    await c.open(`/loans/${view.loans[0]!.id}`);
    await c.page.locator('[data-testid=loan-customer-link]').click();
    await c.page.waitForURL(new RegExp(`/customers/${withLoans.id}$`));
    await c.page.locator('[data-testid=customer-title]', { hasText: view.name }).waitFor();
    // A reviewer (no customers:unmask) has no unmask button.
    const r = await signIn('reviewer.a', `/customers/${withLoans.id}`);
    await r.page.locator('[data-testid=customer-loans]').waitFor();
    expect(await r.page.locator('[data-testid=customer-unmask]').count()).toBe(0);
    expect([...c.errors, ...r.errors]).toEqual([]);
  });

  it('exports the register of the current filters to an .xlsx with the API’s row count', async () => {
    const c = await signIn('manager.a', '/loans?bucket=M0&status=active');
    const api = await server.api<LoanPage>('manager.a', '/api/v1/loans?bucket=M0&status=active&pageSize=1');
    expect(api.total).toBeGreaterThan(0);
    await c.page.locator('[data-testid=loan-table] tbody tr.ant-table-row').first().waitFor();
    const [download] = await Promise.all([
      c.page.waitForEvent('download'),
      c.page.locator('[data-testid=loan-export]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^loan-register-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = `${SHOTS}/ops-${engine}-export.xlsx`;
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('贷款台账')!;
    expect(sheet.rowCount - 1).toBe(api.total);
    expect(sheet.getRow(1).getCell(1).value).toBe('借据号');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const buckets = new Set(sheet.getColumn(21).values.slice(2));
    expect([...buckets]).toEqual(['M0']);
    const ids = sheet.getColumn(25).values.slice(2) as string[];
    expect(ids.every((v) => v.includes('*'))).toBe(true);
    await c.page.getByText(`已导出 ${api.total.toLocaleString('en-US')} 笔贷款`).waitFor();
    await c.screenshot(`ops-${engine}-loans-export`);
    // A bad filter in the URL: the API's refusal is shown, no file.
    await c.open('/loans?bucket=M9');
    await c.page.locator('[data-testid=loan-export]').click();
    await c.page.locator('[data-testid=loan-export-error]').waitFor();
    expect(c.errors.every((e) => /400/.test(e))).toBe(true);
  });
});
