import { testEngines } from '@daihou/db/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoanDetail, LoanPage } from '../src/api/types';
import type { Approval, ApprovalPage } from '../src/features/approvals/api';
import type { PrepaymentQuote, RepaymentQuote } from '../src/features/repayments/api';
import { browserTestsSkipped, launchChromium } from './support/browser';
import { ConsolePage } from './support/console-page';
import { type ConsoleServer, DEMO_PASSWORD, startConsoleServer } from './support/console-server';

/**
 * The loan page's money actions and the approvals inbox in Chromium against the real server: a repayment
 * previewed live (试算) and booked, bad amounts refused in the form with nothing booked, a partial
 * prepayment keeping the term, and a same-day reversal asked for by the account manager and decided in
 * the inbox by a department head (a credit reviewer may not; the maker sees no decide buttons).
 * Expected figures come from the API and are formatted here independently of the console's code.
 */

/** "95158279.79" → "¥95,158,279.79", by BigInt grouping rather than the console's regex. */
const yuanText = (s: string): string => {
  const negative = s.startsWith('-');
  const [whole, cents] = s.replace(/^-/, '').split('.');
  return `${negative ? '-' : ''}¥${BigInt(whole!).toLocaleString('en-US')}.${cents}`;
};
const fen = (s: string): bigint => BigInt(s.replace('.', ''));
/** The machine is shared: waits and whole tests get room (a wait ends as soon as it succeeds). */
const SLOW = { timeout: 30_000 };
const TEST_TIMEOUT = 240_000;

describe.skipIf(browserTestsSkipped).each(testEngines())('money actions in Chromium on %s', (engine) => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** The overdue loan manager.a repays (and later asks to reverse). */
  let overdue: LoanPage['items'][number];
  let bookedId: string;

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
  const shot = (c: ConsolePage, name: string) => c.screenshot(`money-actions-${engine}-${name}`);
  const loanOf = (id: string) => server.api<LoanDetail>('manager.a', `/api/v1/loans/${id}`);

  beforeAll(async () => {
    server = await startConsoleServer(engine);
    browser = await launchChromium();
    const page = await server.api<LoanPage>(
      'manager.a',
      '/api/v1/loans?bucket=M1,M2,M3&status=active&sort=-dpd&pageSize=20',
    );
    overdue = page.items[0]!;
    expect(overdue, 'the demo has an overdue loan in branch A').toBeDefined();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it(
    'books a repayment on an overdue loan: live allocation first, then the allocations and new balances',
    async () => {
      const earlier = (await loanOf(overdue.id)).repayments.length;
      const c = await signedIn('manager.a', `/loans/${overdue.id}`);
      await c.page.locator('[data-testid=action-repay]').click();
      const drawer = c.page.locator('[data-testid=repayment-drawer]');
      await drawer.locator('[data-testid=repay-amount]').fill('1000');
      // The preview is the API's own 试算 for this amount, shown before anything is booked.
      const quote = await server.api<RepaymentQuote>(
        'manager.a',
        `/api/v1/loans/${overdue.id}/repayment-quote?amount=1000.00`,
      );
      expect(quote.installments.length).toBeGreaterThan(0);
      expect(fen(quote.allocated.penalty) + fen(quote.allocated.interest)).toBeGreaterThan(0n);
      await drawer.locator('[data-testid=repay-quote][data-amount="1000.00"]').waitFor();
      const rows = drawer.locator('[data-testid=repay-quote-table] tbody tr.ant-table-row');
      await expect.poll(() => rows.count(), SLOW).toBe(quote.installments.length);
      const first = quote.installments[0]!;
      const firstCells = (await rows.first().locator('td').allTextContents()).map((s) => s.trim());
      expect(firstCells).toEqual([
        String(first.period),
        first.dueDate,
        yuanText(first.penalty),
        yuanText(first.compound),
        yuanText(first.fee),
        yuanText(first.interest),
        yuanText(first.principal),
        yuanText(first.total),
      ]);
      const after = drawer.locator('[data-testid=balance-principalOwed] td');
      expect((await after.allTextContents()).map((s) => s.trim())).toEqual([
        yuanText(quote.before.principalOwed),
        yuanText(quote.after.principalOwed),
      ]);
      expect((await loanOf(overdue.id)).repayments).toHaveLength(earlier);
      await shot(c, 'repayment-quote');

      await drawer.locator('[data-testid=repay-confirm]').click();
      const booked = drawer.locator('[data-testid=repay-booked]');
      await booked.waitFor();
      await booked.getByText('已入账 ¥1,000.00').waitFor();
      for (const k of ['penalty', 'compound', 'interest', 'principal'] as const) {
        expect(
          (await booked.locator(`[data-testid=repay-booked-allocated-${k}]`).textContent())?.trim(),
        ).toBe(yuanText(quote.allocated[k]));
      }
      expect(
        (await booked.locator('[data-testid=repay-booked-loan-principalOwed]').textContent())?.trim(),
      ).toBe(yuanText(quote.after.principalOwed));
      await shot(c, 'repayment-booked');

      // The loan as the API has it now: one repayment allocated exactly as previewed, the balances moved.
      const loan = await loanOf(overdue.id);
      expect(loan.repayments).toHaveLength(earlier + 1);
      const repayment = loan.repayments.at(-1)!;
      bookedId = repayment.id;
      expect(repayment).toMatchObject({ amount: '1000.00', status: 'booked', allocated: quote.allocated });
      expect(loan.principalOwed).toBe(quote.after.principalOwed);
      await drawer.locator('[data-testid=repay-close]').click();
      await expect
        .poll(async () => c.page.locator('[data-testid=loan-balances]').textContent(), SLOW)
        .toContain(yuanText(quote.after.principalOwed));
      await c.page.getByRole('tab', { name: /还款记录/ }).click();
      const row = c.page.locator('.ant-tabs-tabpane-active tbody tr.ant-table-row').last();
      await expect.poll(async () => row.textContent(), SLOW).toContain('¥1,000.00');
      expect(await row.textContent()).toContain(yuanText(quote.allocated.principal));
      await shot(c, 'repayment-on-loan');
      expect(c.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses bad amounts in the form, with nothing booked',
    async () => {
      const c = await signedIn('manager.a', `/loans/${overdue.id}`);
      const before = (await loanOf(overdue.id)).repayments.length;
      await c.page.locator('[data-testid=action-repay]').click();
      const drawer = c.page.locator('[data-testid=repayment-drawer]');
      const input = drawer.locator('[data-testid=repay-amount]');
      const error = drawer.locator('.ant-form-item-explain-error');
      for (const [amount, message] of [
        ['0', '金额须大于 0'],
        ['-1', '金额须大于 0'],
        ['1.234', '金额最多两位小数（到分）'],
        ['abc', '请输入金额，如 1000.00（只能包含数字和小数点）'],
        ['', '请输入还款金额'],
      ] as const) {
        await input.fill(amount);
        await drawer.locator('[data-testid=repay-confirm]').click();
        await expect
          .poll(async () => (await error.textContent())?.trim(), { ...SLOW, message: amount })
          .toBe(message);
        expect(await input.getAttribute('aria-invalid')).toBe('true');
        await expect.poll(() => drawer.locator('[data-testid=repay-quote]').count(), SLOW).toBe(0);
        if (amount === '1.234') await shot(c, 'repayment-bad-amount');
      }
      await input.press('Enter');
      await c.page.waitForTimeout(500);
      expect((await loanOf(overdue.id)).repayments.length).toBe(before);
      expect(c.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'books a partial prepayment keeping the term, after showing its quote',
    async () => {
      const current = await server.api<LoanPage>(
        'manager.a',
        '/api/v1/loans?bucket=M0&status=active&method=equal_installment&sort=-principalOwed&pageSize=5',
      );
      const loan = current.items[0]!;
      expect(fen(loan.principalOwed)).toBeGreaterThan(2_000_000n);
      const quote = await server.api<PrepaymentQuote>(
        'manager.a',
        `/api/v1/loans/${loan.id}/prepayment-quote?principal=10000.00`,
      );
      const before = await loanOf(loan.id);
      const c = await signedIn('manager.a', `/loans/${loan.id}`);
      await c.page.locator('[data-testid=action-prepay]').click();
      const drawer = c.page.locator('[data-testid=prepayment-drawer]');
      await drawer.locator('[data-testid=prepay-principal]').fill('10000');
      await drawer.getByText('保持期限（月供减少）').click();
      await expect
        .poll(
          async () => (await drawer.locator('[data-testid=prepay-quote-netAmount]').textContent())?.trim(),
          SLOW,
        )
        .toBe(yuanText(quote.netAmount));
      expect((await drawer.locator('[data-testid=prepay-quote-principalAfter]').textContent())?.trim()).toBe(
        yuanText(quote.principalAfter),
      );
      await shot(c, 'prepayment-quote');
      await drawer.locator('[data-testid=prepay-confirm]').click();
      await drawer.locator('[data-testid=prepay-done]').waitFor();
      await drawer.locator('[data-testid=prepay-new-schedule]').waitFor();
      await shot(c, 'prepayment-done');
      const now = await loanOf(loan.id);
      expect(now.principalOwed).toBe(quote.principalAfter);
      expect(fen(before.principalOwed) - fen(now.principalOwed)).toBe(1_000_000n);
      // keep_term: as many installments still to come as before, each smaller.
      const ahead = (l: LoanDetail) =>
        l.schedule.filter((i) => i.kind === 'scheduled' && i.dueDate > quote.date);
      expect(ahead(now).length).toBe(ahead(before).length);
      expect(fen(ahead(now)[0]!.principalDue) + fen(ahead(now)[0]!.interestDue)).toBeLessThan(
        fen(ahead(before)[0]!.principalDue) + fen(ahead(before)[0]!.interestDue),
      );
      expect(now.repayments.at(-1)).toMatchObject({ amount: quote.netAmount, status: 'booked' });
      expect(c.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'a same-day reversal asked for by the manager is decided in the inbox by a department head',
    async () => {
      expect(bookedId, 'the first test booked a repayment').toBeDefined();
      const maker = await signedIn('manager.a', `/loans/${overdue.id}`);
      await maker.page.getByRole('tab', { name: /还款记录/ }).click();
      await maker.page.locator(`[data-testid=reversal-request-${bookedId}]`).click();
      const modal = maker.page.locator('.ant-modal');
      // The reason is required, in the form.
      await modal.locator('[data-testid=reversal-submit]').click();
      await modal.getByText('请填写冲正原因').waitFor();
      await modal.locator('[data-testid=reversal-reason]').fill('客户重复转账，付款行已退回');
      await shot(maker, 'reversal-request');
      await modal.locator('[data-testid=reversal-submit]').click();
      await maker.page.locator('[data-testid=reversal-sent]').waitFor();
      await maker.page.locator('[data-testid=reversal-pending]').waitFor();
      const pending = await server.api<ApprovalPage>(
        'manager.a',
        '/api/v1/approvals?status=pending&kind=repayment_reversal',
      );
      const request = pending.items.find((a) => a.objectId === bookedId)!;
      expect(request).toMatchObject({ maker: 'manager.a', status: 'pending' });

      // The maker sees the request in the inbox, but no decide buttons.
      await maker.clickMenu('审批中心');
      await maker.page.locator(`[data-testid=approval-open-${request.id}]`).click();
      await maker.page.locator('[data-testid=approval-own]').waitFor();
      expect(await maker.page.locator('[data-testid=approval-approve]').count()).toBe(0);
      await shot(maker, 'approval-maker');

      // A credit reviewer decides approvals, but not reversals: the API's 403 is explained.
      const reviewer = await signedIn('reviewer.a', `/approvals?open=${request.id}`);
      await reviewer.page.locator('[data-testid=approval-approve]').click();
      await expect
        .poll(async () => reviewer.page.locator('[data-testid=approval-error]').textContent(), SLOW)
        .toContain('您没有审批此类申请的权限');
      await shot(reviewer, 'approval-forbidden');

      // The department head finds it in the inbox, reads it and approves it.
      const head = await signedIn('head.a', '/');
      await head.clickMenu('审批中心');
      await head.page.waitForURL(/\/approvals/);
      await head.page.locator(`[data-testid=approval-open-${request.id}]`).waitFor();
      const kinds = await head.page
        .locator('[data-testid=approvals-table] [data-testid=approval-kind]')
        .allTextContents();
      expect(kinds).toContain('当日还款冲正');
      await shot(head, 'approvals-inbox');
      await head.page.locator(`[data-testid=approval-open-${request.id}]`).click();
      const detail = head.page.locator('[data-testid=approval-detail]');
      await detail
        .locator('[data-testid=approval-payload-repayment_reversal]')
        .getByText('¥1,000.00')
        .waitFor();
      await detail.getByText('客户重复转账，付款行已退回').waitFor();
      await shot(head, 'approval-detail');
      await detail.locator('[data-testid=approval-note]').fill('已核对付款行退款凭证');
      await detail.locator('[data-testid=approval-approve]').click();
      await expect
        .poll(async () => detail.locator('[data-testid=approval-status]').textContent(), SLOW)
        .toBe('已批准');
      await detail.locator('[data-testid=approval-result]').waitFor();
      await shot(head, 'approval-approved');
      const decided = await server.api<Approval>('head.a', `/api/v1/approvals/${request.id}`);
      expect(decided).toMatchObject({
        status: 'approved',
        checker: 'head.a',
        decisionReason: '已核对付款行退款凭证',
      });

      // The reviewer's page is stale now: deciding again is a 409, explained.
      await reviewer.page.locator('[data-testid=approval-approve]').click();
      await expect
        .poll(async () => reviewer.page.locator('[data-testid=approval-error]').textContent(), SLOW)
        .toContain('该申请已被处理');

      // The repayment is reversed: the loan owes again what it owed before the booking.
      const loan = await loanOf(overdue.id);
      expect(loan.repayments.find((r) => r.id === bookedId)).toMatchObject({ status: 'reversed' });
      expect(loan.principalOwed).toBe(overdue.principalOwed);
      await maker.open(`/loans/${overdue.id}`);
      await maker.page.getByRole('tab', { name: /还款记录/ }).click();
      await maker.page.locator('[data-testid=repayment-reversed]').waitFor();
      await shot(maker, 'repayment-reversed');
      for (const c of [maker, reviewer, head]) {
        // 403 and 409 were the API's answers on purpose; nothing else may have gone wrong.
        expect(c.errors.filter((e) => !/40[39]/.test(e))).toEqual([]);
      }
    },
    TEST_TIMEOUT,
  );
});
