// Schemas of exchange: notes rendered as a Markdown brief, CSV or W3C Web Annotation JSON, the ACH matrix as CSV, and
// what importing such a JSON file reports.
import * as v from 'valibot';
import { AnnotationFilterSchema } from './annotations.js';
import { NonBlank } from './common.js';

/** md: the brief (with its ACH section when there are hypotheses); csv: one row per highlight; json: W3C
 * Web Annotation; ach-csv: the ACH matrix for a spreadsheet. */
export const ExportFormatSchema = v.picklist(['md', 'csv', 'json', 'ach-csv']);

export const ExportInput = v.strictObject({
  format: ExportFormatSchema,
  filter: v.optional(AnnotationFilterSchema),
  /** Markdown only: group by tag (default) or by document. */
  groupBy: v.optional(v.picklist(['tag', 'document'])),
  /** Markdown only: the analyst's time zone (an IANA name such as Europe/Kyiv) to write times in; UTC when absent. */
  timeZone: v.optional(v.pipe(v.string(), v.maxLength(64, 'expected a time zone name such as Europe/Kyiv'))),
});

export const ExportOutputSchema = v.object({
  format: ExportFormatSchema,
  mimeType: v.string(),
  /** A suggested file name, e.g. assay-notes-2026-11-21.md */
  fileName: v.string(),
  content: v.string(),
  annotationCount: v.number(),
});

export const ImportAnnotationsInput = v.strictObject({
  content: v.pipe(
    v.string(),
    v.check((content) => content.trim() !== '', 'the annotation file is empty'),
  ),
  /** Whose ratings the file holds (a colleague's name): they arrive beside this analyst's, not over them. */
  rater: v.optional(v.pipe(NonBlank, v.maxLength(100, 'expected at most 100 characters'))),
});

export const AnnotationImportReportSchema = v.object({
  added: v.number(),
  /** Already present (same annotation id): importing twice adds nothing. */
  alreadyPresent: v.number(),
  /** Added, but at a different place than the exported offsets said (found by quote). */
  reanchored: v.number(),
  /** Not added: the document is missing or the quote no longer occurs in it. */
  unanchored: v.array(v.object({ id: v.string(), exact: v.string(), reason: v.string() })),
  /** Hypotheses of the file this workspace did not have (matched by statement, regardless of case). */
  hypothesesAdded: v.number(),
  /** Ratings set or changed, under their rater's name. */
  ratingsAdded: v.number(),
  /** Same-claim links added between highlights both present. */
  linksAdded: v.number(),
});
