/**
 * "Dashboard usable within 2 s of login" (issue #5), measured by hand:
 *
 *   npx tsx apps/web/scripts/measure-dashboard-login.ts [customers=3000] [rounds=3]
 *
 * Starts the real server on a fresh PGlite database with the demo portfolio (`npm start`'s default is
 * 3,000 customers), then in headless Chromium, for each user and round, a new browser context (no cache,
 * no cookies): open /login, type the user and password, and time from pressing 登录 to
 *   - "usable": the dashboard's KPIs and both charts drawn (the figures an officer reads first), and
 *   - "complete": also the trend card and the largest-debtors table settled (loaded or empty).
 * Prints one line per measurement and the median per user. Not part of the test suite.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser';
import { DEMO_PASSWORD, startConsoleServer } from '../test/support/console-server';

const USERS = ['admin', 'manager.a', 'risk.head'] as const;

async function measure(
  page: Page,
  url: string,
  username: string,
): Promise<{ usable: number; complete: number }> {
  await page.goto(`${url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  const start = performance.now();
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.locator('[data-testid=kpi-principalOwed]').waitFor();
  await page.locator('.ant-card canvas').nth(1).waitFor();
  const usable = performance.now() - start;
  await page
    .locator('[data-testid=trend-card] canvas, [data-testid=trend-card] .ant-empty')
    .first()
    .waitFor();
  await page
    .locator('[data-testid=debtors-table] tbody tr.ant-table-row, [data-testid=debtors-table] .ant-empty')
    .first()
    .waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=debtors-table] .ant-spin-spinning'));
  const complete = performance.now() - start;
  return { usable, complete };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const customers = Number(process.argv[2] ?? '3000');
  const rounds = Number(process.argv[3] ?? '3');
  const loadStart = performance.now();
  const server = await startConsoleServer('pglite', customers);
  console.log(
    `demo of ${customers} customers loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
  );
  const browser = await launchChromium();
  try {
    for (const user of USERS) {
      const usable: number[] = [];
      const complete: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
        const page = await context.newPage();
        const m = await measure(page, server.url, user);
        usable.push(m.usable);
        complete.push(m.complete);
        console.log(
          `${user} round ${i + 1}: usable ${m.usable.toFixed(0)} ms, complete ${m.complete.toFixed(0)} ms`,
        );
        await context.close();
      }
      console.log(
        `${user} median: usable ${median(usable).toFixed(0)} ms, complete ${median(complete).toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
