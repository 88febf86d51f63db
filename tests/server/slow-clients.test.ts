// Slow clients (slowloris) are dropped: headers that never finish, a body that stops arriving or
// trickles in past the request deadline. The event stream, long-lived by design, is not cut, but
// its headers must arrive on time too. Real sockets against a host with short deadlines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_ROUTE, TOKEN_HEADER } from '../../api/transport.js';
import { DEFAULT_TIMEOUTS } from '../../server/web-host.js';
import { bareSocket, startTestHost, trickle, type TestHost } from './helpers.js';

let host: TestHost;
const TIMEOUTS = { headersMs: 300, bodyIdleMs: 300, requestMs: 1_000 };

beforeAll(async () => {
  host = await startTestHost({ timeouts: TIMEOUTS, pingMs: 50 });
});

afterAll(() => host.cleanup());

function requestHead(method: string, path: string, extra: string[] = []): string {
  return [`${method} ${path} HTTP/1.1`, `Host: 127.0.0.1:${host.port}`, `${TOKEN_HEADER}: ${host.token}`, ...extra].join('\r\n') + '\r\n';
}

describe('slow clients', () => {
  it('keeps the defaults at a few seconds', () => {
    expect(DEFAULT_TIMEOUTS).toEqual({ headersMs: 5_000, bodyIdleMs: 5_000, requestMs: 60_000 });
  });

  it('drops a request whose headers keep trickling in', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write(requestHead('GET', '/'));
    let n = 0;
    trickle(bare, 50, () => `X-Slow-${(n += 1)}: 1\r\n`);
    expect(await bare.closed).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('drops the event stream too if its headers do not arrive on time', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write(requestHead('GET', EVENTS_ROUTE));
    let n = 0;
    trickle(bare, 50, () => `X-Slow-${(n += 1)}: 1\r\n`);
    expect(await bare.closed).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('refuses a body that stops arriving', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write(`${requestHead('POST', '/api/search', ['Content-Type: application/json', 'Content-Length: 100'])}\r\n{"query": "ar`);
    const answer = await bare.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('{"ok":false,"error":{"code":"bad-input","message":"Refused: the request body stopped arriving for 0.3 s — send it in one go."}}');
  });

  it('drops a body that trickles in past the request deadline', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write(`${requestHead('POST', '/api/search', ['Content-Type: application/json', 'Content-Length: 100000'])}\r\n{"query": "`);
    // A byte every 50 ms never trips the 300 ms pause; the 1 s deadline for the whole request does.
    trickle(bare, 50, () => 'a');
    expect(await bare.closed).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('lets the event stream run past every deadline once its headers are in', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write(`${requestHead('GET', EVENTS_ROUTE)}\r\n`);
    // 40 pings 50 ms apart: the stream outlives the 1 s request deadline.
    const pings = (): number => bare.received().split(': ping\n\n').length - 1;
    await new Promise<void>((done) => {
      const onData = (): void => {
        if (pings() < 40) return;
        bare.socket.off('data', onData);
        done();
      };
      bare.socket.on('data', onData);
    });
    expect(bare.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(bare.socket.destroyed).toBe(false);
    bare.socket.destroy();
  });

  it('still answers a prompt request', async () => {
    const response = await host.post('search', { query: 'army' });
    expect(response.status).toBe(200);
  });
});
