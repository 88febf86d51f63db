// The loopback web host: one Workbench for its lifetime, the built UI and the API on 127.0.0.1,
// a fresh token per launch. `assay serve` and the tests start it through startWebHost().
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EVENTS_ROUTE } from '../api/transport.js';
import { packageRoot } from '../db/package-root.js';
import { openWorkbench } from '../db/workbench.js';
import { apiRoutes, DEFAULT_BODY_IDLE_MS } from './api-routes.js';
import { answerClientErrorsAsJson } from './client-error-reply.js';
import { createEventHub } from './event-stream.js';
import { confinedDispatch, importPathsCheck, resolveImportRoots } from './import-roots.js';
import { createRouter } from './router.js';
import { newToken } from './token.js';

/** importFiles carries file contents as base64 JSON, so the limit is generous but finite. */
export const DEFAULT_BODY_LIMIT = 150 * 1024 * 1024;
/** How long close() lets calls in progress finish before the workspace is closed under them. */
const DRAIN_MS = 5_000;

/**
 * How long a client may take to send a request. Slow clients (slowloris) are dropped instead of
 * holding connections for minutes. The event stream is not cut: its request ends with its headers.
 */
export interface RequestTimeouts {
  /** Until every header has arrived; default 5 s. */
  headersMs: number;
  /** Longest pause while a body arrives; default 5 s. */
  bodyIdleMs: number;
  /** Until the whole request (body included) has arrived; default 60 s, for large uploads. */
  requestMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = { headersMs: 5_000, bodyIdleMs: DEFAULT_BODY_IDLE_MS, requestMs: 60_000 };

export interface WebHostOptions {
  workspacePath: string;
  /** 0 picks any free port. */
  port: number;
  /** Loopback only, by design. */
  host?: '127.0.0.1';
  /** The built renderer; default dist/renderer in the package. */
  staticDir?: string;
  /** Default: 32 random bytes, base64url. */
  token?: string;
  /** Largest API request body in bytes; default DEFAULT_BODY_LIMIT. */
  bodyLimit?: number;
  /** Interval of the event stream's keep-alive comments; default 15 s. */
  pingMs?: number;
  /** Folders importPaths may read from (`assay serve --allow DIR`); none: importPaths is refused. */
  importRoots?: readonly string[];
  /** Default DEFAULT_TIMEOUTS; tests use short ones. */
  timeouts?: Partial<RequestTimeouts>;
}

export interface WebHost {
  /** http://127.0.0.1:PORT/?token=TOKEN */
  url: string;
  port: number;
  token: string;
  /** Stops serving, ends event streams, closes the workspace. Safe to call twice. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function settleWithin(work: Iterable<Promise<void>>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.allSettled(work), timeout]);
  clearTimeout(timer);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? newToken();
  if (token.length < 16 || !/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('the web host token must be 16 or more base64url characters');
  const importRoots = resolveImportRoots(options.importRoots ?? []);
  const checkImportPaths = importPathsCheck(importRoots);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const hub = createEventHub(options.pingMs);
  const workbench = openWorkbench(options.workspacePath, {
    onProgress: (progress) => hub.publish({ type: 'progress', progress }),
    // Commits by the CLI, another process or another page of this host: the pages refresh what they read.
    onChange: (topics) => hub.publish({ type: 'changed', topics }),
  });
  const routes = apiRoutes(confinedDispatch(importRoots, workbench.dispatch), {
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    bodyIdleMs: timeouts.bodyIdleMs,
    authorize: (method, input) => (method === 'importPaths' ? checkImportPaths(input) : null),
  }).set(EVENTS_ROUTE, hub.route);
  const server = createServer({
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    // Node checks both deadlines on this interval (default 30 s): often enough that they hold.
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(timeouts.headersMs / 4))),
  });
  answerClientErrorsAsJson(server, { headersMs: timeouts.headersMs, requestMs: timeouts.requestMs });
  let port: number;
  try {
    port = await listen(server, options.port, host);
  } catch (error) {
    hub.close();
    workbench.close();
    throw error;
  }

  const handle = createRouter({ port, token, routes, staticDir: options.staticDir ?? join(packageRoot(), 'dist', 'renderer') });
  const inFlight = new Set<Promise<void>>();
  server.on('request', (req, res) => {
    const work = handle(req, res);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      hub.close();
      server.closeIdleConnections();
      await settleWithin(inFlight, DRAIN_MS);
      server.closeAllConnections();
      await stopped;
      workbench.close();
    })());

  return { url: `http://${host}:${port}/?token=${token}`, port, token, close };
}
