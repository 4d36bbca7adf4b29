import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.DAIHOU_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = '/tmp/shots';

/**
 * Whether the browser tests can run here. CI must have Chromium (.ci/run installs it): there a missing
 * browser fails the run. Only on a developer's machine without it (CI unset) are they skipped.
 */
export const browserTestsSkipped = !existsSync(CHROMIUM) && !process.env.CI;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (CI: .ci/run installs it)`);
  }
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in containers has no user namespace sandbox; the pages are our own console on localhost.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}
