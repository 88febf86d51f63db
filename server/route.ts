// One entry of the web host's handler table: the HTTP method a path answers and its handler.
// Every /api/ route sits behind the token check; the router applies it before `handle` runs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Route {
  method: 'GET' | 'POST';
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** Path (without query) → route. */
export type RouteTable = ReadonlyMap<string, Route>;
