// Runs the W3C Web Annotation test suite's MUST assertions against what Assay exports. The suite
// lives outside the repository (../shared/conformance/w3c-web-annotation); without it, this skips.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExportItem } from '../../db/export/export-item.js';
import { renderWebAnnotation, renderWebAnnotationCollection } from '../../db/export/web-annotation-export.js';
import { english, items, makeAnnotation, makeDocument } from './fixtures.js';
import { W3cSuite, assertionPaths } from './w3c-suite.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suiteDir = join(dirname(repoRoot), 'shared', 'conformance', 'w3c-web-annotation');
const exists = existsSync(join(suiteDir, 'annotations', 'annotationMusts.test'));
const skipReason = `skipped: W3C Web Annotation suite not found at ${suiteDir}`;
if (!exists) console.warn(`web-annotation-conformance ${skipReason}`);

const ANNOTATION_MUSTS = 'annotations/annotationMusts.test';
const COLLECTION_MUSTS = 'collections/collectionMusts.test';
const PAGE_MUSTS = 'collections/pages/pageMusts.test';

const taggedOnlyBody = 'Прогноз: урожай 2026 года — 🌾 рекорд?';
const taggedOnlyDoc = makeDocument(3, taggedOnlyBody, { title: 'Прогноз', language: 'und' });
const cases: ExportItem[] = [
  ...items,
  {
    document: taggedOnlyDoc,
    pages: null,
    documentNote: '',
    annotation: makeAnnotation(taggedOnlyDoc, taggedOnlyBody, 'урожай 2026 года', {
      tags: ['прогноз'],
      reliability: 'F',
      credibility: 6,
      probability: 'almost-certain',
      confidence: 'high',
      // SQLite's datetime() format, which the exporter must turn into RFC 3339.
      createdAt: '2026-03-01 09:30:00',
      updatedAt: '2026-03-01 09:30:00',
    }),
  },
  { document: english, pages: null, documentNote: '', annotation: makeAnnotation(english, 'x', 'x', { note: 'note only, no tags' }) },
  // The analysis extension: ratings against hypotheses and a same-claim link.
  {
    document: english,
    pages: null,
    documentNote: '',
    annotation: makeAnnotation(english, 'rated', 'rated'),
    ratings: [{ hypothesis: 'Exports rise', rater: 'Olena', consistency: 'II', relevance: 'high', reason: 'contradicts the figures' }],
    sameClaimAs: [items[0]?.annotation.id ?? ''],
  },
];

const collection = renderWebAnnotationCollection(cases, { generatedAt: '2026-03-05T08:15:00.000Z', label: 'Conformance «тест»' });
const annotations: [string, unknown][] = [
  ...cases.map((item, i): [string, unknown] => [`standalone #${i + 1}`, renderWebAnnotation(item)]),
  // Inside a collection the items inherit its context; checked alone they need it copied in.
  ...collection.first.items.map((a, i): [string, unknown] => [`collection item #${i + 1}`, { '@context': collection['@context'], ...a }]),
];

const TARGET_TYPES_MUST = 'annotations/3.2-targetObjectsRecognized.json';
/**
 * "Correct" samples that the suite's own MUSTs reject: their targets are a Composite, a List and
 * an Independents set, which 3.2-targetObjectsRecognized does not accept as target types.
 */
const SAMPLES_THE_SUITE_REJECTS: Record<string, string> = {
  'anno11.json': 'Composite target',
  'anno12.json': 'List target',
  'anno13.json': 'Independents target',
};

/** The suite's samples are hand-written and some have trailing commas; read them leniently. */
function readSamples(kind: 'correct' | 'incorrect'): [string, Record<string, unknown>][] {
  const dir = join(suiteDir, 'tools', 'samples', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file): [string, Record<string, unknown>][] => {
      try {
        const value: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/,(\s*[}\]])/g, '$1'));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? [[file, value as Record<string, unknown>]] : [];
      } catch {
        return [];
      }
    });
}

function isCollectionOrPage(value: Record<string, unknown>): boolean {
  return value['type'] === 'AnnotationCollection' || value['type'] === 'AnnotationPage';
}

describe.skipIf(!exists)(`W3C Web Annotation conformance${exists ? '' : ` — ${skipReason}`}`, () => {
  const suite = exists ? new W3cSuite(suiteDir) : undefined;
  const load = (list: string): ReturnType<W3cSuite['assertions']> => {
    if (suite === undefined) throw new Error(skipReason);
    return suite.assertions(list);
  };

  it('runs every assertion its MUST lists name', () => {
    for (const list of [ANNOTATION_MUSTS, COLLECTION_MUSTS, PAGE_MUSTS]) {
      const paths = assertionPaths(suiteDir, list);
      expect(paths.length).toBeGreaterThan(5);
      expect(load(list).map((a) => a.path)).toEqual(paths);
    }
  });

  it.each(annotations)('%s meets every annotation MUST', (_name, annotation) => {
    expect(W3cSuite.failures(load(ANNOTATION_MUSTS), annotation)).toEqual([]);
  });

  it('the collection meets every collection MUST, and its embedded page every page MUST', () => {
    expect(W3cSuite.failures(load(COLLECTION_MUSTS), collection)).toEqual([]);
    expect(W3cSuite.failures(load(PAGE_MUSTS), { '@context': collection['@context'], ...collection.first })).toEqual([]);
    expect(W3cSuite.failures(load(PAGE_MUSTS), collection)).toEqual([]);
  });

  it('an empty collection and a one-item collection meet every collection MUST', () => {
    for (const sample of [[], cases.slice(0, 1)]) {
      const c = renderWebAnnotationCollection(sample, { generatedAt: '2026-03-05T08:15:00Z' });
      expect(W3cSuite.failures(load(COLLECTION_MUSTS), c)).toEqual([]);
    }
  });

  it('passes the suite’s correct annotation samples', () => {
    const samples = readSamples('correct').filter(([, value]) => value['type'] === 'Annotation');
    expect(samples.length).toBeGreaterThan(10);
    const musts = load(ANNOTATION_MUSTS);
    for (const [file, value] of samples) {
      const failed = W3cSuite.failures(musts, value).map((f) => f.assertion);
      expect(failed, file).toEqual(file in SAMPLES_THE_SUITE_REJECTS ? [TARGET_TYPES_MUST] : []);
    }
  });

  it('catches the suite’s incorrect annotation samples, so these checks can fail', () => {
    const samples = readSamples('incorrect').filter(([, value]) => !isCollectionOrPage(value));
    expect(samples.length).toBeGreaterThan(10);
    const musts = load(ANNOTATION_MUSTS);
    const caught = samples.filter(([, value]) => W3cSuite.failures(musts, value).length > 0).map(([file]) => file);
    const missed = samples.map(([file]) => file).filter((file) => !caught.includes(file));
    console.info(`incorrect samples caught: ${caught.length}/${samples.length}; missed: ${missed.join(', ') || 'none'}`);
    expect(missed).toEqual([]);
  });

  it('rejects our own output once broken, including format: uri and date-time', () => {
    const [first] = cases;
    if (first === undefined) throw new Error('no cases');
    const good = renderWebAnnotation(first);
    const musts = load(ANNOTATION_MUSTS);
    const failedOn = (value: unknown): string[] => W3cSuite.failures(musts, value).map((f) => f.assertion);
    expect(failedOn({ ...good, id: 'not a uri' })).toContain('annotations/3.1-annotationIdValidated.json');
    expect(failedOn({ ...good, created: 'yesterday' })).toContain('annotations/3.3.1-annotationCreatedValidated.json');
    expect(failedOn({ ...good, '@context': 'http://example.org/other.jsonld' })).toContain('annotations/3.1-annotationContextValidated.json');
    const { target: _target, ...untargeted } = good;
    expect(failedOn(untargeted)).toContain('annotations/3.1-targetKeyFound.json');
  });
});
