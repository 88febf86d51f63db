// Test helpers for the web host: a real server on an ephemeral port over a temp workspace, a
// typed client that calls it over real HTTP, raw requests for headers fetch() will not send, and
// bare sockets for what no HTTP client sends (duplicate headers, a request that trickles in).
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbenchClient } from '../../api/client.js';
import type { Result } from '../../api/result.js';
import { httpRoute, TOKEN_HEADER } from '../../api/transport.js';
import type { WorkbenchApi, WorkbenchMethod } from '../../api/workbench-api.js';
import { startWebHost, type WebHost, type WebHostOptions } from '../../server/web-host.js';

export interface TestHost extends WebHost {
  dir: string;
  /** http://127.0.0.1:PORT */
  base: string;
  /** POST /api/<method> with the token and a JSON body; `headers` override the defaults. */
  post(method: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** A WorkbenchApi client over HTTP, as the renderer builds it; `called` records every method used. */
  client: WorkbenchApi;
  called: Set<WorkbenchMethod>;
  /** Closes the host and removes the temp folder. */
  cleanup(): Promise<void>;
}

/** A host over a fresh temp folder, which importPaths may read (as `--allow DIR`) unless `importRoots` says otherwise. */
export async function startTestHost(options: Partial<WebHostOptions> = {}): Promise<TestHost> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-server-'));
  const host = await startWebHost({ workspacePath: join(dir, 'workspace.assay.db'), port: 0, staticDir: join(dir, 'no-ui'), importRoots: [dir], ...options });
  const base = `http://127.0.0.1:${host.port}`;
  const post = (method: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const called = new Set<WorkbenchMethod>();
  const client = createWorkbenchClient(async (method, input) => {
    called.add(method);
    const response = await fetch(`${base}${httpRoute(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Result<unknown>;
  });
  return {
    ...host,
    dir,
    base,
    post,
    client,
    called,
    async cleanup() {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as is; an array is sent chunk by chunk without a Content-Length. */
  body?: string | Buffer | string[];
}

/** One HTTP request with exactly these headers (Host included) and the path not normalised. */
export function rawRequest(port: number, options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: {
          Host: `127.0.0.1:${port}`,
          ...(options.body !== undefined && !Array.isArray(options.body) ? { 'Content-Length': String(Buffer.byteLength(options.body)) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const chunks: (string | Buffer)[] = options.body === undefined ? [] : Array.isArray(options.body) ? options.body : [options.body];
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

export async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export interface BareSocket {
  socket: Socket;
  /** Everything the server has sent so far. */
  received(): string;
  /** Resolves with everything the server sent once it closes the connection. */
  closed: Promise<string>;
}

/** A plain TCP connection to the host: the test writes the request bytes itself, at its own pace. */
export function bareSocket(port: number): Promise<BareSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    const closed = new Promise<string>((done) => socket.on('close', () => done(text)));
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      socket.on('error', () => undefined); // a reset by the server shows as 'close'
      resolve({ socket, received: () => text, closed });
    });
  });
}

/** Writes `next()` every `everyMs` until the connection closes (a client that never finishes). */
export function trickle(bare: BareSocket, everyMs: number, next: () => string | null): void {
  const timer = setInterval(() => {
    const piece = next();
    if (piece === null || bare.socket.destroyed) clearInterval(timer);
    else bare.socket.write(piece);
  }, everyMs);
  void bare.closed.then(() => clearInterval(timer));
}
