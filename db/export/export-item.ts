// One highlight as the exporters see it: the annotation plus the document it belongs to, which
// the caller has already looked up, so every renderer here stays a pure function of its input.
import type { Consistency, Relevance } from '../../api/ach.js';
import type { Annotation, DocumentSummary } from '../../api/types.js';

export interface ExportRating {
  hypothesis: string;
  rater: string;
  consistency: Consistency;
  relevance: Relevance;
  reason: string;
}

export interface ExportItem {
  annotation: Annotation;
  document: DocumentSummary;
  /** The pages the passage lies on, "p. 12" or "pp. 12–13", for paged documents (PDF); else null. */
  pages: string | null;
  /** The analyst's note on the whole document (Markdown), '' when there is none. */
  documentNote: string;
  /** Ratings against the hypotheses, by hypothesis statement ('' rater: this workspace's analyst). */
  ratings?: ExportRating[];
  /** Highlights linked to this one as the same claim. */
  sameClaimAs?: string[];
}
