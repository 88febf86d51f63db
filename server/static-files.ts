// Serves the built renderer (index.html + assets/) from one folder: GET and HEAD only, no
// listings, no dot-files, nothing outside the folder however the path is spelled or encoded.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../api/ui-content-policy.js';
import { sendRefusal, sendText } from './http-reply.js';

export { CONTENT_SECURITY_POLICY };

const NOT_BUILT = 'The Assay web UI is not built yet: run `npm run build`, then start `assay serve` again.\n';

/** The path's segments, or null for anything that could climb out of the folder. */
function safeSegments(rawPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '..' || s.startsWith('.') || s.includes(':'))) return null;
  return segments;
}

function notFound(res: ServerResponse): void {
  sendRefusal(res, { status: 404, message: 'Not found.' }, 'not-found');
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string, root: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendRefusal(res, { status: 405, message: `Refused: ${req.method ?? 'this method'} is not allowed here.`, headers: { Allow: 'GET, HEAD' } });
  }
  const isIndex = rawPath === '/' || rawPath === '/index.html';
  const segments = isIndex ? ['index.html'] : safeSegments(rawPath);
  if (segments === null) return sendRefusal(res, { status: 400, message: 'Refused: that path is not allowed.' });
  const file = join(root, ...segments);
  let real: string;
  let size: number;
  try {
    // Resolve links too: the file's real place must still be inside the real folder.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return notFound(res);
    const info = await stat(realFile);
    if (!info.isFile()) return notFound(res);
    real = realFile;
    size = info.size;
  } catch {
    return isIndex ? sendText(res, 503, NOT_BUILT) : notFound(res);
  }
  const type = contentTypeFor(file);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(size),
    'Cache-Control': 'no-cache',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cross-Origin-Opener-Policy': 'same-origin' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(real)
    .on('error', () => res.destroy())
    .pipe(res);
}
