// Schemas of the document browser: one sorted, filtered page of documents with the total that
// match, every matching id (to select them all), and removing many documents at once.
import * as v from 'valibot';
import { ChangeIdField } from './undo.js';
import { RowId, WholeNumber } from './common.js';
import { DocumentSummarySchema, MAX_LIST_LIMIT } from './documents.js';
import { SearchFiltersSchema } from './search.js';

/** The columns a document list sorts by. */
export const DOCUMENT_SORT_KEYS = ['title', 'source', 'date', 'language', 'length', 'highlights'] as const;
export const DocumentSortSchema = v.picklist(DOCUMENT_SORT_KEYS);

export const MAX_BROWSE_LIMIT = MAX_LIST_LIMIT;

export const BrowseDocumentsInput = v.strictObject({
  /** Default: the newest import first. */
  sort: v.optional(DocumentSortSchema),
  descending: v.optional(v.boolean()),
  /** The same filters as search. */
  filters: v.optional(SearchFiltersSchema),
  limit: v.optional(v.pipe(WholeNumber, v.minValue(1, 'expected a whole number, 1 or more'), v.maxValue(MAX_BROWSE_LIMIT, `expected at most ${MAX_BROWSE_LIMIT}`))),
  offset: v.optional(WholeNumber),
});

export const DocumentPageSchema = v.object({
  /** How many documents match the filters, in all. */
  total: v.number(),
  /** The page asked for, in the order asked for. */
  documents: v.array(DocumentSummarySchema),
});

export const DocumentIdsInput = v.strictObject({ filters: v.optional(SearchFiltersSchema) });

export const DeleteDocumentsInput = v.strictObject({
  ids: v.pipe(v.array(RowId), v.minLength(1, 'expected at least one document id')),
});

export const DeleteDocumentsOutput = v.object({
  /** Documents removed (ids already gone are not counted). */
  deleted: v.number(),
  annotationsDeleted: v.number(),
  ...ChangeIdField,
});
