// Finding an inline text/plain part in a raw message: the answers, and linear time on a message
// that repeats its Content-Type line 50,000 times (the former search from every such line took
// about 3 s for 8,000 of them and grew with the square: minutes for 50,000).
import { describe, expect, it } from 'vitest';
import { hasInlinePlainPart } from '../../db/import/mail-plain-part.js';
import { parseBytes } from '../../db/import/read-and-parse.js';

const TOP = 'From: desk@example.org\r\nSubject: Types\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n';
/** Ten times what the linear scan needs on any machine running the suite; the quadratic one needs minutes. */
const BOUND_MS = 5_000;

function manyTypes(lines: number): string {
  return `${TOP}--b\r\nContent-Type: text/html\r\n\r\n<p>Hello <b>there</b>, the convoy moved at dawn.</p>\r\n--b\r\n${'Content-Type: text/plain\r\n'.repeat(lines)}Content-Disposition: attachment; filename="a.txt"\r\n\r\nattached words\r\n--b--\r\n`;
}

describe('hasInlinePlainPart', () => {
  it.each([
    ['a message with no Content-Type at all', 'From: a@example.org\n\nbody', true],
    ['an inline plain part', `${TOP}--b\nContent-Type: text/plain; charset=utf-8\n\nhi\n--b--`, true],
    ['an inline plain part with CRLF', `${TOP}--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--`, true],
    ['only an attached plain part', `${TOP}--b\nContent-Type: text/html\n\n<p>x</p>\n--b\nContent-Type: text/plain\nContent-Disposition: attachment\n\nx\n--b--`, false],
    [
      'a plain part declared after an attachment',
      `${TOP}--b\nContent-Disposition: attachment\nContent-Type: text/plain\n\nx\n--b\nContent-Type: text/plain\n\ny\n--b--`,
      true,
    ],
    ['only HTML', `${TOP}--b\nContent-Type: text/html\n\n<p>x</p>\n--b--`, false],
  ])('%s', (_, raw, expected) => {
    expect(hasInlinePlainPart(raw)).toBe(expected);
  });

  it('scans 50,000 Content-Type lines in one block in linear time', () => {
    const raw = manyTypes(50_000);
    const began = performance.now();
    expect(hasInlinePlainPart(raw)).toBe(false);
    expect(performance.now() - began).toBeLessThan(BOUND_MS);
  });

  it('imports such a message from its HTML part, in bounded time', async () => {
    const began = performance.now();
    const outcome = await parseBytes('types.eml', Buffer.from(manyTypes(50_000)));
    expect(performance.now() - began).toBeLessThan(BOUND_MS);
    expect(outcome.ok && outcome.documents[0]?.body).toBe('Hello there, the convoy moved at dawn.');
  });
});
