// Web end-to-end tests: Playwright drives `assay serve` in Debian's Chromium, one fresh workspace
// per test (tests/e2e/support/fixtures.ts). The desktop shell has its own playwright.electron.config.ts.
import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright's own browser download is never used (the machines are offline). */
const chromium = process.env['ASSAY_E2E_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env['CI'] ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
});
