// The shapes that cross the WorkbenchApi, inferred from the contract's schemas (api/schemas/), so
// each is declared once. Plain data only (JSON-safe): the same objects travel over IPC, HTTP and
// the CLI's --json.
import type * as v from 'valibot';
import type { AnnotationFilterSchema, AnnotationHistoryEntrySchema, AnnotationSchema } from './schemas/annotations.js';
import type {
  BlockSchema,
  DocumentHistoryEntrySchema,
  DocumentSummarySchema,
  DocumentWithBodySchema,
  FacetsSchema,
  ImportProgressSchema,
  ImportReportSchema,
  PageStartSchema,
} from './schemas/documents.js';
import type { CopySchema, CopySideSchema } from './schemas/copies.js';
import type { BrowseDocumentsInput, DocumentPageSchema, DocumentSortSchema } from './schemas/document-browser.js';
import type { AnnotationImportReportSchema, ExportFormatSchema, ExportOutputSchema } from './schemas/exchange.js';
import type {
  AchHypothesisSchema,
  AchRowSchema,
  AchSchema,
  AchSensitivitySchema,
  ClaimReportSchema,
  RelatedPassageSchema,
  HypothesisHistoryEntrySchema,
  HypothesisSchema,
  RatingHistoryEntrySchema,
  RatingSchema,
} from './schemas/hypotheses.js';
import type { SearchFiltersSchema, SearchHitSchema, SearchResultSchema, SnippetSchema } from './schemas/search.js';
import type { TagSchema } from './schemas/tags.js';
import type { CHANGE_KINDS, ChangeSchema } from './schemas/undo.js';
import type { WorkspaceInfoSchema } from './schemas/workspace.js';

/** ISO 639-1 code, or 'und' when the language could not be told. */
export type LanguageCode = string;

export type DocumentSummary = v.InferOutput<typeof DocumentSummarySchema>;
export type DocumentWithBody = v.InferOutput<typeof DocumentWithBodySchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type PageStart = v.InferOutput<typeof PageStartSchema>;
export type BlockKind = Block['kind'];
export type DocumentHistoryEntry = v.InferOutput<typeof DocumentHistoryEntrySchema>;
export type Facets = v.InferOutput<typeof FacetsSchema>;
export type DocumentSort = v.InferOutput<typeof DocumentSortSchema>;
export type DocumentPage = v.InferOutput<typeof DocumentPageSchema>;
export type BrowseDocumentsQuery = v.InferOutput<typeof BrowseDocumentsInput>;
export type ImportReport = v.InferOutput<typeof ImportReportSchema>;
export type ImportProgress = v.InferOutput<typeof ImportProgressSchema>;
export type SearchFilters = v.InferOutput<typeof SearchFiltersSchema>;
export type Snippet = v.InferOutput<typeof SnippetSchema>;
export type SearchHit = v.InferOutput<typeof SearchHitSchema>;
export type SearchResult = v.InferOutput<typeof SearchResultSchema>;
export type Annotation = v.InferOutput<typeof AnnotationSchema>;
export type AnnotationHistoryEntry = v.InferOutput<typeof AnnotationHistoryEntrySchema>;
export type Tag = v.InferOutput<typeof TagSchema>;
export type AnnotationFilter = v.InferOutput<typeof AnnotationFilterSchema>;
export type ExportFormat = v.InferOutput<typeof ExportFormatSchema>;
export type ExportOutput = v.InferOutput<typeof ExportOutputSchema>;
export type AnnotationImportReport = v.InferOutput<typeof AnnotationImportReportSchema>;
export type WorkspaceInfo = v.InferOutput<typeof WorkspaceInfoSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Hypothesis = v.InferOutput<typeof HypothesisSchema>;
export type HypothesisHistoryEntry = v.InferOutput<typeof HypothesisHistoryEntrySchema>;
export type Rating = v.InferOutput<typeof RatingSchema>;
export type RatingHistoryEntry = v.InferOutput<typeof RatingHistoryEntrySchema>;
export type Ach = v.InferOutput<typeof AchSchema>;
export type AchHypothesis = v.InferOutput<typeof AchHypothesisSchema>;
export type AchRow = v.InferOutput<typeof AchRowSchema>;
export type AchSensitivity = v.InferOutput<typeof AchSensitivitySchema>;
export type RelatedPassage = v.InferOutput<typeof RelatedPassageSchema>;
export type ClaimReport = v.InferOutput<typeof ClaimReportSchema>;
export type Copy = v.InferOutput<typeof CopySchema>;
export type CopySide = v.InferOutput<typeof CopySideSchema>;
