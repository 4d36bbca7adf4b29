import type { Page } from 'playwright-core';
import { SHOTS } from './browser';

/** The console as a user sees it: what the browser tests do and read, by role and visible text. */
export class ConsolePage {
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => {
      // 401s of a deliberately ended session are expected; anything else the console logs is a bug.
      if (m.type() === 'error' && !/401/.test(m.text())) this.errors.push(m.text());
    });
  }

  async open(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  async login(username: string, password: string): Promise<void> {
    await this.page.locator('#username').fill(username);
    await this.page.locator('#password').fill(password);
    await this.page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  }

  async waitForShell(): Promise<void> {
    await this.page.locator('[data-testid=side-menu]').waitFor();
  }

  async menuLabels(): Promise<string[]> {
    await this.waitForShell();
    return (await this.page.locator('[data-testid=side-menu] [role=menuitem]').allTextContents()).map((s) =>
      s.trim(),
    );
  }

  async clickMenu(label: string): Promise<void> {
    await this.page.locator('[data-testid=side-menu] [role=menuitem]', { hasText: label }).click();
  }

  async kpi(id: string): Promise<string> {
    const cell = this.page.locator(`[data-testid=kpi-${id}]`);
    await cell.waitFor();
    return ((await cell.textContent()) ?? '').trim();
  }

  /** Chooses a branch in the dashboard's branch picker (the tree from GET /branches) by its code. */
  async pickBranch(id: string): Promise<void> {
    await this.page.locator('[data-testid=branch-picker]').click();
    await this.page.locator('.ant-select-tree-title', { hasText: new RegExp(`^${id} `) }).click();
  }

  async loginError(): Promise<string> {
    const alert = this.page.locator('[data-testid=login-error]');
    await alert.waitFor();
    return ((await alert.textContent()) ?? '').trim();
  }

  /** The visible text of one column of the table `testid`, once it has rows. */
  async column(testid: string, cellTestid: string): Promise<string[]> {
    const cells = this.page.locator(`[data-testid=${testid}] [data-testid=${cellTestid}]`);
    await cells.first().waitFor();
    return (await cells.allTextContents()).map((s) => s.trim());
  }

  async tableLinks(testid: string): Promise<string[]> {
    const links = this.page.locator(`[data-testid=${testid}] tbody a`);
    await links.first().waitFor();
    return (await links.allTextContents()).map((s) => s.trim());
  }

  /** The texts of one column of a table's data rows, the column found by its header text. */
  async tableColumn(testid: string, header: string): Promise<string[]> {
    const table = this.page.locator(`[data-testid=${testid}]`);
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const titles = (await table.locator('thead th').allTextContents()).map((s) => s.trim());
    const index = titles.indexOf(header);
    if (index < 0) throw new Error(`${testid}: no column ${header} among ${titles.join(', ')}`);
    const cells = table.locator(`tbody tr.ant-table-row td:nth-child(${index + 1})`);
    return (await cells.allTextContents()).map((s) => s.trim());
  }

  async screenshot(name: string): Promise<void> {
    // Let charts finish their entry animation so the picture shows what a user sees.
    await this.page.waitForTimeout(600);
    await this.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }
}
