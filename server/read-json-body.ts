// Reads a request body as JSON without trusting its size: bytes are counted as they stream in
// and the read stops at the limit, so an oversized upload never sits in memory.
import type { IncomingMessage } from 'node:http';
import type { Refusal } from './http-reply.js';

export type BodyOutcome = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

function describe(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} bytes`;
}

function tooLarge(limit: number): BodyOutcome {
  return { ok: false, refusal: { status: 413, message: `Refused: the request is larger than the ${describe(limit)} limit.` } };
}

function parse(bytes: Buffer): BodyOutcome {
  if (bytes.length === 0) return { ok: true, value: {} };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, refusal: { status: 400, message: 'Refused: the request body is not valid JSON.' } };
  }
}

/** An empty body reads as `{}` (methods without input). */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge(limit));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      resolve(outcome);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // past the limit: the rest drains unread until the connection closes
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
