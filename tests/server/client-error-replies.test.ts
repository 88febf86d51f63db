// Requests Node gives up on before any route sees them (headers or the whole request too slow,
// malformed HTTP, oversized headers) are answered in the host's JSON envelope, not Node's plain
// text, and the connection is closed. Real sockets against a host with short deadlines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../api/transport.js';
import { bareSocket, startTestHost, trickle, type TestHost } from './helpers.js';

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ timeouts: { headersMs: 300, bodyIdleMs: 300, requestMs: 1_000 } });
});

afterAll(() => host.cleanup());

/** The status line and the parsed JSON body of a raw answer. */
function parse(answer: string): { statusLine: string; headers: string; body: unknown } {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...headers] = head.split('\r\n');
  return { statusLine, headers: headers.join('\n').toLowerCase(), body: JSON.parse(body) };
}

const TIMEOUT = 'Refused: the request did not arrive in time (its headers within 0.3 s, all of it within 1 s) — send it in one go.';

describe('answers Node gives itself', () => {
  it('a 408 for headers that never finish is JSON', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`);
    const answer = parse(await bare.closed);
    expect(answer.statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(answer.headers).toContain('content-type: application/json; charset=utf-8');
    expect(answer.headers).toContain('connection: close');
    expect(answer.body).toEqual({ ok: false, error: { code: 'bad-input', message: TIMEOUT } });
  });

  it('a 408 for a body that trickles in past the request deadline is JSON', async () => {
    const bare = await bareSocket(host.port);
    const head = [
      `POST /api/search HTTP/1.1`,
      `Host: 127.0.0.1:${host.port}`,
      `${TOKEN_HEADER}: ${host.token}`,
      'Content-Type: application/json',
      'Content-Length: 100000',
    ];
    bare.socket.write(`${head.join('\r\n')}\r\n\r\n{"query": "`);
    trickle(bare, 50, () => 'a');
    const answer = parse(await bare.closed);
    expect(answer.statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(answer.body).toEqual({ ok: false, error: { code: 'bad-input', message: TIMEOUT } });
  });

  it('a request that is not HTTP gets a JSON 400', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write('HELLO THERE\r\n\r\n');
    const answer = parse(await bare.closed);
    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(answer.body).toEqual({ ok: false, error: { code: 'bad-input', message: 'Refused: the request is not valid HTTP.' } });
  });

  it('garbage after a finished request on a kept-alive connection gets a JSON 400', async () => {
    const bare = await bareSocket(host.port);
    const head = [
      `POST /api/getWorkspaceInfo HTTP/1.1`,
      `Host: 127.0.0.1:${host.port}`,
      `${TOKEN_HEADER}: ${host.token}`,
      'Content-Type: application/json',
      'Content-Length: 2',
    ];
    bare.socket.write(`${head.join('\r\n')}\r\n\r\n{}`);
    await new Promise<void>((done) => bare.socket.once('data', () => done()));
    bare.socket.write('HELLO THERE\r\n\r\n');
    const answer = await bare.closed;
    const second = answer.slice(answer.lastIndexOf('HTTP/1.1 '));
    expect(answer.startsWith('HTTP/1.1 200 OK')).toBe(true);
    expect(parse(second)).toMatchObject({ statusLine: 'HTTP/1.1 400 Bad Request', body: { ok: false, error: { code: 'bad-input' } } });
  });

  it('headers past Node’s size limit get a JSON 431', async () => {
    const bare = await bareSocket(host.port);
    bare.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    const answer = parse(await bare.closed);
    expect(answer.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(answer.body).toEqual({ ok: false, error: { code: 'bad-input', message: 'Refused: the request headers are too large.' } });
  });
});
