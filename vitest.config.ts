import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    // One more try only for a browser step that timed out (Playwright's "Timeout …ms exceeded", an
    // expect.poll that "did not succeed in time"): on this 2-core machine, with database suites running
    // beside Chromium, a click now and then lands before the page can take it. Any other failure — a
    // wrong number, a refusal that did not come — fails at once.
    retry: { count: 1, condition: /Timeout \d+ms exceeded|did not succeed in time/ },
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
