// The shapes that cross the WorkbenchApi: documents, search hits, annotations, tags, reports.
// Plain data only (JSON-safe), so the same objects travel over IPC, HTTP and the CLI's --json.

import type { Assessments } from './assessments.js';

/** ISO 639-1 code, or 'und' when the language could not be told. */
export type LanguageCode = string;

export interface DocumentSummary {
  id: number;
  title: string;
  source: string | null;
  author: string | null;
  url: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time as found in the source, or null. */
  date: string | null;
  language: LanguageCode;
  /** Where the document came from: the file path (or path#line for JSONL) at import. */
  origin: string;
  contentHash: string;
  importedAt: string;
  /** Length of the body in UTF-16 code units (the unit of every offset). */
  length: number;
  annotationCount: number;
}

export interface DocumentWithBody extends DocumentSummary {
  body: string;
  /** Metadata the importer found but has no column for (e.g. e-mail To/Cc, HTML site name). */
  meta: Record<string, string>;
}

export interface ImportReport {
  added: { id: number; title: string; origin: string }[];
  duplicates: { origin: string; existingId: number }[];
  failed: { origin: string; reason: string }[];
}

export interface ImportProgress {
  phase: 'scanning' | 'importing' | 'indexing' | 'done';
  done: number;
  total: number;
  /** The file being read, when there is one. */
  current?: string;
}

export interface SearchFilters {
  source?: string;
  language?: LanguageCode;
  /** Inclusive lower bound on the document date, YYYY-MM-DD. */
  from?: string;
  /** Inclusive upper bound on the document date, YYYY-MM-DD. */
  to?: string;
  /** Only documents with at least one annotation carrying this tag. */
  tag?: string;
  /** Only documents with (true) or without (false) annotations. */
  hasNotes?: boolean;
}

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text` of the matched words. */
  highlights: [number, number][];
}

export interface SearchHit {
  id: number;
  title: string;
  source: string | null;
  date: string | null;
  language: LanguageCode;
  score: number;
  snippets: Snippet[];
  /** [start, end) offsets into the document body of every match, for the reader to mark. */
  matches: [number, number][];
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
}

export interface Annotation extends Assessments {
  /** A UUID; stable across export and import. */
  id: string;
  documentId: number;
  /** [start, end) offsets into the document body (UTF-16 code units). */
  start: number;
  end: number;
  exact: string;
  /** Up to 32 characters before and after the quote (W3C TextQuoteSelector). */
  prefix: string;
  suffix: string;
  /** Markdown. */
  note: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationHistoryEntry {
  at: string;
  action: 'created' | 'updated' | 'deleted' | 'imported' | 'tag-renamed' | 'tag-merged' | 'tag-deleted';
  /** The annotation as it stood after the change (before it, for 'deleted'). */
  snapshot: Omit<Annotation, 'createdAt' | 'updatedAt'>;
}

export interface Tag {
  id: number;
  name: string;
  /** CSS hex colour, #rrggbb. */
  color: string;
  annotationCount: number;
}

export interface AnnotationFilter {
  documentId?: number;
  tag?: string;
  reliability?: Assessments['reliability'];
  credibility?: Assessments['credibility'];
  probability?: Assessments['probability'];
  confidence?: Assessments['confidence'];
}

export type ExportFormat = 'md' | 'csv' | 'json';

export interface ExportOutput {
  format: ExportFormat;
  mimeType: string;
  /** A suggested file name, e.g. assay-notes-2026-11-21.md */
  fileName: string;
  content: string;
  annotationCount: number;
}

export interface AnnotationImportReport {
  added: number;
  /** Already present (same annotation id): importing twice adds nothing. */
  alreadyPresent: number;
  /** Added, but at a different place than the exported offsets said (found by quote). */
  reanchored: number;
  /** Not added: the document is missing or the quote no longer occurs in it. */
  unanchored: { id: string; exact: string; reason: string }[];
}

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  documentCount: number;
  annotationCount: number;
  tagCount: number;
  index: { segments: number; documents: number; pending: number; version: number };
}
