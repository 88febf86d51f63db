// The assay:// protocol: serves dist/renderer files with the CSP headers and refuses anything
// that would leave the folder, whatever the encoding.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppAsset } from '../../electron/app-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp.js';

let parent: string;
let root: string;

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'assay-protocol-'));
  root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Assay</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('resolveAppAsset', () => {
  it('maps app URLs into the root, / to index.html', () => {
    expect(resolveAppAsset(root, 'assay://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'assay://app/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    'assay://app/../secret.txt',
    'assay://app/%2e%2e/secret.txt',
    'assay://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'assay://app/..%5csecret.txt',
    'assay://app/%00index.html',
    'assay://app/%E0%A4%A',
    'assay://other/index.html',
    'https://app/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('never resolves %s outside the root', (url) => {
    const file = resolveAppAsset(root, url);
    expect(file === null || file.startsWith(join(root, '/'))).toBe(true);
    expect(file).not.toBe(join(parent, 'secret.txt'));
  });

  it('refuses encoded separators and dot segments outright', () => {
    expect(resolveAppAsset(root, 'assay://app/..%2fsecret.txt')).toBeNull();
    expect(resolveAppAsset(root, 'assay://app/a%5c..%5c..%5csecret.txt')).toBeNull();
    expect(resolveAppAsset(root, 'assay://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppAsset(root, 'assay://other/index.html')).toBeNull();
  });

  it('dot segments the URL parser resolves stay inside the root', () => {
    expect(resolveAppAsset(root, 'assay://app/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppAsset(root, 'assay://app/%2e%2e/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
  });
});

describe('handler', () => {
  const handler = () => createAppProtocolHandler(root);

  it('serves files with their type and the strict CSP', async () => {
    const response = await handler()(new Request('assay://app/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('the CSP allows nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('falls back to index.html for client-side routes, 404 for missing files', async () => {
    const route = await handler()(new Request('assay://app/documents/3'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Assay</title>');
    expect((await handler()(new Request('assay://app/missing.js'))).status).toBe(404);
  });

  it('refuses traversal and writes, with the CSP on errors too', async () => {
    const traversal = await handler()(new Request('assay://app/%2e%2e/secret.txt'));
    expect(traversal.status).toBe(404);
    expect(traversal.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler()(new Request('assay://app/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
