// The browser transport: POST /api/<method> with the session token from the page URL, answering
// the Result envelope. Network and server failures become Results too, never thrown errors.
import { isResult, type Result } from '../../api/result.js';
import type { Transport } from '../../api/client.js';
import { TOKEN_HEADER, httpRoute } from '../../api/transport.js';

const TOKEN_KEY = 'assay.token';

/** The token `assay serve` put in the page URL (kept for this tab so a reload still works). */
export function sessionToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  try {
    if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return fromUrl ?? '';
  }
}

/** Resolves an absolute API route against the page, so a host mounted under a prefix still works. */
export function apiUrl(route: string): string {
  return new URL(`.${route}`, window.location.href).toString();
}

function failure(message: string): Result<unknown> {
  return { ok: false, error: { code: 'internal', message } };
}

export function createHttpTransport(token: string): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(apiUrl(httpRoute(method)), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input),
      });
    } catch {
      return failure('Cannot reach Assay. Is `assay serve` still running?');
    }
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      return failure(`Assay answered ${response.status} ${response.statusText} without a readable reply.`);
    }
    if (isResult(payload)) return payload;
    if (response.status === 401 || response.status === 403) {
      return failure('This page’s access token was refused. Open the address `assay serve` printed.');
    }
    return failure(`Assay answered ${response.status} with an unexpected reply.`);
  };
}
