// The API half of the handler table: `POST /api/<method>` for every WorkbenchApi method, made by
// one loop over WORKBENCH_METHODS. Each call: JSON body → the workbench's dispatch (the contract's
// input check, then the core) → a Result with the HTTP status its code deserves.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../api/result.js';
import { httpRoute } from '../api/transport.js';
import { WORKBENCH_METHODS, type WorkbenchMethod } from '../api/workbench-api.js';
import { checkJsonContentType } from './guards.js';
import { sendRefusal, sendResult } from './http-reply.js';
import { readJsonBody } from './read-json-body.js';
import type { Route } from './route.js';

/** Runs one call and answers with its Result (the open workbench's `dispatch`). */
export type Dispatch = (method: WorkbenchMethod, input: unknown, onBug: (method: string, error: unknown) => void) => Promise<Result<unknown>>;

function logBug(method: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`assay serve: internal error in ${method}: ${detail}\n`);
}

async function call(dispatch: Dispatch, method: WorkbenchMethod, req: IncomingMessage, res: ServerResponse, bodyLimit: number): Promise<void> {
  const wrongType = checkJsonContentType(req);
  if (wrongType) return sendRefusal(res, wrongType);
  const body = await readJsonBody(req, bodyLimit);
  if (!body.ok) return sendRefusal(res, body.refusal);
  sendResult(res, await dispatch(method, body.value, logBug));
}

export function apiRoutes(dispatch: Dispatch, bodyLimit: number): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const method of WORKBENCH_METHODS) {
    routes.set(httpRoute(method), { method: 'POST', handle: (req, res) => call(dispatch, method, req, res, bodyLimit) });
  }
  return routes;
}
