// Web Annotation exchange: what Assay exports parses back to the same annotations, and bad
// input gives a clear one-line message instead of an exception.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExportItem } from '../../db/export/export-item.js';
import { contentHashToNi, niToContentHash } from '../../db/export/identifiers.js';
import { renderWebAnnotation, renderWebAnnotationCollection } from '../../db/export/web-annotation-export.js';
import { parseWebAnnotations, type ParseResult } from '../../db/export/web-annotation-import.js';
import { items } from './fixtures.js';

const generatedAt = '2026-03-05T08:15:00.000Z';

function itemAt(index: number): ExportItem {
  const item = items[index];
  if (item === undefined) throw new Error(`no fixture item ${index}`);
  return item;
}

function parsed(result: ParseResult): Extract<ParseResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result;
}

function failure(result: ParseResult): string {
  if (result.ok) throw new Error('expected a failure');
  return result.message;
}

describe('content hash IRIs', () => {
  it('follow RFC 6920 (its §8.1 example) and convert back', () => {
    const hex = createHash('sha256').update('Hello World!').digest('hex');
    expect(contentHashToNi(hex)).toBe('ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk');
    expect(niToContentHash('ni://example.com/sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk')).toBe(hex);
    expect(niToContentHash('ni:///sha-512;abc')).toBeNull();
    expect(() => contentHashToNi('xyz')).toThrow(/content hash/);
  });
});

describe('parseWebAnnotations', () => {
  it('reads back an exported collection with the same ids, hashes, selectors, notes, tags and assessments', () => {
    const json = JSON.stringify(renderWebAnnotationCollection(items, { generatedAt }));
    const result = parsed(parseWebAnnotations(json));
    expect(result.rejected).toEqual([]);
    expect(result.annotations).toEqual(
      items.map(({ annotation: a, document: d }) => ({
        id: a.id,
        contentHash: d.contentHash,
        documentTitle: d.title,
        start: a.start,
        end: a.end,
        exact: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        note: a.note,
        tags: a.tags,
        reliability: a.reliability,
        credibility: a.credibility,
        probability: a.probability,
        confidence: a.confidence,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        ratings: [],
        sameClaimAs: [],
      })),
    );
  });

  it('accepts a single annotation, an array of them, and a leading BOM', () => {
    const [first, second] = items.map(renderWebAnnotation);
    expect(parsed(parseWebAnnotations(JSON.stringify(first))).annotations.map((a) => a.id)).toEqual([items[0]?.annotation.id]);
    expect(parsed(parseWebAnnotations(`\uFEFF${JSON.stringify([first, second])}`)).annotations).toHaveLength(2);
  });

  it('reads annotations written by other tools: bodyValue, single body and target, foreign ids', () => {
    const hash = items[0]?.document.contentHash ?? '';
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/7',
      type: 'Annotation',
      bodyValue: 'A comment',
      target: { source: contentHashToNi(hash), selector: { type: 'TextQuoteSelector', exact: 'grain' } },
    };
    const [read] = parsed(parseWebAnnotations(JSON.stringify(foreign))).annotations;
    expect(read).toMatchObject({ note: 'A comment', exact: 'grain', prefix: '', suffix: '', start: null, end: null, contentHash: hash, tags: [] });
    // The same foreign IRI always maps to the same UUID, so a second import adds nothing.
    const [again] = parsed(parseWebAnnotations(JSON.stringify(foreign))).annotations;
    expect(read?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again?.id).toBe(read?.id);
  });

  it('says clearly when the input is not JSON', () => {
    expect(failure(parseWebAnnotations('this is not json'))).toMatch(/^Not valid JSON: /);
    expect(failure(parseWebAnnotations(''))).toMatch(/^Not valid JSON/);
  });

  it('says clearly when the JSON is not an annotation collection', () => {
    expect(failure(parseWebAnnotations('{"name":"budget","rows":[]}'))).toMatch(/^Expected a W3C Web Annotation file.*got an object without a type\.$/);
    expect(failure(parseWebAnnotations('{"type":"Person"}'))).toMatch(/got an object of type "Person"/);
    expect(failure(parseWebAnnotations('42'))).toMatch(/got a number/);
    expect(failure(parseWebAnnotations('{"type":"AnnotationCollection","first":"http://example.org/page1"}'))).toMatch(/pages are not embedded/);
    for (const input of ['this is not json', '{"type":"Person"}', '42']) {
      expect(failure(parseWebAnnotations(input))).not.toContain('\n');
    }
  });

  it('rejects one bad annotation with a reason and keeps the rest', () => {
    const collection = renderWebAnnotationCollection(items, { generatedAt });
    const [a, b, c, d] = collection.first.items;
    if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('fixture');
    const { target: _target, ...noTarget } = a;
    const noSelector = { ...b, target: { source: b.target.source } };
    const badAssessment = { ...c, 'assay:assessment': { 'assay:reliability': 'Z', 'assay:credibility': 2 } };
    const badSource = { ...d, target: { ...d.target, source: 'https://example.org/doc' } };
    const mixed = { ...collection, first: { ...collection.first, items: [noTarget, noSelector, badAssessment, badSource, { ...d }, { ...d }, 'junk'] } };
    const result = parsed(parseWebAnnotations(JSON.stringify(mixed)));
    expect(result.annotations.map((x) => x.id)).toEqual([items[3]?.annotation.id]);
    expect(result.rejected).toEqual([
      { id: a.id, reason: 'it has no target' },
      { id: b.id, reason: 'its target names no source document with a selector' },
      { id: c.id, reason: 'invalid assay:reliability "Z" (expected one of A–F)' },
      { id: d.id, reason: 'its target source is not a content hash (ni:///sha-256;…): "https://example.org/doc"' },
      { id: d.id, reason: 'the same annotation id appears earlier in the file' },
      { id: 'item 7', reason: 'it is not a JSON object' },
    ]);
  });

  it('rejects each kind of invalid assessment value', () => {
    const base = renderWebAnnotation(itemAt(1));
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ 'assay:credibility': 7 }, /assay:credibility 7/],
      [{ 'assay:credibility': '2' }, /assay:credibility "2"/],
      [{ 'assay:probability': 'maybe' }, /assay:probability "maybe"/],
      [{ 'assay:confidence': 'HIGH' }, /assay:confidence "HIGH"/],
    ];
    for (const [assessment, reason] of cases) {
      const result = parsed(parseWebAnnotations(JSON.stringify({ ...base, 'assay:assessment': assessment })));
      expect(result.annotations).toEqual([]);
      expect(result.rejected[0]?.reason).toMatch(reason);
    }
    const notObject = parsed(parseWebAnnotations(JSON.stringify({ ...base, 'assay:assessment': 'B' })));
    expect(notObject.rejected[0]?.reason).toBe('its assay:assessment is not an object');
  });

  it('drops malformed offsets but keeps the quote, since offsets are only a hint', () => {
    const base = renderWebAnnotation(itemAt(0));
    const [quote] = base.target.selector;
    const result = parsed(
      parseWebAnnotations(JSON.stringify({ ...base, target: { ...base.target, selector: [quote, { type: 'TextPositionSelector', start: 9, end: 3 }] } })),
    );
    expect(result.annotations[0]).toMatchObject({ start: null, end: null, exact: items[0]?.annotation.exact });
  });
});
