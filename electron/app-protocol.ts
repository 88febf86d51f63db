// Serves the built renderer (dist/renderer/) on assay://app/ with the CSP headers, refusing any
// path that would leave that folder. Pure apart from reading files, so it is tested under Node.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url.js';
import { contentTypeFor } from '../api/ui-content-policy.js';
import { securityHeaders } from './csp.js';

export { contentTypeFor as mimeTypeFor };

/**
 * The file under `root` that an assay://app/… URL names, or null when the URL is foreign or
 * tries to leave `root` (`..`, encoded separators, backslashes, NUL). `/` means index.html.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.') continue;
    if (segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const base = resolve(root);
  const file = resolve(base, ...(segments.length > 0 ? segments : ['index.html']));
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

export type ReadAsset = (file: string) => Promise<Uint8Array>;

/**
 * The protocol.handle handler. A path without an extension that names no file gets index.html,
 * so a reload on a client-side route still finds the app.
 */
export function createAppProtocolHandler(root: string, read: ReadAsset = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppAsset(root, request.url);
    if (file === null) return plain(404, 'Not found');
    let body: Uint8Array;
    let served = file;
    try {
      body = await read(file);
    } catch (error) {
      if (!isMissing(error)) return plain(500, 'Cannot read the file');
      if (extname(file) !== '') return plain(404, 'Not found');
      served = resolve(root, 'index.html');
      try {
        body = await read(served);
      } catch {
        return plain(404, 'Not found');
      }
    }
    const headers = { ...securityHeaders(), 'Content-Type': contentTypeFor(served), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
