// The static UI: index.html with the strict CSP, assets with their content types, no way out of
// the folder however the path is written, and a clear 503 when the UI has not been built.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/static-files.js';
import { rawRequest, startTestHost, type TestHost } from './helpers.js';

let host: TestHost;
let unbuilt: TestHost;
const INDEX = '<!doctype html><title>Assay</title><script type="module" src="/assets/app.js"></script>';

beforeAll(async () => {
  unbuilt = await startTestHost();
  const staticDir = join(unbuilt.dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("assay");\n');
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body { margin: 0 }\n');
  writeFileSync(join(staticDir, '.env'), 'SECRET=1\n');
  host = await startTestHost({ staticDir });
});

afterAll(async () => {
  await host.cleanup();
  await unbuilt.cleanup();
});

describe('static files', () => {
  it('serves index.html at / and /index.html with the CSP, whatever the query', async () => {
    for (const path of ['/', '/index.html', `/?token=${host.token}`]) {
      const response = await fetch(`${host.base}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('serves assets with their content types, and HEAD without a body', async () => {
    const js = await fetch(`${host.base}/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toContain('assay');
    expect((await fetch(`${host.base}/assets/app.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await rawRequest(host.port, { method: 'HEAD', path: '/assets/app.js' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 404 for missing files and folders, 405 for other methods', async () => {
    for (const path of ['/missing.js', '/assets', '/assets/']) {
      const response = await rawRequest(host.port, { path });
      expect(response.status, path).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    const post = await rawRequest(host.port, { method: 'POST', path: '/', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('refuses path traversal however it is spelled', async () => {
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/../../package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/.env',
      '/%00index.html',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const response = await rawRequest(host.port, { path });
      expect([400, 404], path).toContain(response.status);
      expect(response.body, path).not.toContain('"name"');
      expect(response.body, path).not.toContain('SECRET');
    }
  });

  it('answers 503 with a one-line hint when the UI is not built, and keeps serving the API', async () => {
    const response = await fetch(`${unbuilt.base}/`);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toContain('npm run build');
    expect((await unbuilt.client.listTags({})).length).toBe(0);
  });
});
