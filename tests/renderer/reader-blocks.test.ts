import { describe, expect, it } from 'vitest';
import type { Block } from '../../api/types.js';
import { readerBlocks } from '../../renderer/lib/reader-blocks.js';

/** A body and its structure, built the way the importer assembles them (blocks joined by blank lines). */
function assembled(parts: { kind: Block['kind']; text: string; level?: number }[]): { body: string; blocks: Block[] } {
  let body = '';
  const blocks: Block[] = [];
  for (const part of parts) {
    if (body) body += '\n\n';
    const start = body.length;
    body += part.text;
    blocks.push({ kind: part.kind, start, end: body.length, ...(part.level === undefined ? {} : { level: part.level }) });
  }
  return { body, blocks };
}

describe('readerBlocks', () => {
  it('renders each stored block as its own stretch of the body, leaving the blank lines out', () => {
    const { body, blocks } = assembled([
      { kind: 'heading', text: 'Findings', level: 1 },
      { kind: 'paragraph', text: 'The convoy left at dawn.' },
      { kind: 'list-item', text: 'first point', level: 2 },
    ]);
    const out = readerBlocks(body, blocks, []);
    expect(out.map((block) => body.slice(block.start, block.end))).toEqual(['Findings', 'The convoy left at dawn.', 'first point']);
    expect(out.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list-item']);
    expect(out[0]?.level).toBe(2);
    expect(out[2]?.depth).toBe(2);
  });

  it('draws no bullet of its own on a list item whose text already starts with one', () => {
    const { body, blocks } = assembled([
      { kind: 'list-item', text: '• Lorries queued for 14 km.' },
      { kind: 'list-item', text: '2. Check the ferry schedule.' },
      { kind: 'list-item', text: '(b) Ask the customs office.' },
      { kind: 'list-item', text: 'No military vehicles were seen.' },
      { kind: 'list-item', text: '2026 was a hard year.' },
    ]);
    expect(readerBlocks(body, blocks, []).map((block) => block.marked ?? false)).toEqual([true, true, true, false, false]);
  });

  it('renders the top heading level as h2 and never skips a level going deeper', () => {
    const { body, blocks } = assembled([
      { kind: 'heading', text: 'A', level: 2 },
      { kind: 'heading', text: 'B', level: 5 },
      { kind: 'heading', text: 'C', level: 3 },
      { kind: 'heading', text: 'D', level: 2 },
    ]);
    expect(readerBlocks(body, blocks, []).map((block) => block.level)).toEqual([2, 3, 3, 2]);
  });

  it('puts each page marker on the first block of its page', () => {
    const { body, blocks } = assembled([
      { kind: 'paragraph', text: 'page one text' },
      { kind: 'paragraph', text: 'still page one' },
      { kind: 'paragraph', text: 'page two text' },
    ]);
    const second = blocks[2]?.start ?? 0;
    const out = readerBlocks(body, blocks, [
      { page: 1, start: 0 },
      { page: 2, start: second },
    ]);
    expect(out.map((block) => block.page)).toEqual([1, undefined, 2]);
  });

  it('cuts a block too long for one element at line breaks, the parts covering it exactly', () => {
    const line = `${'word '.repeat(200)}\n`;
    const text = line.repeat(30).trimEnd();
    const { body, blocks } = assembled([{ kind: 'preformatted', text }]);
    const out = readerBlocks(body, blocks, []);
    expect(out.length).toBeGreaterThan(1);
    expect(out.map((block) => body.slice(block.start, block.end)).join('')).toBe(text);
    expect(out.slice(1).every((block) => block.continued === true)).toBe(true);
    expect(out[0]?.continued).toBeUndefined();
  });

  it('falls back to runs of plain text, covering the whole body, when the structure is unknown', () => {
    const body = 'One paragraph.\n\nAnother one.';
    const out = readerBlocks(body, [], []);
    expect(out.map((block) => block.kind)).toEqual(['text']);
    expect(out.map((block) => body.slice(block.start, block.end)).join('')).toBe(body);
  });

  it('never lets blocks overlap or run past the body, even from a damaged structure', () => {
    const body = 'abcdef';
    const out = readerBlocks(
      body,
      [
        { kind: 'paragraph', start: 0, end: 4 },
        { kind: 'paragraph', start: 2, end: 10 },
      ],
      [],
    );
    expect(out.map((block) => [block.start, block.end])).toEqual([
      [0, 4],
      [4, 6],
    ]);
  });
});
