// HTML's block structure, the second product of the pass that makes its text: headings with their
// level, list items with their markers and depth, quotes, table rows, preformatted text — and the
// body assembled from the blocks is exactly the text the pass has always produced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../db/import/assemble-blocks.js';
import { extractHtml, htmlToBlocks } from '../../db/import/html-to-text.js';
import { normaliseText } from '../../db/import/normalise-text.js';
import { FIXTURES, importFixture, onlyDocument } from './fixtures.js';
import { blockView, expectBlocksTileBody } from './format-fixtures.js';

describe('htmlToBlocks', () => {
  it('gives each block its kind, level and gap', () => {
    const html =
      '<h1>Title</h1><p>Intro with<br>a line break.</p><h3>Sub</h3><ul><li>one<li>two<ol><li>inner</ol></ul>' +
      '<blockquote><p>Quoted.</p></blockquote><table><tr><th>City<th>Units<tr><td>Minsk<td>12</table><pre>  x = 1\n  y = 2</pre><div>Last</div>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'Intro with\na line break.', gap: 2 },
      { kind: 'heading', level: 3, text: 'Sub', gap: 2 },
      { kind: 'list-item', level: 1, text: '• one', gap: 2 },
      { kind: 'list-item', level: 1, text: '• two', gap: 1 },
      { kind: 'list-item', level: 2, text: '1. inner', gap: 2 },
      { kind: 'quote', text: 'Quoted.', gap: 2 },
      { kind: 'table-row', text: 'City\tUnits', gap: 2 },
      { kind: 'table-row', text: 'Minsk\t12', gap: 1 },
      { kind: 'preformatted', text: '  x = 1\n  y = 2', gap: 2 },
      { kind: 'paragraph', text: 'Last', gap: 2 },
    ]);
  });

  it('starts a new paragraph at a blank line made of <br><br>', () => {
    expect(htmlToBlocks('one<br><br>two<br>three').map((b) => b.text)).toEqual(['one', 'two\nthree']);
  });

  it('in document mode keeps a table row on one line and nested lists tight', () => {
    const html = '<table><tr><td><p>Line one</p><p>line two</p></td><td><p>9</p></td></tr></table><ul><li><p>a</p><ul><li><p>b</p></li></ul></li><li><p>c</p></li></ul>';
    expect(htmlToBlocks(html, { document: true })).toEqual([
      { kind: 'table-row', text: 'Line one line two\t9' },
      { kind: 'list-item', level: 1, text: '• a', gap: 2 },
      { kind: 'list-item', level: 2, text: '• b', gap: 1 },
      { kind: 'list-item', level: 1, text: '• c', gap: 1 },
    ]);
    // A web page keeps the old rules: a layout table's cell may hold a whole article.
    expect(htmlToBlocks(html).map((b) => b.text)).toEqual(['Line one', 'line two', '9', '• a', '• b', '• c']);
  });

  it('assembles to exactly the text htmlToText gives, for every HTML and e-mail fixture', () => {
    const samples = readdirSync(FIXTURES)
      .filter((name) => /\.(?:html|eml)$/.test(name))
      .map((name) => readFileSync(join(FIXTURES, name), 'latin1'));
    samples.push('<p>a&lt;b &amp;&#x20AC;</p><pre>  x  =  1\n  y = 2</pre><p>after</p>', '<div>one</div><div>two</div><span>th</span><b>ree</b> four<br>five');
    for (const html of samples) {
      const page = extractHtml(html);
      expect(assembleBlocks(page.blocks).body).toBe(normaliseText(page.text));
    }
  });
});

describe('parsed HTML documents carry their blocks', () => {
  it('page.html: the headline is a heading, the lists are list items, the table rows are rows', async () => {
    const document = await onlyDocument('page.html');
    expectBlocksTileBody(document);
    expect(blockView(document)).toEqual([
      ['heading', 1, 'Belarus will not send troops, Minsk says'],
      ['paragraph', undefined, 'By Jane Doe'],
      ['paragraph', undefined, 'The president said the army would not cross the border — “under any circumstances”.'],
      ['paragraph', undefined, 'Officials in Kyiv & Warsaw were unconvinced.\nThey asked for guarantees.'],
      ['list-item', 1, '• Troops stay home'],
      ['list-item', 1, '• Airfields remain open'],
      ['list-item', 1, '1. First step'],
      ['list-item', 1, '2. Second step'],
      ['table-row', undefined, 'City\tUnits'],
      ['table-row', undefined, 'Minsk\t12'],
    ]);
  });

  it('an HTML-only e-mail keeps its heading and list items', async () => {
    // The message comes first; its attachment is a document of its own.
    const [document] = await importFixture('html-only.eml');
    if (!document) return expect.fail('no document');
    expect(blockView(document)).toEqual([
      ['heading', 1, 'Border crossing reopens'],
      ['paragraph', undefined, 'Trucks queued for six hours & more.'],
      ['list-item', 1, '• First point'],
      ['list-item', 1, '• Second point'],
    ]);
  });
});
