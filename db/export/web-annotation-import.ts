// Parses a Web Annotation exchange file: an AnnotationCollection with embedded pages, a single
// AnnotationPage, one Annotation, or an array of them. Never throws; the database side decides
// what to do with what comes back (see AnnotationImportReport).
import { asList, hasType, isRecord, readAnnotation, type IncomingAnnotation, type Json } from './web-annotation-read.js';

export type { IncomingAnnotation } from './web-annotation-read.js';

/** The analysis a collection carries: its question and hypotheses (statements, in order). */
export interface IncomingAnalysis {
  question: string | null;
  hypotheses: { statement: string; note: string }[];
}

export type ParseResult =
  { ok: true; annotations: IncomingAnnotation[]; rejected: { id: string; reason: string }[]; analysis: IncomingAnalysis } | { ok: false; message: string };

function analysisOf(root: unknown): IncomingAnalysis {
  if (!isRecord(root)) return { question: null, hypotheses: [] };
  const question = typeof root['assay:question'] === 'string' ? root['assay:question'] : null;
  const hypotheses = asList(root['assay:hypotheses']).flatMap((raw) => {
    if (!isRecord(raw) || typeof raw['assay:statement'] !== 'string' || raw['assay:statement'].trim() === '') return [];
    return [{ statement: raw['assay:statement'], note: typeof raw['assay:note'] === 'string' ? raw['assay:note'] : '' }];
  });
  return { question, hypotheses };
}

const SHAPE_MESSAGE = 'Expected a W3C Web Annotation file: an AnnotationCollection, an AnnotationPage, an Annotation or an array of annotations';

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isRecord(value)) return value['type'] === undefined ? 'an object without a type' : `an object of type ${JSON.stringify(value['type'])}`;
  return value === null ? 'null' : `a ${typeof value}`;
}

/** The items of every page of a collection, or a message when a page is only linked. */
function collectionItems(collection: Json): unknown[] | string {
  const items: unknown[] = [];
  // Parsed JSON cannot hold a cycle, so following `next` always ends.
  for (let page: unknown = collection['first']; page !== undefined;) {
    // A page that is only linked would need a network fetch; refuse rather than import part of it.
    if (!isRecord(page)) return `The collection's pages are not embedded (found a link: ${JSON.stringify(page)}); export a self-contained collection`;
    if (!Array.isArray(page['items'])) return 'An AnnotationPage in the collection has no items array';
    for (const item of page['items'] as unknown[]) items.push(item);
    page = page['next'];
  }
  return items;
}

function candidatesOf(root: unknown): unknown[] | string {
  if (Array.isArray(root)) return root;
  if (!isRecord(root)) return `${SHAPE_MESSAGE}; got ${describe(root)}.`;
  if (hasType(root, 'AnnotationCollection')) return collectionItems(root);
  if (hasType(root, 'AnnotationPage')) {
    return Array.isArray(root['items']) ? root['items'] : 'The AnnotationPage has no items array';
  }
  if (hasType(root, 'Annotation')) return [root];
  return `${SHAPE_MESSAGE}; got ${describe(root)}.`;
}

function labelOf(candidate: unknown, index: number): string {
  const id = isRecord(candidate) ? asList(candidate['id'])[0] : undefined;
  return typeof id === 'string' && id !== '' ? id : `item ${index + 1}`;
}

/**
 * Parses and validates a collection (or a single annotation, or an array of them). Never throws:
 * bad JSON or a wrong shape give `ok: false` with a one-line message; individual bad annotations
 * are listed in `rejected` with a reason and the rest still come back.
 */
export function parseWebAnnotations(json: string): ParseResult {
  let root: unknown;
  try {
    root = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const candidates = candidatesOf(root);
  if (typeof candidates === 'string') return { ok: false, message: candidates };

  const annotations: IncomingAnnotation[] = [];
  const rejected: { id: string; reason: string }[] = [];
  const ids = new Set<string>();
  candidates.forEach((candidate, index) => {
    const label = labelOf(candidate, index);
    const read = readAnnotation(candidate);
    if ('reason' in read) {
      rejected.push({ id: label, reason: read.reason });
    } else if (ids.has(read.id)) {
      rejected.push({ id: label, reason: 'the same annotation id appears earlier in the file' });
    } else {
      ids.add(read.id);
      annotations.push(read);
    }
  });
  return { ok: true, annotations, rejected, analysis: analysisOf(root) };
}
