// How the web host answers: the headers every response carries, the JSON Result envelope, and
// refusals. No CORS headers are ever sent: the UI and the API share one origin, so none are needed.
import type { ServerResponse } from 'node:http';
import type { ErrorCode, Result } from '../api/result.js';

/** A request the host will not serve, and why (the message is shown to the analyst). */
export interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

/** Sent on every response, static or API, success or refusal. */
export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // Other sites may not embed or read our responses even as no-cors subresources.
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

const STATUS_OF: Record<ErrorCode, number> = {
  'bad-input': 400,
  'bad-query': 400,
  'not-found': 404,
  conflict: 409,
  workspace: 500,
  busy: 503,
  internal: 500,
};

export function sendJson(res: ServerResponse, status: number, body: Result<unknown>, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** A call's Result, with the HTTP status its error code deserves. */
export function sendResult(res: ServerResponse, result: Result<unknown>): void {
  sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
}

/**
 * Refusals close the connection: the request body may not have been read, and a refused client
 * gets no chance to keep feeding it to us.
 */
export function sendRefusal(res: ServerResponse, refusal: Refusal, code: ErrorCode = 'bad-input'): void {
  sendJson(res, refusal.status, { ok: false, error: { code, message: refusal.message } }, { ...refusal.headers, Connection: 'close' });
}

/** A failure outside any call (a route that threw): logged here, and the client told it is a bug. */
export function sendFailure(res: ServerResponse, error: unknown, context: string): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`assay serve: internal error in ${context}: ${detail}\n`);
  sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Assay hit an internal error (a bug); the server log has the details.' } });
}

/** A plain one-line text answer (the "UI not built" page). */
export function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}
