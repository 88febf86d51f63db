// The API half of the handler table: `POST /api/<method>` for every WorkbenchApi method, made by
// one loop over WORKBENCH_METHODS. Each call: JSON body → this door's own authorisation (which
// paths importPaths may read) → the workbench's dispatch (the contract's input check, then the
// core) → a Result with the HTTP status its code deserves.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../api/result.js';
import { httpRoute } from '../api/transport.js';
import { WORKBENCH_METHODS, type WorkbenchMethod } from '../api/workbench-api.js';
import { checkJsonContentType } from './guards.js';
import { sendRefusal, sendResult, type Refusal } from './http-reply.js';
import { readJsonBody } from './read-json-body.js';
import type { Route } from './route.js';

/** Runs one call and answers with its Result (the open workbench's `dispatch`). */
export type Dispatch = (method: WorkbenchMethod, input: unknown, onBug: (method: string, error: unknown) => void) => Promise<Result<unknown>>;

/** A refusal for a call this door will not pass on (its input not yet checked by the contract), or null. */
export type Authorize = (method: WorkbenchMethod, input: unknown) => Refusal | null;

export interface ApiRouteOptions {
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Longest pause while a body arrives, in ms; default 5 s. */
  bodyIdleMs?: number;
  authorize?: Authorize;
}

export const DEFAULT_BODY_IDLE_MS = 5_000;

function logBug(method: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`assay serve: internal error in ${method}: ${detail}\n`);
}

async function call(dispatch: Dispatch, method: WorkbenchMethod, req: IncomingMessage, res: ServerResponse, options: ApiRouteOptions): Promise<void> {
  const wrongType = checkJsonContentType(req);
  if (wrongType) return sendRefusal(res, wrongType);
  const body = await readJsonBody(req, { limit: options.bodyLimit, idleMs: options.bodyIdleMs ?? DEFAULT_BODY_IDLE_MS });
  if (!body.ok) return sendRefusal(res, body.refusal);
  const refused = options.authorize?.(method, body.value) ?? null;
  if (refused) return sendRefusal(res, refused);
  sendResult(res, await dispatch(method, body.value, logBug));
}

export function apiRoutes(dispatch: Dispatch, options: ApiRouteOptions): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const method of WORKBENCH_METHODS) {
    routes.set(httpRoute(method), { method: 'POST', handle: (req, res) => call(dispatch, method, req, res, options) });
  }
  return routes;
}
