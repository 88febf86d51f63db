// The API half of the handler table: `POST /api/<method>` for every WorkbenchApi method, made by
// one loop over WORKBENCH_METHODS. Each call: JSON body → checkPayload → the core → Result.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkPayload } from '../api/method-schemas.js';
import { httpRoute } from '../api/transport.js';
import { WORKBENCH_METHODS, type WorkbenchApi, type WorkbenchMethod } from '../api/workbench-api.js';
import { checkJsonContentType } from './guards.js';
import { sendFailure, sendJson, sendRefusal, sendValue } from './http-reply.js';
import { readJsonBody } from './read-json-body.js';
import type { Route } from './route.js';

async function call(api: WorkbenchApi, method: WorkbenchMethod, req: IncomingMessage, res: ServerResponse, bodyLimit: number): Promise<void> {
  const wrongType = checkJsonContentType(req);
  if (wrongType) return sendRefusal(res, wrongType);
  const body = await readJsonBody(req, bodyLimit);
  if (!body.ok) return sendRefusal(res, body.refusal);
  const problem = checkPayload(method, body.value);
  if (problem !== null) return sendJson(res, 400, { ok: false, error: { code: 'bad-input', message: problem } });
  try {
    // checkPayload has vouched for the shape; the core checks meaning.
    const run = api[method] as (input: unknown) => Promise<unknown>;
    sendValue(res, await run.call(api, body.value));
  } catch (error) {
    sendFailure(res, error, method);
  }
}

export function apiRoutes(api: WorkbenchApi, bodyLimit: number): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const method of WORKBENCH_METHODS) {
    routes.set(httpRoute(method), { method: 'POST', handle: (req, res) => call(api, method, req, res, bodyLimit) });
  }
  return routes;
}
