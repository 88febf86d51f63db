// The CSV export parses back, with csv-parse, to exactly the values that went in.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, defuseFormula, renderCsv } from '../../db/export/csv-export.js';
import type { ExportItem } from '../../db/export/export-item.js';
import { english, items, makeAnnotation, makeDocument } from './fixtures.js';

function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

describe('renderCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const csv = renderCsv(items);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    // Line breaks inside quoted fields stay as written; every record ends in CRLF.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips commas, quotes, newlines, Cyrillic and emoji', () => {
    const rows = parseCsv(renderCsv(items));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(items.length + 1);
    items.forEach(({ annotation: a, document: d, pages, documentNote }, i) => {
      expect(rows[i + 1]).toEqual([
        d.title,
        d.source ?? '',
        d.date ?? '',
        a.exact,
        defuseFormula(a.note),
        a.tags.join('; '),
        a.reliability ?? '',
        a.credibility === null ? '' : String(a.credibility),
        a.probability ?? '',
        a.confidence ?? '',
        String(a.start),
        String(a.end),
        String(d.id),
        d.url ?? '',
        a.id,
        a.createdAt,
        a.updatedAt,
        pages ?? '',
        d.tags.join('; '),
        documentNote,
      ]);
    });
    expect(rows[3]?.[3]).toBe('экспорт вырос на 4 %');
    expect(rows[4]?.[3]).toBe('Эксперты ожидают спада 🌾');
    expect(rows[1]?.[3]).toContain('"exports rose by 4%, mostly grain".\nOfficials');
  });

  it('defuses formulas starting with = + @ tab or CR, and leaves a leading dash alone', () => {
    expect(defuseFormula('=1+1')).toBe("'=1+1");
    expect(defuseFormula('+7 495')).toBe("'+7 495");
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('\t=1')).toBe("'\t=1");
    expect(defuseFormula('\r=1')).toBe("'\r=1");
    expect(defuseFormula('- a bullet')).toBe('- a bullet');
    expect(defuseFormula('plain = text')).toBe('plain = text');
    const rows = parseCsv(renderCsv(items));
    expect(rows[4]?.[4]).toBe(`'${items[3]?.annotation.note ?? ''}`);
  });

  it('writes only the header for no items', () => {
    expect(parseCsv(renderCsv([]))).toEqual([[...CSV_COLUMNS]]);
  });

  it('quotes a lone CR and a field that is only a quote', () => {
    const body = 'a"b\rc';
    const doc = makeDocument(9, body, { title: '"' });
    const item: ExportItem = { document: doc, pages: null, documentNote: '', annotation: makeAnnotation(doc, body, '"b\rc') };
    const rows = parseCsv(renderCsv([item, { document: english, pages: null, documentNote: '', annotation: makeAnnotation(english, 'x,y', 'x,y') }]));
    expect(rows[1]?.[0]).toBe('"');
    expect(rows[1]?.[3]).toBe('"b\rc');
    expect(rows[2]?.[3]).toBe('x,y');
  });
});
