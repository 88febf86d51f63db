// The app icon in the browser: the page links its icon, the browser's unprompted /favicon.ico is
// answered (no 404), and loading the workbench asks for nothing that is missing.
import { expect, test } from './support/fixtures.js';

test('the browser gets a favicon and no request fails', async ({ page, server }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: 'Load sample corpus' })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveTitle('Assay');

  const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons.some((href) => href.endsWith('/favicon.ico'))).toBe(true);
  expect(icons.some((href) => href.endsWith('/favicon.svg'))).toBe(true);
  for (const href of icons) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }
  const origin = new URL(server.url).origin;
  const ico = await page.request.get(`${origin}/favicon.ico`);
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toBe('image/x-icon');
  // The icon really is drawn: the browser decodes the SVG the page links.
  const drawn = await page.evaluate(async (href) => {
    const image = new Image();
    image.src = href;
    await image.decode();
    return image.naturalWidth;
  }, `${origin}/favicon.svg`);
  expect(drawn).toBeGreaterThan(0);
  expect(failed, 'requests that failed while the page loaded').toEqual([]);
});
