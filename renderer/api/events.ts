// Events pushed to the UI (import progress, menu commands, `changed` when another process wrote
// to the workspace): window.assayEvents in the desktop app, else one shared streaming
// GET /api/events (read with fetch, since EventSource cannot send the token header).
import { CHANGE_TOPICS, EVENTS_ROUTE, TOKEN_HEADER, isWorkbenchEvent, type MenuCommand, type WorkbenchEvent } from '../../api/transport.js';
import { createSseParser } from '../lib/sse.js';
import { preloadEvents } from './bridge.js';
import { apiUrl, sessionToken } from './http-transport.js';

type Listener = (event: WorkbenchEvent) => void;

const listeners = new Set<Listener>();
let stop: (() => void) | null = null;

function dispatch(event: WorkbenchEvent): void {
  for (const listener of listeners) listener(event);
}

function connectHttp(): () => void {
  const controller = new AbortController();
  let failures = 0;
  let connected = false;
  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(apiUrl(EVENTS_ROUTE), {
          headers: { [TOKEN_HEADER]: sessionToken(), Accept: 'text/event-stream' },
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
        failures = 0;
        // Whatever changed while the stream was down went unannounced: treat it all as changed.
        if (connected) dispatch({ type: 'changed', topics: [...CHANGE_TOPICS] });
        connected = true;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = createSseParser((data) => {
          try {
            const parsed: unknown = JSON.parse(data);
            if (isWorkbenchEvent(parsed)) dispatch(parsed);
          } catch {
            // A malformed event is skipped; the stream goes on.
          }
        });
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(value);
        }
      } catch {
        if (controller.signal.aborted) return;
        failures += 1;
      }
      // Back off so a host without events (or a stopped one) is not hammered.
      const delay = Math.min(30_000, 1000 * 2 ** Math.min(failures, 5));
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };
  void run();
  return () => controller.abort();
}

function connect(): () => void {
  const bridge = preloadEvents();
  if (!bridge) return connectHttp();
  let active = true;
  const unsubscribe = bridge.onEvent((event) => {
    if (active) dispatch(event);
  });
  return () => {
    active = false;
    if (typeof unsubscribe === 'function') unsubscribe();
  };
}

/** Subscribes to core events; the connection opens with the first listener, closes with the last. */
export function subscribeToEvents(listener: Listener): () => void {
  listeners.add(listener);
  if (!stop) stop = connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

/** The desktop menu's commands (Import…, Export…, shortcuts); a browser has no such menu. */
export function subscribeToMenu(onCommand: (command: MenuCommand) => void): () => void {
  if (!preloadEvents()) return () => undefined;
  return subscribeToEvents((event) => {
    if (event.type === 'menu') onCommand(event.command);
  });
}
