// Node answers a request it gives up on before any route sees it (headers or the whole request
// too slow, malformed HTTP, headers too large) itself, in plain text: "408 Request Timeout". This
// answers those in the host's JSON Result envelope instead, so every client reads one shape.
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** What the client is told, by Node's error code. */
function refusalFor(code: string | undefined, deadlines: { headersMs: number; requestMs: number }): { status: number; message: string } {
  const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        message: `Refused: the request did not arrive in time (its headers within ${seconds(deadlines.headersMs)}, all of it within ${seconds(deadlines.requestMs)}) — send it in one go.`,
      };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: 'Refused: the request headers are too large.' };
    default:
      return { status: 400, message: 'Refused: the request is not valid HTTP.' };
  }
}

function rawJsonResponse(status: number, message: string): string {
  const body = JSON.stringify({ ok: false, error: { code: 'bad-input', message } });
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
    'Cross-Origin-Resource-Policy: same-origin',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Makes `server` answer client errors (timeouts, bad HTTP) with a JSON refusal, then close the connection. */
export function answerClientErrorsAsJson(server: Server, deadlines: { headersMs: number; requestMs: number }): void {
  // The response in progress on each connection: once its headers are out, nothing more may be written.
  const responses = new WeakMap<Duplex, ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    responses.set(req.socket, res);
    // A keep-alive connection's next request may be the bad one: answer it as if the first had not been.
    res.once('finish', () => responses.delete(req.socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const started = responses.get(socket)?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || started) {
      socket.destroy();
      return;
    }
    const { status, message } = refusalFor(error.code, deadlines);
    socket.write(rawJsonResponse(status, message), () => socket.destroy());
  });
}
