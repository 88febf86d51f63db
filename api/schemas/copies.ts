// Copies found at import: a passage of one document whose wording is nearly identical to a passage
// of an earlier document from another source (a relayed wire report), with both ranges.
import * as v from 'valibot';
import { DocumentPassageSchema, RowId, WholeNumber } from './common.js';

/** At most this many copied passages per call. */
export const MAX_COPIES_LIMIT = 1000;

export const ListCopiesInput = v.strictObject({
  /** The copies this document makes or is the origin of; all of the workspace's when absent. */
  documentId: v.optional(RowId),
  limit: v.optional(v.pipe(WholeNumber, v.minValue(1, 'expected a whole number, 1 or more'), v.maxValue(MAX_COPIES_LIMIT, `expected at most ${MAX_COPIES_LIMIT}`))),
});

/** One side of a copy: the passage runs from its first matched word to its last. */
export const CopySideSchema = DocumentPassageSchema;

export const CopySchema = v.object({
  /** The later document (published date, then import order) and its copied passage. */
  copy: CopySideSchema,
  /** The earlier document and the passage copied from it. */
  origin: CopySideSchema,
  /** Words of the passage in runs identical to the origin's (case and punctuation aside). */
  words: v.number(),
  /** Those words' share of the longer of the two passages (1 is verbatim). */
  similarity: v.number(),
});
