import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountManager, CustomerPage, CustomerView, LoanPage, Me, Portfolio } from '../src/api/types';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import { type ConsoleServer, DEMO_PASSWORD, startConsoleServer } from './support/console-server';

/**
 * The web console in Chromium against the real server (built console, demo portfolio, real sign-in):
 * roles see only their menu entries, the dashboard shows the API's figures, personal data stays masked,
 * the language switch sticks, a wrong password and an ended session are explained on the login page.
 * Expected figures are formatted here independently of the console's own formatting code.
 */

/** "95158279.79" → "¥95,158,279.79", by BigInt grouping rather than the console's regex. */
const yuanText = (s: string): string => {
  const [whole, cents] = s.split('.');
  return `¥${BigInt(whole!).toLocaleString('en-US')}.${cents}`;
};

/** "0.0953" → "9.53%": the API's ratios have at most four decimals, so two decimals of percent are exact. */
const percentText = (ratio: string): string => {
  const [whole, frac = ''] = ratio.split('.');
  expect(frac.length, `ratio ${ratio} has more than four decimals`).toBeLessThanOrEqual(4);
  const hundredths = BigInt(whole!) * 10_000n + BigInt(frac.padEnd(4, '0'));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}%`;
};

describe.skipIf(browserTestsSkipped).each(testEngines())('web console in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const newPage = async (): Promise<ConsolePage> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    return new ConsolePage(await context.newPage(), server.url);
  };

  beforeAll(async () => {
    server = await startConsoleServer(engine);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('serves the console at / with its CSP, and keeps /api answers as they were', async () => {
    const index = await fetch(`${server.url}/loans/1`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await index.text();
    const asset = /\/assets\/[\w.-]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const js = await fetch(`${server.url}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    const missingAsset = await fetch(`${server.url}/assets/missing-0000.js`);
    expect(missingAsset.status).toBe(404);
    const unknownApi = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(unknownApi.status).toBe(404);
    expect(await unknownApi.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('shows an inline error for a wrong password and stays on the login page', async () => {
    const c = await newPage();
    await c.open('/');
    await c.page.waitForURL(/\/login/);
    await c.screenshot(`${engine}-login`);
    await c.login('manager.a', 'not-the-password');
    expect(await c.loginError()).toBe('用户名或密码错误');
    expect(new URL(c.page.url()).pathname).toBe('/login');
    await c.screenshot(`${engine}-login-error`);
    // An empty form is refused in the form itself, before any request.
    await c.page.locator('#username').fill('');
    await c.page.locator('#password').fill('');
    await c.page.getByRole('button', { name: /登\s*录/ }).click();
    await c.page.getByText('请输入用户名').waitFor();
    expect(c.errors).toEqual([]);
  });

  it('an administrator sees the dashboard, loans and customers; the dashboard shows the API figures', async () => {
    const c = await newPage();
    await c.open('/');
    await c.login('admin', DEMO_PASSWORD);
    await c.page.waitForURL(/\/dashboard$/);
    expect(await c.menuLabels()).toEqual([
      '贷后驾驶舱',
      '贷款台账',
      '客户管理',
      '贷后检查',
      '重点客户',
      '审批中心',
      '离职移交',
      '日终批处理',
    ]);

    const report = await server.api<Portfolio>('admin', '/api/v1/reports/portfolio');
    expect(report.loans).toBeGreaterThan(0);
    expect(await c.kpi('principalOwed')).toBe(yuanText(report.principalOwed));
    expect(await c.kpi('nplRatio')).toBe(percentText(report.nplRatio!));
    expect(await c.kpi('loans')).toBe(report.loans.toLocaleString('en-US'));
    expect(await c.kpi('provisionCoverage')).toBe(percentText(report.provisionCoverage!));
    // The floor beside it is the one the API decided coverageMeetsFloor with, not a constant of the console.
    expect(report.coverageFloor).toBe('1.5000');
    expect(await c.page.locator('[data-testid=coverage-floor]').textContent()).toBe(
      `监管底线 ${percentText(report.coverageFloor)}`,
    );
    expect(await c.kpi('provisions')).toBe(yuanText(report.provisions.total));
    // The class table: one row per class, each amount as the API has it.
    const classAmounts = await c.page
      .locator('[data-testid=class-table] tbody tr.ant-table-row td:nth-child(3)')
      .allTextContents();
    expect(classAmounts).toEqual(report.byClassification.map((l) => yuanText(l.principalOwed)));
    await c.screenshot(`${engine}-dashboard-admin`);

    // A branch filter asks the API for that branch, and the figures follow.
    await c.pickBranch('A');
    const branchA = await server.api<Portfolio>('admin', '/api/v1/reports/portfolio?branchId=A');
    await expect.poll(() => c.kpi('principalOwed')).toBe(yuanText(branchA.principalOwed));
    expect(branchA.principalOwed).not.toBe(report.principalOwed);
    expect(c.errors).toEqual([]);
  });

  it('a collector sees loans and customers but no dashboard, and personal data masked', async () => {
    const c = await newPage();
    await c.open('/');
    await c.login('collector.b', DEMO_PASSWORD);
    await c.page.waitForURL(/\/loans$/);
    expect(await c.menuLabels()).toEqual(['贷款台账', '客户管理', '我的催收', '离职移交']);
    const me = await server.api<Me>('collector.b', '/api/v1/me');
    expect(me.permissions).not.toContain('reports:read');

    // The register: the API's first page, in the API's order, inside the collector's branch.
    const loans = await server.api<LoanPage>('collector.b', '/api/v1/loans?page=1&pageSize=20');
    expect(await c.tableLinks('loan-table')).toEqual(loans.items.map((l) => l.loanNo));
    await c.page.getByText(`共 ${loans.total} 条`).waitFor();
    // Each row names the borrower with the ID number and phone masked, exactly as the API gives them.
    expect(await c.column('loan-table', 'customer-masked')).toEqual(
      loans.items.map((l) => `${l.customerIdNumber}${l.customerPhone ? ` · ${l.customerPhone}` : ''}`),
    );
    for (const l of loans.items) {
      expect(l.customerIdNumber).toMatch(/\*{6,}/);
      if (l.customerPhone) expect(l.customerPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    await c.screenshot(`${engine}-loans-collector`);

    // Typed-in URL of a page the role may not open: a 403 page, not the data.
    await c.open('/dashboard');
    await c.page.getByText('无权访问此页面').waitFor();

    await c.open('/customers');
    const customers = await server.api<CustomerPage>('collector.b', '/api/v1/customers?page=1&pageSize=20');
    const ids = await c.column('customer-table', 'masked-id');
    const phones = await c.column('customer-table', 'masked-phone');
    expect(ids).toEqual(customers.items.map((x) => x.idNumber));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(id).toMatch(/\*{6,}/);
      expect(id).not.toMatch(/^\d{17}[\dX]$/);
    }
    for (const phone of phones.filter((p) => p !== '—')) expect(phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    await c.screenshot(`${engine}-customers-collector`);
    expect(c.errors).toEqual([]);
  });

  it('opens a loan with its schedule, and filters the register by bucket through the API', async () => {
    const c = await newPage();
    await c.open('/loans?bucket=M3,M4&sort=-dpd');
    await c.page.waitForURL(/\/login/);
    await c.login('manager.a', DEMO_PASSWORD);
    // After sign-in the console returns to the page that was asked for.
    await c.page.waitForURL(/\/loans\?bucket=M3%2CM4&sort=-dpd|\/loans\?bucket=M3,M4&sort=-dpd/);
    const overdue = await server.api<LoanPage>(
      'manager.a',
      '/api/v1/loans?bucket=M3,M4&sort=-dpd&pageSize=20',
    );
    expect(overdue.total).toBeGreaterThan(0);
    expect(await c.tableLinks('loan-table')).toEqual(overdue.items.map((l) => l.loanNo));

    const first = overdue.items[0]!;
    await c.page.getByRole('link', { name: first.loanNo }).click();
    await c.page.waitForURL(new RegExp(`/loans/${first.id}$`));
    await c.page.locator('[data-testid=schedule-table] tbody tr.ant-table-row').first().waitFor();
    await c.page.getByText('逾期', { exact: true }).first().waitFor();
    expect(await c.page.locator('[data-testid=loan-balances]').textContent()).toContain(
      yuanText(first.principalOwed),
    );
    // The borrower's contact details are masked on the loan page too.
    const customer = await server.api<CustomerView>('manager.a', `/api/v1/customers/${first.customerId}`);
    await expect
      .poll(async () => c.page.locator('[data-testid=loan-customer-id]').textContent())
      .toBe(customer.idNumber);
    expect(customer.idNumber).toMatch(/\*{6,}/);
    await c.screenshot(`${engine}-loan-page`);
    await c.page.getByRole('tab', { name: /担保与押品/ }).click();
    await c.page.getByText('抵质押物').waitFor();
    await c.screenshot(`${engine}-loan-security`);
    expect(c.errors).toEqual([]);
  });

  it('filters the register by method, loan amount and account manager through the API; a bad amount is refused inline', async () => {
    const c = await newPage();
    await c.open('/loans');
    await c.login('manager.a', DEMO_PASSWORD);
    await c.page.waitForURL(/\/loans$/);
    await c.page.locator('[data-testid=loan-method-filter]').click();
    await c.page.locator('.ant-select-item-option[title="等额本金"]').click();
    await c.page.keyboard.press('Escape');
    await c.page.waitForURL(/method=equal_principal/);
    // Not an amount: marked at once, and nothing is asked of the API (the URL keeps no bound).
    await c.page.locator('[data-testid=loan-amount-min]').fill('1.234');
    await c.page.locator('[data-testid=loan-amount-min]').press('Enter');
    await c.page.getByText('请输入金额（元），最多两位小数').waitFor();
    expect(await c.page.locator('[data-testid=loan-amount-min]').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(c.page.url()).searchParams.get('amountMin')).toBeNull();
    await c.page.locator('[data-testid=loan-amount-min]').fill('100000');
    await c.page.locator('[data-testid=loan-amount-min]').press('Enter');
    await c.page.waitForURL(/amountMin=100000/);
    // Both filters stay: the amount is added to the method, not put in its place.
    expect(new URL(c.page.url()).searchParams.get('method')).toBe('equal_principal');
    const expected = await server.api<LoanPage>(
      'manager.a',
      '/api/v1/loans?method=equal_principal&amountMin=100000&pageSize=20',
    );
    expect(expected.total).toBeGreaterThan(0);
    await expect.poll(() => c.tableLinks('loan-table')).toEqual(expected.items.map((l) => l.loanNo));
    await c.screenshot(`${engine}-loans-filtered`);

    // The account managers of manager.a's scope (branch A and its sub-branches), found by branch name.
    const managers = await server.api<{ items: AccountManager[] }>('manager.a', '/api/v1/account-managers');
    expect(new Set(managers.items.map((m) => m.branchId))).toEqual(new Set(['A', 'A01', 'A02']));
    const pick = managers.items.find((m) => m.branchId === 'A01')!;
    const pickLabel = `${pick.displayName}（${pick.branchName}）`;
    await c.page.locator('[data-testid=loan-manager-filter]').click();
    await c.page.keyboard.type('解放路');
    expect(await c.page.locator('.ant-select-item-option:visible').allTextContents()).toEqual([pickLabel]);
    await c.screenshot(`${engine}-loans-manager-search`);
    await c.page.locator(`.ant-select-item-option[title="${pickLabel}"]`).click();
    await c.page.waitForURL(new RegExp(`managerId=${pick.id}(&|$)`));
    const url = new URL(c.page.url()).searchParams;
    expect([url.get('method'), url.get('amountMin'), url.get('managerId')]).toEqual([
      'equal_principal',
      '100000',
      pick.id,
    ]);
    const theirs = await server.api<LoanPage>(
      'manager.a',
      `/api/v1/loans?method=equal_principal&amountMin=100000&managerId=${pick.id}&pageSize=20`,
    );
    expect(theirs.total).toBeGreaterThan(0);
    expect(theirs.total).toBeLessThan(expected.total);
    expect(theirs.items.every((l) => l.managerId === pick.id)).toBe(true);
    await expect.poll(() => c.tableLinks('loan-table')).toEqual(theirs.items.map((l) => l.loanNo));
    // The 客户经理 column names the manager, as the API's managerName does.
    expect(theirs.items.every((l) => l.managerName === pick.displayName)).toBe(true);
    expect(await c.tableColumn('loan-table', '客户经理')).toEqual(theirs.items.map(() => pick.displayName));
    // A reload keeps the manager (from the URL), shown by name; the export asks for the same loans.
    await c.page.reload();
    await c.page
      .locator('[data-testid=loan-manager-filter] .ant-select-selection-item', { hasText: pickLabel })
      .waitFor();
    await expect.poll(() => c.tableLinks('loan-table')).toEqual(theirs.items.map((l) => l.loanNo));
    const [exportRequest] = await Promise.all([
      c.page.waitForRequest((r) => r.url().includes('/api/v1/loans/export.xlsx')),
      c.page.waitForEvent('download'),
      c.page.locator('[data-testid=loan-export]').click(),
    ]);
    expect(new URL(exportRequest.url()).searchParams.get('managerId')).toBe(pick.id);
    await c.page.getByText(`已导出 ${theirs.total.toLocaleString('en-US')} 笔贷款`).waitFor();
    await c.page.mouse.move(700, 800); // the export button's tooltip would cover the filter bar
    await c.screenshot(`${engine}-loans-manager-filter`);
    expect(c.errors).toEqual([]);
  });

  it('shows an empty register and an explained error instead of blank pages', async () => {
    const c = await newPage();
    await c.open('/loans?q=no-such-loan-anywhere');
    await c.login('admin', DEMO_PASSWORD);
    await c.page.waitForURL(/\/loans\?q=no-such-loan-anywhere/);
    await c.page.locator('[data-testid=loan-table] .ant-empty').waitFor();
    await c.screenshot(`${engine}-loans-empty`);
    // A branch outside the caller's scope (or none such): the API's 404 message, with a retry.
    await c.open('/dashboard?branchId=ZZ');
    const message = c.page.locator('[data-testid=error-message]');
    await message.waitFor();
    expect(await message.textContent()).toContain('no branch ZZ within your scope');
    await c.page.getByRole('button', { name: /重\s*试/ }).waitFor();
    await c.screenshot(`${engine}-dashboard-error`);
    await c.open('/no-such-page');
    await c.page.getByText('页面不存在').waitFor();
    // The failed report request is the only console error, and it is the one we asked for.
    expect(c.errors.every((e) => /404/.test(e))).toBe(true);
  });

  it('switches to English and keeps it after a reload', async () => {
    const c = await newPage();
    await c.open('/');
    await c.login('risk.head', DEMO_PASSWORD);
    expect(await c.menuLabels()).toEqual([
      '贷后驾驶舱',
      '贷款台账',
      '客户管理',
      '贷后检查',
      '重点客户',
      '预警看板',
      '担保圈',
      '我的催收',
      '档案借阅',
      '审批中心',
      '离职移交',
      '日终批处理',
    ]);
    await c.page.locator('[data-testid=language-switch]').click();
    await expect
      .poll(() => c.menuLabels())
      .toEqual([
        'Dashboard',
        'Loans',
        'Customers',
        'Inspections',
        'Key customers',
        'Warning board',
        'Guarantee circles',
        'My collection',
        'File check-outs',
        'Approvals',
        'Handover',
        'End of day',
      ]);
    await c.page.reload();
    await expect
      .poll(() => c.menuLabels())
      .toEqual([
        'Dashboard',
        'Loans',
        'Customers',
        'Inspections',
        'Key customers',
        'Warning board',
        'Guarantee circles',
        'My collection',
        'File check-outs',
        'Approvals',
        'Handover',
        'End of day',
      ]);
    await c.page.getByText('Principal owed').first().waitFor();
    await c.screenshot(`${engine}-dashboard-en`);
    await c.page.locator('[data-testid=language-switch]').click();
    await expect
      .poll(() => c.menuLabels())
      .toEqual([
        '贷后驾驶舱',
        '贷款台账',
        '客户管理',
        '贷后检查',
        '重点客户',
        '预警看板',
        '担保圈',
        '我的催收',
        '档案借阅',
        '审批中心',
        '离职移交',
        '日终批处理',
      ]);
    expect(c.errors).toEqual([]);
  });

  it('makes a user whose password an administrator set change it before anything else', async () => {
    const created = await server.post('admin', '/api/v1/users', {
      username: 'collector.new',
      displayName: '新催收员',
      branchId: 'B',
      roles: ['collector'],
      password: 'Initial2026pass',
    });
    expect(created).toBe(201);
    const c = await newPage();
    await c.open('/loans');
    await c.login('collector.new', 'Initial2026pass');
    await c.page.waitForURL(/\/password$/);
    await c.page.getByText('管理员为您设置了密码，请先修改后再使用').waitFor();
    await c.screenshot(`${engine}-password-required`);
    const submit = () => c.page.getByRole('button', { name: /确认修改/ }).click();
    // Checked in the form: the repeat must match.
    await c.page.locator('#currentPassword').fill('Initial2026pass');
    await c.page.locator('#newPassword').fill('Changed2026pass');
    await c.page.locator('#confirm').fill('Changed2026pasz');
    await submit();
    await c.page.getByText('两次输入的新密码不一致').waitFor();
    // Checked by the server: the current password, shown under its field.
    await c.page.locator('#currentPassword').fill('NotMine2026pass');
    await c.page.locator('#confirm').fill('Changed2026pass');
    await submit();
    await c.page.getByText('当前密码不正确').waitFor();
    expect(new URL(c.page.url()).pathname).toBe('/password');
    await c.page.locator('#currentPassword').fill('Initial2026pass');
    await submit();
    await c.page.waitForURL(/\/loans$/);
    expect(await c.menuLabels()).toEqual(['贷款台账', '客户管理', '我的催收', '离职移交']);
    // The wrong current password answered 400; nothing else went wrong.
    expect(c.errors.every((e) => /400/.test(e))).toBe(true);
  });

  it('sends you back to the login page with a message when the session ends', async () => {
    const c = await newPage();
    await c.open('/');
    await c.login('officer.a', DEMO_PASSWORD);
    await c.page.waitForURL(/\/dashboard$/);
    await c.kpi('principalOwed');
    // The session ends on the server (as after a sign-out elsewhere or the idle timeout).
    const cookies = await c.page.context().cookies();
    const session = cookies.find((x) => x.name === 'daihou_session');
    expect(session).toBeDefined();
    const out = await fetch(`${server.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { origin: server.url, cookie: `${session!.name}=${session!.value}` },
    });
    expect(out.status).toBe(204);
    await c.clickMenu('贷款台账');
    await c.page.waitForURL(/\/login\?expired=1/);
    await c.page.getByText('会话已过期，请重新登录').waitFor();
    await c.screenshot(`${engine}-session-expired`);
    await c.login('officer.a', DEMO_PASSWORD);
    await c.page.waitForURL(/\/loans$/);
    // Signing out from the user menu ends the session on the server too.
    await c.page.locator('[data-testid=current-user]').click();
    await c.page.getByRole('menuitem', { name: /退出登录/ }).click();
    await expect.poll(() => c.page.url(), { timeout: 20_000 }).toMatch(/\/login$/);
    await c.open('/customers');
    await c.page.waitForURL(/\/login\?next=%2Fcustomers$/);
    expect(c.errors).toEqual([]);
  });
});
