// Which kinds of workspace data each WorkbenchApi call reads, and which each write changes: the one
// table the UI's cache works from. A write invalidates, once, every query that reads a topic it
// changed; a `changed` event from another process does the same with the topics it names.
import { CHANGE_TOPICS, type ChangeTopic } from '../../api/transport.js';
import type { WorkbenchMethod } from '../../api/workbench-api.js';

/** The calls that only read: each becomes a shared, cached query keyed by [method, input]. */
export const QUERY_METHODS = [
  'getWorkspaceInfo',
  'listDocuments',
  'browseDocuments',
  'listDocumentIds',
  'getDocument',
  'getDocumentHistory',
  'listFacets',
  'search',
  'listAnnotations',
  'getAnnotationHistory',
  'listTags',
  'exportAnnotations',
  'listHypotheses',
  'getHypothesisHistory',
  'listRatings',
  'getRatingHistory',
  'getAch',
  'relatedPassages',
  'listSameClaims',
  'listCopies',
  'listChanges',
] as const satisfies readonly WorkbenchMethod[];

export type QueryMethod = (typeof QUERY_METHODS)[number];
/** Every other call writes; a new method of the contract must say below what it changes. */
export type MutationMethod = Exclude<WorkbenchMethod, QueryMethod>;

const ALL: readonly ChangeTopic[] = CHANGE_TOPICS;

const READS: Record<QueryMethod, readonly ChangeTopic[]> = {
  getWorkspaceInfo: ALL, // the header's three counts
  listDocuments: ['documents'],
  // Highlight counts and the highlight and note filters read annotations too.
  browseDocuments: ['documents', 'annotations'],
  listDocumentIds: ['documents', 'annotations'],
  getDocument: ['documents'],
  getDocumentHistory: ['documents'],
  listFacets: ['documents'],
  search: ALL, // narrowed in topicsRead: see followsNotes
  listAnnotations: ['annotations', 'documents'],
  getAnnotationHistory: ['annotations'],
  listTags: ['tags'],
  exportAnnotations: ALL, // notes, their tags, and their documents' titles
  listHypotheses: ['hypotheses'],
  getHypothesisHistory: ['hypotheses'],
  listRatings: ['hypotheses', 'annotations'],
  getRatingHistory: ['hypotheses'],
  getAch: ['hypotheses', 'annotations', 'documents'], // rows quote passages and cite their documents
  relatedPassages: ['documents', 'annotations', 'hypotheses'], // the index, highlights, same-claim links
  listSameClaims: ['hypotheses', 'annotations'],
  listCopies: ['documents'], // found at import, gone with a document; quotes and cites documents
  // Every undoable write changes one of these; an undo elsewhere too.
  listChanges: ALL,
};

/** What each write changes. Tag names live on annotations, so renaming, merging or deleting a
 * tag changes annotations too; an annotation's save may create tags and changes their counts. */
export const CHANGES: Record<MutationMethod, readonly ChangeTopic[]> = {
  importPaths: ['documents'],
  importFiles: ['documents'],
  importSample: ['documents'],
  cancelImport: [], // the import it stops reports its own changes
  deleteDocument: ALL,
  deleteDocuments: ALL,
  // Document tags come from the shared tag list: a new one is created, counts change.
  updateDocument: ['documents', 'tags'],
  updateDocuments: ['documents', 'tags'],
  createAnnotation: ['annotations', 'tags'],
  updateAnnotation: ['annotations', 'tags'],
  // A highlight's ratings go with it.
  deleteAnnotation: ['annotations', 'tags', 'hypotheses'],
  importAnnotations: ['annotations', 'tags'],
  createTag: ['tags'],
  renameTag: ['tags', 'annotations'],
  mergeTags: ['tags', 'annotations'],
  recolorTag: ['tags'],
  deleteTag: ['tags', 'annotations'],
  createHypothesis: ['hypotheses'],
  updateHypothesis: ['hypotheses'],
  deleteHypothesis: ['hypotheses'],
  setQuestion: ['hypotheses'],
  rate: ['hypotheses'],
  // Confirming may highlight the passage first.
  confirmSameClaim: ['hypotheses', 'annotations', 'tags'],
  unlinkSameClaim: ['hypotheses'],
  // An undo may give back documents, highlights, tags, ratings and links.
  undoChange: ALL,
  restoreAnnotationVersion: ['annotations', 'tags'],
};

/**
 * What the host's watcher reports after a write of ours (it hears every commit to the file): what
 * the write changes, and 'documents' when it changes annotations, since the search index, which
 * that topic covers, holds their notes and tag names.
 */
export function reportedAfter(method: MutationMethod): readonly ChangeTopic[] {
  const changes = CHANGES[method];
  return changes.includes('annotations') && !changes.includes('documents') ? [...changes, 'documents'] : changes;
}

const QUERY_SET: ReadonlySet<string> = new Set(QUERY_METHODS);

export function isQueryMethod(value: unknown): value is QueryMethod {
  return typeof value === 'string' && QUERY_SET.has(value);
}

export function isMutationMethod(value: unknown): value is MutationMethod {
  return typeof value === 'string' && Object.hasOwn(CHANGES, value);
}

/**
 * Notes and tags are indexed too, but re-running every search after each note would reshuffle the
 * results under the analyst's hand; a search follows them only when it asks for them (a tag or
 * "has highlights" or "has notes" filter, or a note: / tag: field in the query).
 */
function followsNotes(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const query = 'query' in input && typeof input.query === 'string' ? input.query : '';
  const filters = 'filters' in input && typeof input.filters === 'object' && input.filters !== null ? input.filters : {};
  const filtered = ['tag', 'hasHighlights', 'hasNotes'].some((key) => key in filters && (filters as Record<string, unknown>)[key] !== undefined);
  return filtered || /\b(notes?|tags?):/.test(query);
}

/** The topics a cached query reads, from its key [method, input]. */
export function topicsRead(key: readonly unknown[]): readonly ChangeTopic[] {
  const [method, input] = key;
  if (!isQueryMethod(method)) return [];
  if (method === 'search' && !followsNotes(input)) return ['documents'];
  return READS[method];
}
