// The single contract between the core and its doors. Every method takes one object and returns
// a promise of its value; doors wrap failures as Result (see result.ts). IPC channels, HTTP routes,
// the preload bridge and the renderer client are all derived from WORKBENCH_METHODS.

import type { Assessments } from './assessments.js';
import type {
  Annotation,
  AnnotationFilter,
  AnnotationHistoryEntry,
  AnnotationImportReport,
  DocumentSummary,
  DocumentWithBody,
  ExportFormat,
  ExportOutput,
  ImportReport,
  SearchFilters,
  SearchResult,
  Tag,
  WorkspaceInfo,
} from './types.js';

/** Assessments as accepted on input: each may be omitted (unchanged / not set). */
export type AssessmentInput = Partial<Assessments>;

export interface CreateAnnotationInput extends AssessmentInput {
  documentId: number;
  /** Either offsets into the body (a reader selection) ... */
  start?: number;
  end?: number;
  /** ... or the quote itself, located in the body; with offsets it must match the text there. */
  exact?: string;
  /** Which occurrence of `exact` to take when it occurs more than once (1-based, default 1). */
  occurrence?: number;
  note?: string;
  tags?: string[];
}

export interface UpdateAnnotationInput extends AssessmentInput {
  id: string;
  note?: string;
  /** Replaces the whole tag list. */
  tags?: string[];
}

export interface WorkbenchApi {
  /** Facts about the open workspace: path, counts, schema and index state. */
  getWorkspaceInfo(input: Record<string, never>): Promise<WorkspaceInfo>;
  /** Imports files and folders (recursively) from paths on this machine. */
  importPaths(input: { paths: string[] }): Promise<ImportReport>;
  /** Imports files sent as content (browser upload, drag and drop). `content` is base64. */
  importFiles(input: { files: { name: string; content: string }[] }): Promise<ImportReport>;
  /** Imports the sample corpus that ships with Assay. */
  importSample(input: Record<string, never>): Promise<ImportReport>;
  /** Lists documents, newest import first. */
  listDocuments(input: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  /** One document with its body. */
  getDocument(input: { id: number }): Promise<DocumentWithBody>;
  /** Removes a document and its annotations from the store and the index. */
  deleteDocument(input: { id: number }): Promise<{ id: number; annotationsDeleted: number }>;
  /** The distinct sources and languages, with counts, for filter menus. */
  listFacets(input: Record<string, never>): Promise<{
    sources: { value: string; count: number }[];
    languages: { value: string; count: number }[];
  }>;
  /** Full-text search in lunr syntax plus "quoted phrases", with filters and snippets. */
  search(input: { query: string; filters?: SearchFilters; limit?: number; offset?: number }): Promise<SearchResult>;
  /** Highlights a passage and records the analyst's note, tags and assessments on it. */
  createAnnotation(input: CreateAnnotationInput): Promise<Annotation>;
  /** Changes an annotation's note, tags or assessments (null clears an assessment). */
  updateAnnotation(input: UpdateAnnotationInput): Promise<Annotation>;
  /** Deletes an annotation (its history is kept). */
  deleteAnnotation(input: { id: string }): Promise<{ id: string }>;
  /** Annotations matching every given criterion, in document order. */
  listAnnotations(input: AnnotationFilter): Promise<Annotation[]>;
  /** How an annotation changed over time, oldest first. */
  getAnnotationHistory(input: { id: string }): Promise<AnnotationHistoryEntry[]>;
  /** All tags with their annotation counts. */
  listTags(input: Record<string, never>): Promise<Tag[]>;
  /** Creates a tag (names are unique regardless of case). */
  createTag(input: { name: string; color?: string }): Promise<Tag>;
  /** Renames a tag. */
  renameTag(input: { id: number; name: string }): Promise<Tag>;
  /** Moves every annotation of `sourceId` onto `targetId` and removes the source tag. */
  mergeTags(input: { sourceId: number; targetId: number }): Promise<Tag>;
  /** Changes a tag's colour (#rrggbb). */
  recolorTag(input: { id: number; color: string }): Promise<Tag>;
  /** Deletes a tag; its annotations stay, without it. */
  deleteTag(input: { id: number }): Promise<{ id: number; annotationsUntagged: number }>;
  /** Renders annotations as a Markdown report, CSV or W3C Web Annotation JSON. */
  exportAnnotations(input: {
    format: ExportFormat;
    filter?: AnnotationFilter;
    /** Markdown only: group by tag (default) or by document. */
    groupBy?: 'tag' | 'document';
  }): Promise<ExportOutput>;
  /** Imports a W3C AnnotationCollection exported by Assay (or compatible) into this workspace. */
  importAnnotations(input: { content: string }): Promise<AnnotationImportReport>;
}

export type WorkbenchMethod = keyof WorkbenchApi;
export type MethodInput<M extends WorkbenchMethod> = Parameters<WorkbenchApi[M]>[0];
export type MethodOutput<M extends WorkbenchMethod> = Awaited<ReturnType<WorkbenchApi[M]>>;

/** Every method name, once. Doors loop over this table; the type check keeps it complete. */
export const WORKBENCH_METHODS = [
  'getWorkspaceInfo',
  'importPaths',
  'importFiles',
  'importSample',
  'listDocuments',
  'getDocument',
  'deleteDocument',
  'listFacets',
  'search',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'listAnnotations',
  'getAnnotationHistory',
  'listTags',
  'createTag',
  'renameTag',
  'mergeTags',
  'recolorTag',
  'deleteTag',
  'exportAnnotations',
  'importAnnotations',
] as const satisfies readonly WorkbenchMethod[];

// Compile-time proof that the table names every method of the interface.
type Missing = Exclude<WorkbenchMethod, (typeof WORKBENCH_METHODS)[number]>;
const tableIsComplete: Missing extends never ? true : Missing = true;
void tableIsComplete;
