// The app icon on the web: /favicon.ico (the ICO browsers ask for unprompted) and /favicon.svg are
// served from the built UI with their image types, without the token, and index.html links both.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startTestHost, type TestHost } from './helpers.js';

const PUBLIC = join(process.cwd(), 'renderer', 'public');
let host: TestHost;
/** Only lends its temp folder to hold the UI copy, as in static.test.ts. */
let holder: TestHost;

/** The images an ICO file holds: [width, byte length, whether it is a PNG]. */
function icoImages(bytes: Buffer): { size: number; png: boolean }[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2), 'an icon, not a cursor').toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(bytes.length);
    const png = bytes.subarray(offset, offset + 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    return { size: bytes.readUInt8(entry) || 256, png };
  });
}

beforeAll(async () => {
  holder = await startTestHost();
  const staticDir = join(holder.dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), readFileSync(join(process.cwd(), 'renderer', 'index.html')));
  for (const name of ['favicon.ico', 'favicon.svg']) copyFileSync(join(PUBLIC, name), join(staticDir, name));
  host = await startTestHost({ staticDir });
});

afterAll(async () => {
  await host.cleanup();
  await holder.cleanup();
});

describe('favicon', () => {
  it('serves /favicon.ico as an ICO of the app icon at 16, 32 and 48 px, without the token', async () => {
    const response = await fetch(`${host.base}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    const images = icoImages(Buffer.from(await response.arrayBuffer()));
    expect(images.map((i) => i.size)).toEqual([16, 32, 48]);
    expect(images.every((i) => i.png)).toBe(true);
    const head = await rawRequest(host.port, { method: 'HEAD', path: '/favicon.ico' });
    expect(head.status).toBe(200);
  });

  it('serves the scalable icon as SVG, the same drawing as the desktop app icon', async () => {
    const response = await fetch(`${host.base}/favicon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toBe(readFileSync(join(process.cwd(), 'build', 'icon.svg'), 'utf8'));
  });

  it('links both icons from the page', async () => {
    const page = await (await fetch(`${host.base}/`)).text();
    expect(page).toMatch(/<link rel="icon" href="[./]*\/?favicon\.ico"/);
    expect(page).toMatch(/<link rel="icon" href="[./]*\/?favicon\.svg" type="image\/svg\+xml"/);
  });
});
