// Keeps screenshots of the main screens as artifacts: test-results/screens/<name>.png, also attached
// to the test's report entry.
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

export const SCREENS_DIR = join('test-results', 'screens');

export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
