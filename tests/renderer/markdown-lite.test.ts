// Notes are rendered from a safe tree, never as HTML: paragraphs, lists, quotes and inline marks,
// including nested ones (which once sent the parser into an endless loop).
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdownLite } from '../../renderer/lib/markdown-lite.js';

describe('parseInline', () => {
  it('reads bold, italic, code and links, nested marks included', () => {
    expect(parseInline('Army, **not *the* Guard**, held `gate 4` [map](http://x.test/a)')).toEqual([
      { kind: 'text', text: 'Army, ' },
      {
        kind: 'strong',
        children: [
          { kind: 'text', text: 'not ' },
          { kind: 'em', children: [{ kind: 'text', text: 'the' }] },
          { kind: 'text', text: ' Guard' },
        ],
      },
      { kind: 'text', text: ', held ' },
      { kind: 'code', text: 'gate 4' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'map', href: 'http://x.test/a' },
    ]);
  });

  it('keeps HTML as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });

  it('finishes on several marked words after nested ones', () => {
    const text = 'a **b** c **d** e *f* g `h` i **j *k* l** m';
    expect(parseInline(text).length).toBeGreaterThan(5);
  });
});

describe('parseMarkdownLite', () => {
  it('groups lines into paragraphs, bullet and numbered lists, and quotes', () => {
    const blocks = parseMarkdownLite('First line\nsecond line\n\n- one\n- two\n1. first\n2) second\n> quoted\n\n# Heading');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'list', 'quote', 'paragraph']);
    expect(blocks[0]).toEqual({ kind: 'paragraph', lines: [[{ kind: 'text', text: 'First line' }], [{ kind: 'text', text: 'second line' }]] });
    expect(blocks[1]).toMatchObject({ ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] });
    expect(blocks[2]).toMatchObject({ ordered: true });
    expect(blocks[4]).toEqual({ kind: 'paragraph', lines: [[{ kind: 'text', text: 'Heading' }]] });
  });
});
