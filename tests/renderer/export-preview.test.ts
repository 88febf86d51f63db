// The export preview's pure parts: CSV read back into rows (quotes, doubled quotes, line breaks in a
// field, a BOM, CRLF) and the character references marked leaves in text.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../db/export/csv-export.js';
import { countCsvRows, parseCsv } from '../../renderer/lib/csv-rows.js';
import { decodeEntities } from '../../renderer/lib/entities.js';
import { items } from '../export/fixtures.js';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, commas and line breaks inside quotes, and drops the BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, three","say ""hi"""\r\n"multi\nline",,end\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, three', 'say "hi"'],
      ['multi\nline', '', 'end'],
    ]);
    expect(countCsvRows(text)).toBe(3);
    expect(parseCsv('x,y\n1,2')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
    expect(countCsvRows('x,y\n1,2')).toBe(2);
  });

  it('stops after the rows the preview shows', () => {
    expect(parseCsv('a\n1\n2\n3\n', 2)).toEqual([['a'], ['1']]);
  });

  it('reads back the CSV export exactly: one row per highlight under the header', () => {
    const csv = renderCsv(items);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(items.length + 1);
    expect(countCsvRows(csv)).toBe(items.length + 1);
    const header = rows[0] ?? [];
    const note = header.findIndex((name) => /note/i.test(name));
    expect(note).toBeGreaterThanOrEqual(0);
    expect(rows.some((row) => (row[note] ?? '').includes('"quotes", commas'))).toBe(true);
  });
});

describe('decodeEntities', () => {
  it('decodes the references marked keeps in text, and leaves unknown ones', () => {
    expect(decodeEntities('AT&amp;T &lt;b&gt; &#8220;x&#x201D; &nosuch; &#0;')).toBe('AT&T <b> “x” &nosuch; &#0;');
  });
});
