// Schemas of documents and imports: what a listing shows, one document with its body, facets for
// filter menus, what an import reports, and how a long import tells its progress.
import * as v from 'valibot';
import { ChangeIdField } from './undo.js';
import { NoteSchema } from './annotations.js';
import { DocumentDate, NonBlank, RowId, WholeNumber } from './common.js';
import { TagNameSchema } from './tags.js';

/** ISO 639-1 code, or 'und' when the language could not be told. */
export const LanguageCode = v.string();

export const DocumentSummarySchema = v.object({
  id: RowId,
  title: v.string(),
  source: v.nullable(v.string()),
  author: v.nullable(v.string()),
  url: v.nullable(v.string()),
  /** ISO 8601 date (YYYY-MM-DD) or date-time as found in the source, or null. */
  date: v.nullable(v.string()),
  language: LanguageCode,
  /** Where the document came from: the file path (or path#line for JSONL) at import. */
  origin: v.string(),
  contentHash: v.string(),
  importedAt: v.string(),
  /** Length of the body in UTF-16 code units (the unit of every offset). */
  length: v.number(),
  annotationCount: v.number(),
  /** Document-level tags (from the same tag list as highlights). */
  tags: v.array(v.string()),
});

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'quote', 'table-row', 'preformatted'] as const;

/** A block of the body: [start, end) offsets into it; the reader renders each as its kind. */
export const BlockSchema = v.object({
  kind: v.picklist(BLOCK_KINDS),
  start: v.number(),
  end: v.number(),
  /** Heading level 1–6, or list nesting depth. */
  level: v.optional(v.number()),
});

/** Where a page of a paged document (PDF) starts in the body; pages are numbered from 1. */
export const PageStartSchema = v.object({ page: v.number(), start: v.number() });

export const DocumentWithBodySchema = v.object({
  ...DocumentSummarySchema.entries,
  body: v.string(),
  /** Metadata the importer found but has no column for (e.g. e-mail To/Cc, HTML site name). */
  meta: v.record(v.string(), v.string()),
  /** The body's blocks in order (headings, paragraphs, list items, quotes, table rows). */
  blocks: v.array(BlockSchema),
  /** Page starts for paged documents; empty otherwise. */
  pages: v.array(PageStartSchema),
  /** The document this one came out of (an e-mail for its attachment), if any. */
  parentId: v.nullable(RowId),
  /** The analyst's note on the whole document (Markdown). */
  note: v.string(),
});

/** The details an analyst may correct; null clears one (the title cannot be cleared). */
const DetailFields = {
  source: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500, 'expected at most 500 characters')))),
  author: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500, 'expected at most 500 characters')))),
  url: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(2000, 'expected at most 2000 characters')))),
  /** ISO 639-1 code, or 'und' when unknown. */
  language: v.optional(v.pipe(v.string(), v.regex(/^(?:[a-z]{2}|und)$/, 'expected a two-letter language code such as en, ru or uk, or und'))),
  date: v.optional(v.nullable(DocumentDate)),
};

export const UpdateDocumentInput = v.strictObject({
  id: RowId,
  title: v.optional(v.pipe(NonBlank, v.maxLength(500, 'expected at most 500 characters'))),
  ...DetailFields,
  note: v.optional(NoteSchema),
  /** Replaces the document's whole tag list. */
  tags: v.optional(v.array(TagNameSchema)),
});

export const UpdateDocumentsInput = v.pipe(
  v.strictObject({
    /** These documents ... */
    ids: v.optional(v.pipe(v.array(RowId), v.minLength(1, 'expected at least one document id'))),
    /** ... or those whose origin (file path) matches this pattern: * any text, ? one character. */
    origin: v.optional(NonBlank),
    set: v.optional(v.strictObject(DetailFields)),
    addTags: v.optional(v.array(TagNameSchema)),
    removeTags: v.optional(v.array(TagNameSchema)),
  }),
  v.check((input) => input.ids !== undefined || input.origin !== undefined, 'say which documents: ids or an origin pattern'),
);

export const UpdateDocumentsOutput = v.object({ updated: v.number() });

/** One change to a document's details: each changed field with its value before and after. */
export const DocumentHistoryEntrySchema = v.object({
  at: v.string(),
  changes: v.record(v.string(), v.object({ before: v.unknown(), after: v.unknown() })),
});

const FacetCount = v.object({ value: v.string(), count: v.number() });
export const FacetsSchema = v.object({ sources: v.array(FacetCount), languages: v.array(FacetCount) });

export const ImportReportSchema = v.object({
  added: v.array(v.object({ id: RowId, title: v.string(), origin: v.string() })),
  duplicates: v.array(v.object({ origin: v.string(), existingId: RowId })),
  failed: v.array(v.object({ origin: v.string(), reason: v.string() })),
  /** The import was stopped (cancelImport, Ctrl+C): what was stored before stays; `notReached` files were not read. */
  cancelled: v.optional(v.boolean()),
  notReached: v.optional(v.number()),
  /** Documents stored whose copied passages were not looked for yet (the import was stopped in its copies phase): the next import looks for them. */
  copiesPending: v.optional(v.number()),
});

export const CancelImportResultSchema = v.object({
  /** Whether an import was running and will stop after its current batch. */
  stopping: v.boolean(),
});

export const ImportProgressSchema = v.object({
  /**
   * Indexing is part of importing: each batch is indexed in the transaction that stores it. Then,
   * with every document searchable, `copies` looks for copied passages (`done` and `total` count documents).
   */
  phase: v.picklist(['scanning', 'importing', 'copies', 'done']),
  done: v.number(),
  total: v.number(),
  /** The file being read, when there is one. */
  current: v.optional(v.string()),
});

export const ImportPathsInput = v.strictObject({
  paths: v.pipe(v.array(NonBlank), v.minLength(1, 'expected at least one file or folder')),
  /** The source to give every document this import adds (e.g. the ministry a folder came from). */
  source: v.optional(v.pipe(NonBlank, v.maxLength(500, 'expected at most 500 characters'))),
});

/** Files sent as content (browser upload, drag and drop); `content` is base64. */
export const ImportFilesInput = v.strictObject({
  files: v.pipe(v.array(v.strictObject({ name: v.string(), content: v.string() })), v.minLength(1, 'expected at least one file')),
});

export const MAX_LIST_LIMIT = 10_000;

export const ListDocumentsInput = v.strictObject({
  limit: v.optional(v.pipe(WholeNumber, v.minValue(1, 'expected a whole number, 1 or more'), v.maxValue(MAX_LIST_LIMIT, `expected at most ${MAX_LIST_LIMIT}`))),
  offset: v.optional(WholeNumber),
});

export const DocumentIdInput = v.strictObject({ id: RowId });

export const DeleteDocumentOutput = v.object({ id: RowId, annotationsDeleted: v.number(), ...ChangeIdField });
