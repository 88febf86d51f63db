// The single contract between the core and its doors, declared once: each WorkbenchApi method is
// a schema for its one argument and a schema for its value. The types, the method table, the
// client, the IPC table, the HTTP routes and the utility-process protocol all derive from it, and
// every door checks a call against it (api/contract.ts `dispatch`) before the core runs.
import * as v from 'valibot';
import { method, methodNames, type ApiOf, type HandlersOf, type MethodName, type ResultsOf } from './contract.js';
import {
  AnnotationFilterSchema,
  AnnotationHistoryEntrySchema,
  AnnotationIdInput,
  AnnotationSchema,
  CreateAnnotationInput as CreateAnnotationInputSchema,
  UpdateAnnotationInput as UpdateAnnotationInputSchema,
} from './schemas/annotations.js';
import type { AssessmentInputSchema } from './schemas/assessments.js';
import { NoInput, RowId } from './schemas/common.js';
import { CopySchema, ListCopiesInput } from './schemas/copies.js';
import { BrowseDocumentsInput, DeleteDocumentsInput, DeleteDocumentsOutput, DocumentIdsInput, DocumentPageSchema } from './schemas/document-browser.js';
import {
  DeleteDocumentOutput,
  DocumentHistoryEntrySchema,
  DocumentIdInput,
  DocumentSummarySchema,
  DocumentWithBodySchema,
  FacetsSchema,
  ImportFilesInput,
  ImportPathsInput,
  ImportReportSchema,
  ListDocumentsInput,
  UpdateDocumentInput,
  UpdateDocumentsInput,
  UpdateDocumentsOutput,
  CancelImportResultSchema,
} from './schemas/documents.js';
import { AnnotationImportReportSchema, ExportInput, ExportOutputSchema, ImportAnnotationsInput } from './schemas/exchange.js';
import {
  AchSchema,
  ClaimReportSchema,
  ConfirmSameClaimInput,
  ConfirmSameClaimOutput,
  CreateHypothesisInput,
  DeleteHypothesisOutput,
  HypothesisHistoryEntrySchema,
  HypothesisIdInput,
  HypothesisSchema,
  ListRatingsInput,
  QuestionSchema,
  RateInput,
  RatingHistoryEntrySchema,
  RatingSchema,
  RelatedInput,
  RelatedPassageSchema,
  SetQuestionInput,
  UnlinkSameClaimInput,
  UpdateHypothesisInput,
} from './schemas/hypotheses.js';
import { SearchInput, SearchResultSchema } from './schemas/search.js';
import { CreateTagInput, MergeTagsInput, RecolorTagInput, RenameTagInput, TagIdInput, TagSchema } from './schemas/tags.js';
import { ChangeIdField, ChangeSchema, ListChangesInput, RestoreAnnotationVersionInput, UndoChangeInput } from './schemas/undo.js';
import { WorkspaceInfoSchema } from './schemas/workspace.js';

/** A highlight as an undoable write returns it: with the change to pass to undoChange. */
const AnnotationChangeSchema = v.object({ ...AnnotationSchema.entries, ...ChangeIdField });

export const WORKBENCH_CONTRACT = {
  /** Facts about the open workspace: path, counts, schema and index state. */
  getWorkspaceInfo: method(NoInput, WorkspaceInfoSchema),
  /** Imports files and folders (recursively) from paths on this machine. */
  importPaths: method(ImportPathsInput, ImportReportSchema),
  /** Imports files sent as content (browser upload, drag and drop). `content` is base64. */
  importFiles: method(ImportFilesInput, ImportReportSchema),
  /** Imports the sample corpus that ships with Assay. */
  importSample: method(NoInput, ImportReportSchema),
  /** Stops the running import after its current batch; what it stored stays (its report says `cancelled`). */
  cancelImport: method(NoInput, CancelImportResultSchema),
  /** Lists documents, newest import first. */
  listDocuments: method(ListDocumentsInput, v.array(DocumentSummarySchema)),
  /** One page of documents sorted by a column and filtered like search, with the total that match. */
  browseDocuments: method(BrowseDocumentsInput, DocumentPageSchema),
  /** The ids of every document the filters match (all of them without filters), to act on all at once. */
  listDocumentIds: method(DocumentIdsInput, v.array(RowId)),
  /** One document with its body. */
  getDocument: method(DocumentIdInput, DocumentWithBodySchema),
  /** Corrects a document's details (title, source, author, URL, language, date), note or tags; each change goes to its history. */
  updateDocument: method(UpdateDocumentInput, DocumentWithBodySchema),
  /** Sets details or adds/removes tags on many documents at once (by id or by origin pattern). */
  updateDocuments: method(UpdateDocumentsInput, UpdateDocumentsOutput),
  /** How a document's details changed over time, oldest first. */
  getDocumentHistory: method(DocumentIdInput, v.array(DocumentHistoryEntrySchema)),
  /** Removes a document and its annotations from the store and the index; undoable. */
  deleteDocument: method(DocumentIdInput, DeleteDocumentOutput),
  /** Removes many documents and their annotations in one transaction, as deleteDocument does each; undoable as one change. */
  deleteDocuments: method(DeleteDocumentsInput, DeleteDocumentsOutput),
  /** The distinct sources and languages, with counts, for filter menus. */
  listFacets: method(NoInput, FacetsSchema),
  /** Full-text search in lunr syntax plus "quoted phrases", with filters and snippets. */
  search: method(SearchInput, SearchResultSchema),
  /** Highlights a passage and records the analyst's note, tags and assessments on it. */
  createAnnotation: method(CreateAnnotationInputSchema, AnnotationSchema),
  /** Changes an annotation's note, tags or assessments (null clears an assessment); undoable. */
  updateAnnotation: method(UpdateAnnotationInputSchema, AnnotationChangeSchema),
  /** Deletes an annotation (its history is kept); undoable. */
  deleteAnnotation: method(AnnotationIdInput, v.object({ id: v.string(), ...ChangeIdField })),
  /** Annotations matching every given criterion, in document order. */
  listAnnotations: method(AnnotationFilterSchema, v.array(AnnotationSchema)),
  /** How an annotation changed over time, oldest first. */
  getAnnotationHistory: method(AnnotationIdInput, v.array(AnnotationHistoryEntrySchema)),
  /** All tags with their annotation counts. */
  listTags: method(NoInput, v.array(TagSchema)),
  /** Creates a tag (names are unique regardless of case). */
  createTag: method(CreateTagInput, TagSchema),
  /** Renames a tag. */
  renameTag: method(RenameTagInput, TagSchema),
  /** Moves every annotation of `sourceId` onto `targetId` and removes the source tag; undoable. */
  mergeTags: method(MergeTagsInput, v.object({ ...TagSchema.entries, ...ChangeIdField })),
  /** Changes a tag's colour (#rrggbb). */
  recolorTag: method(RecolorTagInput, TagSchema),
  /** Deletes a tag; its annotations stay, without it; undoable. */
  deleteTag: method(TagIdInput, v.object({ id: v.number(), annotationsUntagged: v.number(), ...ChangeIdField })),
  /** Renders annotations as a Markdown report, CSV or W3C Web Annotation JSON. */
  exportAnnotations: method(ExportInput, ExportOutputSchema),
  /** Imports a W3C AnnotationCollection exported by Assay (or compatible) into this workspace. */
  importAnnotations: method(ImportAnnotationsInput, AnnotationImportReportSchema),
  /** The hypotheses under analysis, in the analyst's order. */
  listHypotheses: method(NoInput, v.array(HypothesisSchema)),
  /** Adds a hypothesis (at the end, or at `position`). */
  createHypothesis: method(CreateHypothesisInput, HypothesisSchema),
  /** Rewords, annotates or moves a hypothesis; each change goes to its history. */
  updateHypothesis: method(UpdateHypothesisInput, HypothesisSchema),
  /** Deletes a hypothesis with its ratings (their history is kept). */
  deleteHypothesis: method(HypothesisIdInput, DeleteHypothesisOutput),
  /** How a hypothesis changed over time, oldest first. */
  getHypothesisHistory: method(HypothesisIdInput, v.array(HypothesisHistoryEntrySchema)),
  /** Sets the question the hypotheses answer. */
  setQuestion: method(SetQuestionInput, QuestionSchema),
  /** Rates a highlight against a hypothesis (CC … II, NA), with relevance and a reason; null consistency clears it. */
  rate: method(RateInput, v.nullable(RatingSchema)),
  /** Ratings, of one highlight or against one hypothesis, or all. */
  listRatings: method(ListRatingsInput, v.array(RatingSchema)),
  /** How a highlight's ratings changed, oldest first. */
  getRatingHistory: method(AnnotationIdInput, v.array(RatingHistoryEntrySchema)),
  /** The ACH matrix: hypotheses with scores and ranks, rated passages with diagnosticity, sensitivity. */
  getAch: method(NoInput, AchSchema),
  /** Passages in other documents that report what a highlight reports (echoes), best first. */
  relatedPassages: method(RelatedInput, v.array(RelatedPassageSchema)),
  /** Confirms a passage of another document as the same claim: highlights it if need be and links the two. */
  confirmSameClaim: method(ConfirmSameClaimInput, ConfirmSameClaimOutput),
  /** Removes a same-claim link (both highlights stay). */
  unlinkSameClaim: method(UnlinkSameClaimInput, v.object({ unlinked: v.boolean() })),
  /** The highlights linked to one as the same claim, directly or through others. */
  listSameClaims: method(AnnotationIdInput, v.array(ClaimReportSchema)),
  /** Passages copied across documents from different sources (found at import), with both ranges: of one document, or all. */
  listCopies: method(ListCopiesInput, v.array(CopySchema)),
  /** The changes that can still be undone (deletes, merges, highlight edits), latest first. */
  listChanges: method(ListChangesInput, v.array(ChangeSchema)),
  /** Undoes one change; refused, naming the change to undo first, if a later change touched the same rows. */
  undoChange: method(UndoChangeInput, ChangeSchema),
  /** Sets a highlight back to an entry of its history (recreating it if deleted); undoable. */
  restoreAnnotationVersion: method(RestoreAnnotationVersionInput, AnnotationChangeSchema),
};

/** What a caller of the core sees: every method takes one object and returns a promise of its value. */
export type WorkbenchApi = ApiOf<typeof WORKBENCH_CONTRACT>;
/** What the core implements: each method receives its argument already checked. */
export type WorkbenchHandlers = HandlersOf<typeof WORKBENCH_CONTRACT>;
export type WorkbenchMethod = MethodName<typeof WORKBENCH_CONTRACT>;
/** window.assay as the desktop preload exposes it: each method answers a Result (see ResultsOf). */
export type WorkbenchBridge = ResultsOf<typeof WORKBENCH_CONTRACT>;
export type MethodInput<M extends WorkbenchMethod> = Parameters<WorkbenchApi[M]>[0];
export type MethodOutput<M extends WorkbenchMethod> = Awaited<ReturnType<WorkbenchApi[M]>>;

/** Every method name, once, in declaration order. Doors loop over this table. */
export const WORKBENCH_METHODS: readonly WorkbenchMethod[] = methodNames(WORKBENCH_CONTRACT);

/** Assessments as accepted on input: each may be omitted (unchanged) or null (cleared). */
export type AssessmentInput = v.InferOutput<typeof AssessmentInputSchema>;
export type CreateAnnotationInput = v.InferOutput<typeof CreateAnnotationInputSchema>;
export type UpdateAnnotationInput = v.InferOutput<typeof UpdateAnnotationInputSchema>;
export type UpdateDocumentInput = v.InferOutput<typeof UpdateDocumentInput>;
export type UpdateDocumentsInput = v.InferOutput<typeof UpdateDocumentsInput>;
