// The progress stream: GET /api/events (token in the header, read with fetch streaming as the
// renderer does) delivers the core's import progress while importSample runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_ROUTE, TOKEN_HEADER, type WorkbenchEvent } from '../../api/transport.js';
import { startTestHost, type TestHost } from './helpers.js';

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ pingMs: 50 });
});

afterAll(() => host.cleanup());

interface Seen {
  events: WorkbenchEvent[];
  pings: number;
}

/** Reads server-sent events until `stop` says so or the stream ends. */
async function collect(response: Response, stop: (seen: Seen) => boolean): Promise<Seen> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const seen: Seen = { events: [], pings: 0 };
  let buffer = '';
  while (!stop(seen)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block === ': ping') seen.pings += 1;
      if (block.startsWith('data: ')) seen.events.push(JSON.parse(block.slice('data: '.length)) as WorkbenchEvent);
    }
  }
  await reader.cancel();
  return seen;
}

function openStream(target: TestHost): Promise<Response> {
  return fetch(`${target.base}${EVENTS_ROUTE}`, { headers: { [TOKEN_HEADER]: target.token } });
}

describe('the event stream', () => {
  it('delivers progress while importSample runs', async () => {
    const response = await openStream(host);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const done = (seen: Seen): boolean => seen.events.some((e) => e.type === 'progress' && e.progress.phase === 'done');
    const [report, seen] = await Promise.all([host.client.importSample({}), collect(response, done)]);
    expect(report.added.length).toBeGreaterThan(0);
    const phases = seen.events.flatMap((e) => (e.type === 'progress' ? [e.progress.phase] : []));
    expect(phases).toEqual(expect.arrayContaining(['scanning', 'importing', 'done']));
    expect(phases.at(-1)).toBe('done');
  });

  it('sends comment pings to idle streams', async () => {
    const seen = await collect(await openStream(host), (s) => s.pings >= 2);
    expect(seen.pings).toBe(2);
  });

  it('ends open streams when the host closes', async () => {
    const other = await startTestHost();
    const reading = collect(await openStream(other), () => false);
    await other.cleanup();
    expect((await reading).events).toEqual([]);
  });
});
