// The web host's request handler: guards that apply to everything (Host, Origin), then either
// the handler table under /api/ (behind the token) or the static UI.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkFetchSite, checkHost, checkOrigin, checkToken } from './guards.js';
import { sendFailure, sendRefusal, setCommonHeaders } from './http-reply.js';
import type { RouteTable } from './route.js';
import { serveStatic } from './static-files.js';

export interface RouterOptions {
  port: number;
  token: string;
  routes: RouteTable;
  staticDir: string;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

async function route(options: RouterOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  setCommonHeaders(res);
  const outside = checkHost(req, options.port) ?? checkOrigin(req, options.port);
  if (outside) return sendRefusal(res, outside);
  const rawUrl = req.url ?? '';
  // Origin-form targets only ("/path?query"); absolute-form is for proxies.
  if (!rawUrl.startsWith('/')) return sendRefusal(res, { status: 400, message: 'Refused: malformed request target.' });
  const path = rawUrl.split('?', 1)[0] ?? '/';
  if (path !== '/api' && !path.startsWith('/api/')) return serveStatic(req, res, path, options.staticDir);

  const unauthorised = checkFetchSite(req) ?? checkToken(req, options.token);
  if (unauthorised) return sendRefusal(res, unauthorised);
  const target = options.routes.get(path);
  if (!target) return sendRefusal(res, { status: 404, message: `No API route ${path}.` }, 'not-found');
  if (req.method !== target.method) {
    return sendRefusal(res, { status: 405, message: `Refused: ${path} takes ${target.method}, not ${req.method ?? '?'}.`, headers: { Allow: target.method } });
  }
  return target.handle(req, res);
}

export function createRouter(options: RouterOptions): RequestHandler {
  return async (req, res) => {
    try {
      await route(options, req, res);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else sendFailure(res, error, `${req.method ?? '?'} ${req.url ?? ''}`);
    }
  };
}
