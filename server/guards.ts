// The checks a request passes before anything is served: Host (DNS rebinding), Origin and
// Sec-Fetch-Site (other web pages), the token (other local programs and users), Content-Type.
// Each returns a Refusal, or null to let the request through.
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../api/transport.js';
import type { Refusal } from './http-reply.js';
import { sameToken } from './token.js';

function single(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? undefined : value;
}

/** How many times a header was sent: req.headers keeps only the first Host, rawHeaders has them all. */
function timesSent(req: IncomingMessage, name: string): number {
  let count = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]?.toLowerCase() === name) count += 1;
  return count;
}

/** The Host values a browser sends for this server; a rebinding attacker's page sends its own name. */
export function checkHost(req: IncomingMessage, port: number): Refusal | null {
  // Two Host headers may be read differently by a proxy or another parser than by this check.
  if (timesSent(req, 'host') > 1) return { status: 400, message: 'Refused: the request has more than one Host header.' };
  const host = single(req, 'host')?.toLowerCase();
  if (host === `127.0.0.1:${port}` || host === `localhost:${port}`) return null;
  return { status: 403, message: `Refused: this Assay server only answers to http://127.0.0.1:${port}.` };
}

/** Browsers send Origin on cross-origin requests (and same-origin POSTs); only our own is accepted. */
export function checkOrigin(req: IncomingMessage, port: number): Refusal | null {
  if (req.headers.origin === undefined) return null;
  const origin = single(req, 'origin');
  if (origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`) return null;
  return { status: 403, message: 'Refused: requests from other web pages are not allowed.' };
}

/** Where the browser says an API call comes from; only the page we served may call the API. */
export function checkFetchSite(req: IncomingMessage): Refusal | null {
  const site = req.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin') return null;
  return { status: 403, message: 'Refused: requests from other web pages are not allowed.' };
}

export function checkToken(req: IncomingMessage, token: string): Refusal | null {
  const sent = single(req, TOKEN_HEADER);
  if (sent !== undefined && sameToken(sent, token)) return null;
  const message =
    sent === undefined
      ? `Refused: the ${TOKEN_HEADER} header is missing. Open Assay with the link 'assay serve' printed.`
      : `Refused: wrong access token. Open Assay with the link 'assay serve' printed at its latest start.`;
  return { status: 401, message };
}

/** API bodies are JSON in UTF-8; a cross-site form cannot send this type without a preflight. */
export function checkJsonContentType(req: IncomingMessage): Refusal | null {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (type === 'application/json' && (charset === undefined || charset === 'utf-8')) return null;
  return { status: 415, message: 'Refused: the request body must be JSON (Content-Type: application/json).' };
}
