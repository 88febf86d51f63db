// Renders build/icon.svg to build/icon.png (1024×1024, transparent) for electron-builder, which
// derives the .icns, .ico and Linux sizes from it. Uses a local Chromium through Playwright.
//   node scripts/electron-icon.mjs        (ASSAY_E2E_CHROMIUM overrides /usr/bin/chromium)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { root } from './electron-paths.mjs';

const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.ASSAY_E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.locator('svg').screenshot({ path: join(root, 'build', 'icon.png'), omitBackground: true });
  console.log('Rendered build/icon.png');
} finally {
  await browser.close();
}
