// Schemas of annotations: a highlighted passage (offsets and W3C quote selectors), the analyst's
// note, tags and assessments; their history; and the filter that picks some of them.
import * as v from 'valibot';
import { AssessmentFields, AssessmentInputFields } from './assessments.js';
import { NonBlank, RowId, WholeNumber } from './common.js';
import { TagNameSchema } from './tags.js';

export const MAX_NOTE_LENGTH = 100_000;

export const NoteSchema = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH, `expected a note of at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`));

export const AnnotationSchema = v.object({
  /** A UUID; stable across export and import. */
  id: v.string(),
  documentId: RowId,
  /** [start, end) offsets into the document body (UTF-16 code units). */
  start: v.number(),
  end: v.number(),
  exact: v.string(),
  /** Up to 32 characters before and after the quote (W3C TextQuoteSelector). */
  prefix: v.string(),
  suffix: v.string(),
  /** Markdown. */
  note: v.string(),
  tags: v.array(v.string()),
  ...AssessmentFields,
  createdAt: v.string(),
  updatedAt: v.string(),
});

const { createdAt: _createdAt, updatedAt: _updatedAt, ...snapshotEntries } = AnnotationSchema.entries;

export const AnnotationHistoryEntrySchema = v.object({
  /** Names this entry, to restore the highlight to it (restoreAnnotationVersion). */
  version: v.number(),
  at: v.string(),
  /** 'restored': given back by an undo, or set back to an earlier version. */
  action: v.picklist(['created', 'updated', 'deleted', 'imported', 'tag-renamed', 'tag-merged', 'tag-deleted', 'restored']),
  /** The annotation as it stood after the change (before it, for 'deleted'). */
  snapshot: v.object(snapshotEntries),
});

export const AnnotationFilterSchema = v.strictObject({
  documentId: v.optional(RowId),
  /** Only highlights in these documents (a selection in the document browser). */
  documentIds: v.optional(v.array(RowId)),
  tag: v.optional(v.string()),
  ...AssessmentInputFields,
});

export const CreateAnnotationInput = v.pipe(
  v.strictObject({
    documentId: RowId,
    /** Either offsets into the body (a reader selection) ... */
    start: v.optional(WholeNumber),
    end: v.optional(WholeNumber),
    /** ... or the quote itself, located in the body; with offsets it must match the text there. */
    exact: v.optional(v.string()),
    /** Which occurrence of `exact` to take when it occurs more than once (1-based, default 1). */
    occurrence: v.optional(v.pipe(WholeNumber, v.minValue(1, 'expected a whole number, 1 or more'))),
    note: v.optional(NoteSchema),
    tags: v.optional(v.array(TagNameSchema)),
    ...AssessmentInputFields,
  }),
  v.check((input) => (input.start === undefined) === (input.end === undefined), 'give both start and end, or neither'),
  v.check((input) => input.start === undefined || input.end === undefined || input.start < input.end, 'start must come before end'),
  v.check((input) => input.start !== undefined || (input.exact ?? '').trim() !== '', 'give the passage to highlight: a quote (exact), or start and end offsets'),
);

export const UpdateAnnotationInput = v.strictObject({
  id: NonBlank,
  note: v.optional(NoteSchema),
  /** Replaces the whole tag list. */
  tags: v.optional(v.array(TagNameSchema)),
  ...AssessmentInputFields,
});

export const AnnotationIdInput = v.strictObject({ id: NonBlank });
