// Renders build/icon.svg to build/icon.png (1024×1024, transparent) for electron-builder, which
// derives the .icns, .ico and Linux sizes from it, and to renderer/public/favicon.ico (16, 32 and
// 48 px PNGs in one ICO) plus favicon.svg for the web UI. Uses a local Chromium through Playwright.
//   node scripts/electron-icon.mjs        (ASSAY_E2E_CHROMIUM overrides /usr/bin/chromium)
import { Buffer } from 'node:buffer';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { root } from './electron-paths.mjs';

const FAVICON_SIZES = [16, 32, 48];

/** An ICO file holding PNG images (allowed since Windows Vista; every browser reads it). */
function packIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.ASSAY_E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.locator('svg').screenshot({ path: join(root, 'build', 'icon.png'), omitBackground: true });
  console.log('Rendered build/icon.png');

  const images = [];
  for (const size of FAVICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    images.push({ size, png: await page.locator('svg').screenshot({ omitBackground: true }) });
  }
  const publicDir = join(root, 'renderer', 'public');
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(join(publicDir, 'favicon.ico'), packIco(images));
  copyFileSync(join(root, 'build', 'icon.svg'), join(publicDir, 'favicon.svg'));
  console.log(`Rendered renderer/public/favicon.ico (${FAVICON_SIZES.join(', ')} px) and favicon.svg`);
} finally {
  await browser.close();
}
