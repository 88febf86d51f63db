// Reads a request body as JSON without trusting its size or its pace: bytes are counted as they
// stream in and the read stops at the limit, so an oversized upload never sits in memory, and a
// body that stops arriving (a slowloris client) is refused instead of holding the connection.
import type { IncomingMessage } from 'node:http';
import type { Refusal } from './http-reply.js';

export type BodyOutcome = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

export interface BodyReadOptions {
  /** Largest body in bytes. */
  limit: number;
  /** Longest pause between two pieces of the body, in ms. */
  idleMs: number;
}

function describe(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} bytes`;
}

function tooLarge(limit: number): BodyOutcome {
  return { ok: false, refusal: { status: 413, message: `Refused: the request is larger than the ${describe(limit)} limit.` } };
}

function stalled(idleMs: number): BodyOutcome {
  return { ok: false, refusal: { status: 408, message: `Refused: the request body stopped arriving for ${idleMs / 1000} s — send it in one go.` } };
}

function parse(bytes: Buffer): BodyOutcome {
  if (bytes.length === 0) return { ok: true, value: {} };
  let text: string;
  try {
    // fatal: invalid bytes are refused, not silently turned into U+FFFD in the analyst's data.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, refusal: { status: 400, message: 'Refused: the request body is not valid UTF-8 — send JSON encoded as UTF-8.' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, refusal: { status: 400, message: 'Refused: the request body is not valid JSON.' } };
  }
}

/**
 * Calls `onIdle` once no `touch()` has come for `idleMs`. The decision waits for setImmediate, which
 * runs after pending socket reads: a host that was busy past the deadline still reads what arrived
 * meanwhile before it judges the client slow.
 */
function idleWatch(idleMs: number, onIdle: () => void): { touch(): void; stop(): void } {
  let last = Date.now();
  let timer: NodeJS.Timeout | undefined;
  let check: NodeJS.Immediate | undefined;
  const arm = (delay: number): void => {
    timer = setTimeout(() => {
      check = setImmediate(() => {
        const waited = Date.now() - last;
        if (waited >= idleMs) onIdle();
        else arm(idleMs - waited);
      });
    }, delay);
  };
  arm(idleMs);
  return {
    touch: () => (last = Date.now()),
    stop: () => {
      clearTimeout(timer);
      if (check) clearImmediate(check);
    },
  };
}

/** An empty body reads as `{}` (methods without input). */
export function readJsonBody(req: IncomingMessage, options: BodyReadOptions): Promise<BodyOutcome> {
  const { limit, idleMs } = options;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge(limit));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      idle.stop();
      chunks.length = 0;
      resolve(outcome);
    };
    const idle = idleWatch(idleMs, () => settle(stalled(idleMs)));
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // past the limit: the rest drains unread until the connection closes
      idle.touch();
      size += chunk.length;
      if (size > limit) settle(tooLarge(limit));
      else chunks.push(chunk);
    });
    req.on('end', () => settle(parse(Buffer.concat(chunks, size))));
    const broken = (): void => settle({ ok: false, refusal: { status: 400, message: 'The request body was cut off.' } });
    req.on('error', broken);
    req.on('close', broken);
  });
}
