// `GET /api/events`: a text/event-stream of WorkbenchEvent JSON, fanned out to every connected
// page. The renderer reads it with fetch() (so the token header can be sent), not EventSource.
import type { ServerResponse } from 'node:http';
import type { WorkbenchEvent } from '../api/transport.js';
import type { Route } from './route.js';

/** A page that stopped reading is skipped rather than buffered without end. */
const MAX_BACKLOG = 1024 * 1024;

export interface EventHub {
  publish(event: WorkbenchEvent): void;
  readonly route: Route;
  /** Ends every stream and stops the pings. */
  close(): void;
}

export function createEventHub(pingMs = 15_000): EventHub {
  const streams = new Set<ServerResponse>();
  const send = (text: string): void => {
    for (const res of streams) if (res.writableLength < MAX_BACKLOG) res.write(text);
  };
  // Comment lines keep idle connections (and any proxy in between) from timing out.
  const ping = setInterval(() => send(': ping\n\n'), pingMs);
  ping.unref();

  const route: Route = {
    method: 'GET',
    async handle(req, res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // A first line at once, so the client's fetch() resolves without waiting for an event.
      res.write(': connected\n\n');
      streams.add(res);
      const drop = (): void => {
        streams.delete(res);
      };
      req.on('close', drop);
      res.on('close', drop);
      res.on('error', drop);
    },
  };

  return {
    publish: (event) => send(`data: ${JSON.stringify(event)}\n\n`),
    route,
    close() {
      clearInterval(ping);
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
