// Export and import of annotations: collects the filtered annotations with their documents for
// the renderers in export/, and brings a W3C collection back in, matching documents by content
// hash (then by title) and re-anchoring each quote.
import type { AnnotationFilter, AnnotationImportReport, ExportFormat, ExportOutput } from '../api/types.js';
import { checkInput } from '../api/contract.js';
import { WorkbenchError } from '../api/result.js';
import { WORKBENCH_CONTRACT } from '../api/workbench-api.js';
import { reanchor } from './anchoring.js';
import { createAnnotation } from './annotations.js';
import { findAnnotation, listAnnotations } from './annotations-read.js';
import { pagesCited } from './document-structure.js';
import { findByHash, getBody, getDocumentNotes, getDocumentSummaries, getPageStarts } from './documents.js';
import { getAch } from './ach/ach-matrix.js';
import { directLinks } from './ach/claim-links.js';
import { createHypothesis, getQuestion, listHypotheses, setQuestion } from './ach/hypotheses.js';
import { listRatings, rate, ratingsForExport } from './ach/ratings.js';
import { renderAchCsv } from './export/ach-csv.js';
import { briefTimeZone } from './export/brief-dates.js';
import { renderAchSection } from './export/ach-markdown.js';
import { renderCsv } from './export/csv-export.js';
import type { ExportItem } from './export/export-item.js';
import { renderMarkdownReport } from './export/markdown-report.js';
import { renderWebAnnotationCollection } from './export/web-annotation-export.js';
import { parseWebAnnotations, type IncomingAnalysis, type IncomingAnnotation } from './export/web-annotation-import.js';
import { nowIso, type Db } from './open-workspace.js';

const FORMATS: Record<ExportFormat, { mimeType: string; extension: string; name: string }> = {
  md: { mimeType: 'text/markdown; charset=utf-8', extension: 'md', name: 'assay-notes' },
  csv: { mimeType: 'text/csv; charset=utf-8', extension: 'csv', name: 'assay-notes' },
  json: { mimeType: 'application/ld+json; charset=utf-8', extension: 'jsonld', name: 'assay-notes' },
  'ach-csv': { mimeType: 'text/csv; charset=utf-8', extension: 'csv', name: 'assay-ach' },
};

export function describeFilter(filter: AnnotationFilter): string | undefined {
  const parts = Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) =>
      key === 'documentIds' && Array.isArray(value)
        ? `${value.length} chosen ${value.length === 1 ? 'document' : 'documents'}`
        : `${key === 'documentId' ? 'document' : key} = ${String(value)}`,
    );
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function collectExportItems(db: Db, filter: AnnotationFilter): ExportItem[] {
  const annotations = listAnnotations(db, filter);
  const ids = [...new Set(annotations.map((a) => a.documentId))];
  const documents = getDocumentSummaries(db, ids);
  const pages = getPageStarts(db, ids);
  const notes = getDocumentNotes(db, ids);
  const ratings = ratingsForExport(
    db,
    annotations.map((a) => a.id),
  );
  return annotations.flatMap((annotation) => {
    const document = documents.get(annotation.documentId);
    const cited = pagesCited(pages.get(annotation.documentId) ?? [], annotation.start, annotation.end);
    if (!document) return [];
    const own = ratings.get(annotation.id) ?? [];
    const linked = directLinks(db, annotation.id);
    return [
      {
        annotation,
        document,
        pages: cited,
        documentNote: notes.get(annotation.documentId) ?? '',
        ...(own.length ? { ratings: own } : {}),
        ...(linked.length ? { sameClaimAs: linked } : {}),
      },
    ];
  });
}

export function exportAnnotations(db: Db, input: { format: ExportFormat; filter?: AnnotationFilter; groupBy?: 'tag' | 'document'; timeZone?: string }): ExportOutput {
  const { format } = input;
  const groupBy = input.groupBy ?? 'tag';
  const filter = input.filter ?? {};
  const items = collectExportItems(db, filter);
  const generatedAt = nowIso();
  const filterDescription = describeFilter(filter);
  let content: string;
  if (format === 'md') {
    const zone = briefTimeZone(input.timeZone).zone;
    const achSection = renderAchSection(getAch(db), zone);
    content = renderMarkdownReport(items, { groupBy, generatedAt, achSection, timeZone: zone, ...(filterDescription ? { filterDescription } : {}) });
  } else if (format === 'csv') content = renderCsv(items);
  else if (format === 'ach-csv') content = renderAchCsv(getAch(db));
  else {
    const analysis = { question: getQuestion(db), hypotheses: listHypotheses(db).map((h) => ({ statement: h.statement, note: h.note })) };
    content = `${JSON.stringify(renderWebAnnotationCollection(items, { generatedAt, label: 'Assay annotations', analysis }), null, 2)}\n`;
  }
  const { mimeType, extension, name } = FORMATS[format];
  return { format, mimeType, fileName: `${name}-${generatedAt.slice(0, 10)}.${extension}`, content, annotationCount: items.length };
}

/** Documents that may hold the quote: the same text first, then (edited copies) the same title. */
function candidateDocuments(db: Db, incoming: IncomingAnnotation): { ids: number[]; sameText: boolean } {
  const byHash = findByHash(db, incoming.contentHash);
  if (byHash !== undefined) return { ids: [byHash], sameText: true };
  if (!incoming.documentTitle) return { ids: [], sameText: false };
  const ids = db.prepare('SELECT id FROM document WHERE title = ? COLLATE NOCASE ORDER BY id').pluck().all(incoming.documentTitle) as number[];
  return { ids, sameText: false };
}

function importOne(db: Db, incoming: IncomingAnnotation, report: AnnotationImportReport): void {
  if (findAnnotation(db, incoming.id)) {
    report.alreadyPresent++;
    return;
  }
  const candidates = candidateDocuments(db, incoming);
  if (candidates.ids.length === 0) {
    const title = incoming.documentTitle ? ` (“${incoming.documentTitle}”)` : '';
    report.unanchored.push({ id: incoming.id, exact: incoming.exact, reason: `its document${title} is not in this workspace — import the document first` });
    return;
  }
  const hint = incoming.start !== null && incoming.end !== null ? { start: incoming.start, end: incoming.end } : undefined;
  for (const documentId of candidates.ids) {
    const anchor = reanchor(getBody(db, documentId), incoming, hint);
    if (!anchor) continue;
    // A file is input from outside like any call: the contract's rules (note length, tag names,
    // vocabularies) hold for it too, and a passage that breaks them is reported, not stored.
    const checked = checkInput(WORKBENCH_CONTRACT, 'createAnnotation', {
      documentId,
      start: anchor.start,
      end: anchor.end,
      exact: incoming.exact,
      note: incoming.note,
      tags: incoming.tags,
      reliability: incoming.reliability,
      credibility: incoming.credibility,
      probability: incoming.probability,
      confidence: incoming.confidence,
    });
    if (!checked.ok) {
      report.unanchored.push({ id: incoming.id, exact: incoming.exact, reason: checked.error.message });
      return;
    }
    try {
      createAnnotation(
        db,
        checked.value,
        { id: incoming.id, ...(incoming.createdAt ? { createdAt: incoming.createdAt } : {}), ...(incoming.updatedAt ? { updatedAt: incoming.updatedAt } : {}) },
        'imported',
      );
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error;
      report.unanchored.push({ id: incoming.id, exact: incoming.exact, reason: error.message });
      return;
    }
    report.added++;
    // Moved within the same text, or found by quote in an edited copy: either way, re-anchored.
    if (anchor.moved || !candidates.sameText) report.reanchored++;
    return;
  }
  report.unanchored.push({ id: incoming.id, exact: incoming.exact, reason: 'the quoted text no longer occurs in the document' });
}

/** Whose ratings a file holds when neither the caller nor the file says. */
export const DEFAULT_IMPORTED_RATER = 'Imported';

/** The file's hypotheses mapped to this workspace's, matched by statement (case and spacing aside); missing ones are added. */
function matchHypotheses(db: Db, incoming: IncomingAnalysis, report: AnnotationImportReport): Map<string, number> {
  const key = (statement: string): string => statement.replace(/\s+/g, ' ').trim().toLowerCase();
  const known = new Map(listHypotheses(db).map((h) => [key(h.statement), h.id]));
  for (const hypothesis of incoming.hypotheses) {
    if (known.has(key(hypothesis.statement))) continue;
    const created = createHypothesis(db, { statement: hypothesis.statement, note: hypothesis.note });
    known.set(key(created.statement), created.id);
    report.hypothesesAdded++;
  }
  if (incoming.question && getQuestion(db) === '') setQuestion(db, incoming.question);
  return known;
}

/** Ratings and same-claim links of the imported annotations, once they are all in. */
function importAnalysis(db: Db, annotations: IncomingAnnotation[], hypotheses: Map<string, number>, rater: string, report: AnnotationImportReport): void {
  const key = (statement: string): string => statement.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const incoming of annotations) {
    if (!findAnnotation(db, incoming.id)) continue;
    for (const rating of incoming.ratings) {
      const hypothesisId = hypotheses.get(key(rating.hypothesis));
      if (hypothesisId === undefined) continue;
      const before = listRatings(db, { annotationId: incoming.id, hypothesisId }).find((r) => r.rater === (rating.rater ?? rater));
      const after = rate(
        db,
        { annotationId: incoming.id, hypothesisId, consistency: rating.consistency, relevance: rating.relevance, reason: rating.reason },
        rating.rater ?? rater,
      );
      if (after && (!before || before.updatedAt !== after.updatedAt)) report.ratingsAdded++;
    }
    for (const other of incoming.sameClaimAs) {
      if (!findAnnotation(db, other) || other === incoming.id) continue;
      const [a, b] = incoming.id < other ? [incoming.id, other] : [other, incoming.id];
      report.linksAdded += db.prepare('INSERT OR IGNORE INTO claim_link (first_id, second_id, created_at) VALUES (?, ?, ?)').run(a, b, nowIso()).changes;
    }
  }
}

/**
 * Imports a W3C collection: its annotations (anchored by quote), then its hypotheses, the ratings
 * against them — under `rater`, beside this analyst's own — and its same-claim links.
 */
export function importAnnotations(db: Db, content: string, rater = DEFAULT_IMPORTED_RATER): AnnotationImportReport {
  const parsed = parseWebAnnotations(content);
  if (!parsed.ok) throw new WorkbenchError('bad-input', parsed.message);
  const report: AnnotationImportReport = {
    added: 0,
    alreadyPresent: 0,
    reanchored: 0,
    unanchored: parsed.rejected.map((r) => ({ id: r.id, exact: '', reason: r.reason })),
    hypothesesAdded: 0,
    ratingsAdded: 0,
    linksAdded: 0,
  };
  db.transaction(() => {
    parsed.annotations.forEach((incoming) => importOne(db, incoming, report));
    const rated = parsed.annotations.some((a) => a.ratings.length > 0);
    const hypotheses = rated || parsed.analysis.hypotheses.length > 0 ? matchHypotheses(db, parsed.analysis, report) : new Map<string, number>();
    importAnalysis(db, parsed.annotations, hypotheses, rater.trim(), report);
  }).immediate();
  return report;
}
