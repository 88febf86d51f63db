// Every refusal of the web host: wrong or repeated Host (DNS rebinding), foreign Origin, token
// missing or wrong, non-JSON or non-UTF-8 body, wrong method, oversized body, unknown route. Each has a JSON error body,
// and no response ever carries a CORS header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_ROUTE, TOKEN_HEADER } from '../../api/transport.js';
import { bareSocket, rawRequest, startTestHost, type RawRequest, type RawResponse, type TestHost } from './helpers.js';

let host: TestHost;
const LIMIT = 2048;

beforeAll(async () => {
  host = await startTestHost({ bodyLimit: LIMIT });
});

afterAll(() => host.cleanup());

function api(method: string, headers: Record<string, string> = {}, body: RawRequest['body'] = '{}'): Promise<RawResponse> {
  return rawRequest(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body,
  });
}

function expectRefusal(response: RawResponse, status: number, code = 'bad-input'): void {
  expect(response.status, response.body).toBe(status);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  expect(response.headers['access-control-allow-origin']).toBeUndefined();
}

describe('the guards', () => {
  it('lets a proper call through, with either loopback name', async () => {
    const response = await api('getWorkspaceInfo');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { documentCount: 0 } });
    const named = await api('getWorkspaceInfo', { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(named.status).toBe(200);
  });

  it('refuses a foreign Host header, on the API and on static files', async () => {
    expectRefusal(await api('getWorkspaceInfo', { Host: `evil.example:${host.port}` }), 403);
    expectRefusal(await api('getWorkspaceInfo', { Host: '127.0.0.1:1' }), 403);
    expectRefusal(await rawRequest(host.port, { path: '/', headers: { Host: `rebind.evil.example:${host.port}` } }), 403);
  });

  it('refuses a request with more than one Host header, on the API, the event stream and static files', async () => {
    const good = `Host: 127.0.0.1:${host.port}`;
    for (const [path, hosts] of [
      ['/api/getWorkspaceInfo', [good, 'Host: evil.example']],
      ['/api/getWorkspaceInfo', ['Host: evil.example', good]],
      [EVENTS_ROUTE, [good, good]],
      ['/', [good, `host: localhost:${host.port}`]],
    ] as const) {
      const bare = await bareSocket(host.port);
      const method = path === '/api/getWorkspaceInfo' ? 'POST' : 'GET';
      const body = method === 'POST' ? '{}' : '';
      const head = [`${method} ${path} HTTP/1.1`, ...hosts, `${TOKEN_HEADER}: ${host.token}`, 'Content-Type: application/json', `Content-Length: ${body.length}`];
      bare.socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
      const answer = await bare.closed;
      expect(answer, `${path} ${hosts.join(', ')}`).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('{"ok":false,"error":{"code":"bad-input","message":"Refused: the request has more than one Host header."}}');
    }
  });

  it('refuses a foreign Origin', async () => {
    expectRefusal(await api('getWorkspaceInfo', { Origin: 'https://evil.example' }), 403);
    expectRefusal(await api('getWorkspaceInfo', { Origin: 'null' }), 403);
    expectRefusal(await api('getWorkspaceInfo', { Origin: `http://127.0.0.1:${host.port}.evil.example` }), 403);
    expectRefusal(await rawRequest(host.port, { path: '/', headers: { Origin: 'https://evil.example' } }), 403);
    expect((await api('getWorkspaceInfo', { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses an API call the browser marks as cross-site', async () => {
    expectRefusal(await api('getWorkspaceInfo', { 'Sec-Fetch-Site': 'cross-site' }), 403);
    expect((await api('getWorkspaceInfo', { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a missing or wrong token', async () => {
    const missing = await rawRequest(host.port, { method: 'POST', path: '/api/getWorkspaceInfo', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expectRefusal(missing, 401);
    expectRefusal(await api('getWorkspaceInfo', { [TOKEN_HEADER]: `${host.token.slice(0, -1)}x` }), 401);
    expectRefusal(await api('getWorkspaceInfo', { [TOKEN_HEADER]: '' }), 401);
    // The token in the URL query opens the page, never the API.
    const inQuery = await rawRequest(host.port, {
      method: 'POST',
      path: `/api/getWorkspaceInfo?token=${host.token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expectRefusal(inQuery, 401);
    const events = await rawRequest(host.port, { path: '/api/events' });
    expectRefusal(events, 401);
  });

  it('refuses a body that is not JSON', async () => {
    expectRefusal(await api('getWorkspaceInfo', { 'Content-Type': 'text/plain' }), 415);
    expectRefusal(await api('getWorkspaceInfo', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=1'), 415);
    expectRefusal(await api('getWorkspaceInfo', { 'Content-Type': 'application/json; charset=latin1' }), 415);
    expect((await api('getWorkspaceInfo', { 'Content-Type': 'application/json; charset=UTF-8' })).status).toBe(200);
    expectRefusal(await api('search', {}, '{"query": "army"'), 400);
    const notUtf8 = await api('search', {}, Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])); // {"q":"\xff"}
    expectRefusal(notUtf8, 400);
    expect(JSON.parse(notUtf8.body)).toMatchObject({ error: { message: 'Refused: the request body is not valid UTF-8 — send JSON encoded as UTF-8.' } });
    // Latin-1 "é" in an otherwise valid query: refused, not searched for as U+FFFD.
    const latin1 = await api('search', {}, Buffer.concat([Buffer.from('{"query":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    expectRefusal(latin1, 400);
    expect(JSON.parse(latin1.body)).toMatchObject({ error: { code: 'bad-input', message: expect.stringContaining('not valid UTF-8') } });
    expect((await api('search', {}, Buffer.from('{"query":"café"}'))).status).toBe(200);
  });

  it('refuses the wrong HTTP method', async () => {
    const get = await rawRequest(host.port, { path: '/api/search', headers: { [TOKEN_HEADER]: host.token } });
    expectRefusal(get, 405);
    expect(get.headers.allow).toBe('POST');
    expectRefusal(await rawRequest(host.port, { method: 'PUT', path: '/api/search', headers: { [TOKEN_HEADER]: host.token } }), 405);
    expectRefusal(await rawRequest(host.port, { method: 'POST', path: '/api/events', headers: { [TOKEN_HEADER]: host.token } }), 405);
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(LIMIT) });
    expectRefusal(await api('search', {}, big), 413);
    // Chunked, without Content-Length: counted as it arrives.
    expectRefusal(await api('search', {}, ['{"query":"', 'x'.repeat(1000), 'x'.repeat(1000), 'x'.repeat(1000), '"}']), 413);
    expect((await api('search', {}, ['{"query":"', 'army', '"}'])).status).toBe(200);
  });

  it('answers 404 for a method that does not exist', async () => {
    expectRefusal(await api('dropAllTables'), 404, 'not-found');
    expectRefusal(await api('close'), 404, 'not-found');
    expectRefusal(await api('getWorkspaceInfo/'), 404, 'not-found');
  });

  it('sends no CORS headers, even to a preflight', async () => {
    const preflight = await rawRequest(host.port, {
      method: 'OPTIONS',
      path: '/api/search',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': TOKEN_HEADER },
    });
    expect(preflight.status).toBe(403);
    const fine = await fetch(`${host.base}/api/listTags`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token }, body: '{}' });
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect([...fine.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(fine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(fine.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
