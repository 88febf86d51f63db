// Desktop end-to-end tests: Playwright's _electron drives the real Electron binary (needs a
// display; under CI use xvfb-run). Where the binary is absent the tests report themselves skipped.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
