// Hostile inputs get a true reason or import properly: a file that is part windows-1251 and part
// UTF-8, UTF-16 without a byte-order mark, a file name that is not UTF-8, JSON nested 100,000 deep.
// Real files in a temp folder, a real workspace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../db/import/decode-text.js';
import { readAndParse } from '../../db/import/read-and-parse.js';
import { walkPaths } from '../../db/import/walk-paths.js';
import { freshWorkbench, tempDir } from '../support/workspace.js';

const RUSSIAN = 'Президент заявил, что армия не получала приказа. «Мы не собираемся воевать», — сказал он в воскресенье.\n';
const UKRAINIAN = 'Президент України заявив, що Білорусь стала співучасницею агресії. Їхня територія використовується для ударів.\n';

function writeTemp(name: string | Buffer, content: string | Uint8Array): string {
  const dir = tempDir();
  const path = typeof name === 'string' ? join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]);
  writeFileSync(path, content);
  return typeof path === 'string' ? path : dir;
}

describe('mixed encodings in one file', () => {
  it('refuses 70 kB of windows-1251 followed by UTF-8, naming both parts, instead of storing mojibake', async () => {
    const legacy = iconv.encode(RUSSIAN.repeat(Math.ceil(70_000 / RUSSIAN.length)), 'windows-1251');
    const path = writeTemp('mixed.txt', Buffer.concat([legacy, Buffer.from(RUSSIAN.repeat(20), 'utf8')]));
    const outcome = await readAndParse(path);
    expect(outcome).toEqual({
      ok: false,
      reason: `mixed text encodings: the first part reads as windows-1251, the rest (from byte ${legacy.length.toLocaleString('en')}) as UTF-8 — save it in one encoding (UTF-8) and import it again`,
    });
  });

  it('refuses UTF-8 followed by KOI8-U, and UTF-8 words scattered through windows-1251', () => {
    const utf8 = Buffer.from(UKRAINIAN.repeat(3), 'utf8');
    const after = decodeText(Buffer.concat([utf8, iconv.encode(UKRAINIAN.repeat(50), 'koi8-u')]));
    expect(after).toEqual({
      ok: false,
      reason: `mixed text encodings: the first part reads as UTF-8, the rest (from byte ${utf8.length}) as koi8-u — save it in one encoding (UTF-8) and import it again`,
    });
    const scattered = Buffer.concat([iconv.encode(RUSSIAN, 'windows-1251'), Buffer.from(RUSSIAN, 'utf8'), iconv.encode(RUSSIAN, 'windows-1251')]);
    expect(decodeText(scattered)).toEqual({ ok: false, reason: expect.stringMatching(/^mixed text encodings: parts of it read as UTF-8 and others as windows-1251 — /) });
  });

  it('still reads every legacy code page on its own, however long', () => {
    for (const [encoding, text] of [
      ['windows-1251', RUSSIAN],
      ['koi8-r', RUSSIAN.replace(/[«»—]/g, '')],
      ['koi8-u', UKRAINIAN],
      ['ibm866', RUSSIAN.replace(/[«»—]/g, '')],
      ['iso-8859-5', RUSSIAN.replace(/[«»—]/g, '')],
    ] as const) {
      const long = text.repeat(600);
      expect(decodeText(iconv.encode(long, encoding))).toEqual({ ok: true, text: long, encoding });
    }
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it.each(['utf-16le', 'utf-16be'] as const)('reads Cyrillic %s and says which encoding it was', async (encoding) => {
    const le = Buffer.from(`Минск не будет участвовать в войне\n\n${RUSSIAN}`, 'utf16le');
    const path = writeTemp('cyrillic.txt', encoding === 'utf-16le' ? le : Buffer.from(le).swap16());
    const outcome = await readAndParse(path);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents[0]?.title).toBe('Минск не будет участвовать в войне');
    expect(outcome.documents[0]?.body).toContain('армия не получала приказа');
    expect(outcome.documents[0]?.meta.encoding).toBe(encoding);
  });

  it('reads Greek and Ukrainian without a mark too, and still refuses NUL-laden binary', () => {
    const greek = 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.';
    expect(decodeText(Buffer.from(greek, 'utf16le'))).toEqual({ ok: true, text: greek, encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(UKRAINIAN, 'utf16le'))).toEqual({ ok: true, text: UKRAINIAN, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0x41, 0, 0x42, 0x43, 0x44, 0x45]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary file/) });
  });
});

describe('a file name that is not valid UTF-8', () => {
  const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' report.txt')]);

  it('imports from its folder, shown with U+FFFD, and is searchable', async () => {
    const dir = writeTemp(name, 'Border report\n\nThe crossing at Kresny Most closed at midnight.\n');
    expect(walkPaths([dir])).toEqual([{ path: join(dir, 'caf\uFFFD report.txt'), fsPath: Buffer.concat([Buffer.from(`${dir}/`), name]) }]);
    const wb = freshWorkbench();
    const report = await wb.importPaths({ paths: [dir] });
    expect(report.failed).toEqual([]);
    expect(report.added).toEqual([expect.objectContaining({ title: 'Border report', origin: join(dir, 'caf\uFFFD report.txt') })]);
    expect((await wb.search({ query: 'kresny' })).total).toBe(1);
  });

  it('imports when named directly (as a shell passes it, U+FFFD and all), and gives a true reason when nothing matches', async () => {
    const dir = writeTemp(name, 'Border report\n\nThe crossing at Kresny Most closed at midnight.\n');
    const wb = freshWorkbench();
    const report = await wb.importPaths({ paths: [join(dir, 'caf\uFFFD report.txt'), join(dir, 'caf\uFFFD other.txt')] });
    expect(report.added).toHaveLength(1);
    expect(report.failed).toEqual([
      {
        origin: join(dir, 'caf\uFFFD other.txt'),
        reason: 'no single file matches this name, whose bytes are not valid UTF-8 (shown as \uFFFD) — rename the file, or import the folder that holds it',
      },
    ]);
  });

  it('walks into a folder whose own name is not UTF-8', () => {
    const root = tempDir();
    const folder = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xc1, 0xf0, 0xe8, 0xf4])]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/note.txt')]), 'Note\n\nText.\n');
    expect(walkPaths([root]).map((e) => e.path)).toEqual([join(root, '\uFFFD\uFFFD\uFFFD\uFFFD', 'note.txt')]);
  });
});

describe('JSON nested very deeply', () => {
  it.each([
    ['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, ''],
    ['meta.json', `{"body": "text", "extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, ''],
    ['unclosed.json', '{"body": "text", "a": '.concat('['.repeat(100_000)), ''],
    ['lines.jsonl', `{"body": "ok"}\n{"body": "text", "extra": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}\n`, 'line 2: '],
  ])('%s gets a reason, not a stack overflow', async (name, content, prefix) => {
    const outcome = await readAndParse(writeTemp(name, content));
    expect(outcome).toEqual({ ok: false, reason: `${prefix}JSON nested too deeply (over 1,000 levels of arrays and objects; documents need three or four)` });
  });

  it('still reads JSON nested a few hundred levels in a field', async () => {
    const outcome = await readAndParse(writeTemp('ok.json', `{"body": "text", "extra": ${'['.repeat(500)}${']'.repeat(500)}, "note": "a \\"[[[\\" in a string"}`));
    expect(outcome.ok).toBe(true);
  });
});
