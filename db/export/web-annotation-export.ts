// Renders highlights as a W3C Web Annotation collection (JSON-LD) that another Assay workspace,
// or any Web Annotation client, can read. The `assay:` extension is described in WEB-ANNOTATION.md.
import type { ExportItem, ExportRating } from './export-item.js';
import { contentHashToNi, nameBasedUuid, toUtcTimestamp, uuidToUrn } from './identifiers.js';
import {
  WEB_ANNOTATION_CONTEXT,
  type AssayAssessment,
  type AssayDocument,
  type AssayRating,
  type StandaloneWebAnnotation,
  type TextualBody,
  type WebAnnotation,
  type WebAnnotationCollection,
} from './web-annotation-model.js';

export type { WebAnnotation, WebAnnotationCollection, StandaloneWebAnnotation } from './web-annotation-model.js';

function assessmentOf({ annotation: a }: ExportItem): AssayAssessment | undefined {
  const assessment: AssayAssessment = {};
  if (a.reliability !== null) assessment['assay:reliability'] = a.reliability;
  if (a.credibility !== null) assessment['assay:credibility'] = a.credibility;
  if (a.probability !== null) assessment['assay:probability'] = a.probability;
  if (a.confidence !== null) assessment['assay:confidence'] = a.confidence;
  return Object.keys(assessment).length > 0 ? assessment : undefined;
}

function citationOf({ document: d, documentNote }: ExportItem): AssayDocument {
  const citation: AssayDocument = { 'assay:title': d.title };
  if (d.source !== null) citation['assay:source'] = d.source;
  if (d.author !== null) citation['assay:author'] = d.author;
  if (d.date !== null) citation['assay:date'] = d.date;
  if (d.url !== null) citation['assay:url'] = d.url;
  if (d.language !== 'und') citation['assay:language'] = d.language;
  if (d.tags.length > 0) citation['assay:tags'] = d.tags;
  if (documentNote.trim() !== '') citation['assay:note'] = documentNote;
  return citation;
}

function bodiesOf({ annotation: a }: ExportItem): TextualBody[] {
  const bodies: TextualBody[] = a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
  if (a.note.trim() !== '') bodies.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.note });
  return bodies;
}

/** One annotation as it sits inside a collection page (the page's context applies). */
export function toWebAnnotation(item: ExportItem): WebAnnotation {
  const { annotation: a, document: d } = item;
  const bodies = bodiesOf(item);
  const created = toUtcTimestamp(a.createdAt);
  const modified = toUtcTimestamp(a.updatedAt);
  const assessment = assessmentOf(item);
  return {
    id: uuidToUrn(a.id),
    type: 'Annotation',
    // The motivation says why the annotation exists; each body's purpose says what it is for,
    // so tags alone do not turn a highlight into a "tagging" annotation.
    motivation: a.note.trim() === '' ? 'highlighting' : 'commenting',
    ...(created === null ? {} : { created }),
    ...(modified === null ? {} : { modified }),
    ...(bodies.length === 0 ? {} : { body: bodies }),
    target: {
      type: 'SpecificResource',
      source: contentHashToNi(d.contentHash),
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
      'assay:document': citationOf(item),
      ...(item.pages === null ? {} : { 'assay:pages': item.pages }),
    },
    ...(assessment === undefined ? {} : { 'assay:assessment': assessment }),
    ...(item.ratings?.length ? { 'assay:ratings': item.ratings.map(ratingOf) } : {}),
    ...(item.sameClaimAs?.length ? { 'assay:sameClaimAs': item.sameClaimAs.map(uuidToUrn) } : {}),
  };
}

function ratingOf(rating: ExportRating): AssayRating {
  return {
    'assay:hypothesis': rating.hypothesis,
    'assay:consistency': rating.consistency,
    'assay:relevance': rating.relevance,
    ...(rating.reason ? { 'assay:reason': rating.reason } : {}),
    ...(rating.rater ? { 'assay:rater': rating.rater } : {}),
  };
}

/** The analysis the annotations are rated against: its question and hypotheses. */
export interface ExportAnalysis {
  question: string;
  hypotheses: { statement: string; note: string }[];
}

/** One annotation as a document of its own, carrying the JSON-LD context. */
export function renderWebAnnotation(item: ExportItem): StandaloneWebAnnotation {
  return { '@context': WEB_ANNOTATION_CONTEXT, ...toWebAnnotation(item) };
}

/**
 * All items as one AnnotationCollection with a single embedded page. The collection id is
 * derived from its content and `generatedAt`, so the same export twice gives the same file.
 */
export function renderWebAnnotationCollection(items: ExportItem[], options: { generatedAt: string; label?: string; analysis?: ExportAnalysis }): WebAnnotationCollection {
  const annotations = items.map(toWebAnnotation);
  const fingerprint = [options.generatedAt, ...annotations.map((a) => a.id)].join('\n');
  const collectionId = uuidToUrn(nameBasedUuid(`collection\n${fingerprint}`));
  const pageId = uuidToUrn(nameBasedUuid(`page 1\n${fingerprint}`));
  const label = options.label ?? 'Assay annotations';
  const total = annotations.length;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total,
    generated: toUtcTimestamp(options.generatedAt) ?? options.generatedAt,
    generator: { type: 'Software', name: 'Assay' },
    ...(options.analysis?.question ? { 'assay:question': options.analysis.question } : {}),
    ...(options.analysis?.hypotheses.length
      ? { 'assay:hypotheses': options.analysis.hypotheses.map((h) => ({ 'assay:statement': h.statement, ...(h.note ? { 'assay:note': h.note } : {}) })) }
      : {}),
    // partOf as an object (model example 44): the test suite's page MUSTs reject a bare IRI there.
    first: { id: pageId, type: 'AnnotationPage', partOf: { id: collectionId, label, total }, startIndex: 0, items: annotations },
    last: pageId,
  };
}
