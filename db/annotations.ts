// Writing annotations: create (anchored by offsets or by quote), update, delete. Each write is
// one transaction that also appends to the history and queues the document for re-indexing.
import { randomUUID } from 'node:crypto';
import type { Annotation } from '../api/types.js';
import type { CreateAnnotationInput, UpdateAnnotationInput } from '../api/workbench-api.js';
import { WorkbenchError } from '../api/result.js';
import { locateQuote, occurrences, quoteAt, type AnchoredQuote } from './anchoring.js';
import { assessmentsIn, normaliseNote, normaliseTags } from './annotation-input.js';
import { getAnnotation } from './annotations-read.js';
import { getBody } from './documents.js';
import { recordHistory } from './history.js';
import { nowIso, type Db } from './open-workspace.js';
import { markPending } from './search/index-writer.js';
import { ensureTag } from './tags.js';

function invalid(message: string): never {
  throw new WorkbenchError('bad-input', message);
}

/** Leading and trailing white space of a selection is not part of the passage. */
function trimRange(body: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s] ?? '')) s++;
  while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
  return [s, e];
}

function anchorFor(body: string, input: CreateAnnotationInput): AnchoredQuote {
  const { start, end, exact } = input;
  // The contract has checked that start and end come together, as whole numbers, start first.
  if (start !== undefined && end !== undefined) {
    const s = start;
    const e = end;
    if (e > body.length) invalid(`end must be at most ${body.length} (the document's length)`);
    if (exact !== undefined && body.slice(s, e) !== exact) {
      throw new WorkbenchError('conflict', `The quote does not match the text at ${s}–${e}; the document may have changed — select the passage again`);
    }
    const [ts, te] = trimRange(body, s, e);
    if (ts === te) invalid('The selection holds only white space');
    return quoteAt(body, ts, te);
  }
  // Without offsets the contract has required a quote that is not blank.
  const quote = (exact ?? '').normalize('NFC');
  const occurrence = input.occurrence ?? 1;
  const anchor = locateQuote(body, quote, occurrence);
  if (!anchor) {
    const count = occurrences(body, quote).length;
    throw new WorkbenchError(
      'not-found',
      count === 0
        ? `The quote "${quote.slice(0, 80)}" does not occur in document #${input.documentId} (quotes must match the text exactly, including case)`
        : `The quote occurs ${count} time(s) in document #${input.documentId}; there is no occurrence ${occurrence}`,
    );
  }
  return quoteAt(body, anchor.start, anchor.end);
}

function setTags(db: Db, annotationId: string, tags: string[]): void {
  db.prepare('DELETE FROM annotation_tag WHERE annotation_id = ?').run(annotationId);
  const link = db.prepare('INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id) VALUES (?, ?)');
  for (const name of tags) link.run(annotationId, ensureTag(db, name));
}

export interface StoredAnnotationFields {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Creates an annotation; `stored` lets an import keep the original id and dates. */
export function createAnnotation(
  db: Db,
  input: CreateAnnotationInput,
  stored: StoredAnnotationFields = {},
  action: 'created' | 'imported' | 'restored' = 'created',
): Annotation {
  const assessments = assessmentsIn(input);
  const note = input.note === undefined ? '' : normaliseNote(input.note);
  const tags = input.tags === undefined ? [] : normaliseTags(input.tags);
  return db
    .transaction(() => {
      const body = getBody(db, input.documentId);
      const quote = anchorFor(body, input);
      const id = stored.id ?? randomUUID();
      const now = nowIso();
      db.prepare(
        `INSERT INTO annotation (id, document_id, start, end, exact, prefix, suffix, note, reliability, credibility, probability, confidence, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        input.documentId,
        quote.start,
        quote.end,
        quote.exact,
        quote.prefix,
        quote.suffix,
        note,
        assessments.reliability ?? null,
        assessments.credibility ?? null,
        assessments.probability ?? null,
        assessments.confidence ?? null,
        stored.createdAt ?? now,
        stored.updatedAt ?? now,
      );
      setTags(db, id, tags);
      const annotation = getAnnotation(db, id);
      recordHistory(db, annotation, action, now);
      markPending(db, [input.documentId]);
      return annotation;
    })
    .immediate();
}

/** Changes a highlight; `action` says why in its history ('restored' when set back to an earlier version). */
export function updateAnnotation(db: Db, input: UpdateAnnotationInput, action: 'updated' | 'restored' = 'updated'): Annotation {
  const assessments = assessmentsIn(input);
  const note = input.note === undefined ? undefined : normaliseNote(input.note);
  const tags = input.tags === undefined ? undefined : normaliseTags(input.tags);
  return db
    .transaction(() => {
      const before = getAnnotation(db, input.id);
      const changes: [string, string | number | null][] = Object.entries(assessments) as [string, string | number | null][];
      if (note !== undefined) changes.push(['note', note]);
      const assignments = changes.map(([column]) => `${column} = ?`);
      const now = nowIso();
      db.prepare(`UPDATE annotation SET ${[...assignments, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...changes.map(([, value]) => value), now, before.id);
      if (tags !== undefined) setTags(db, before.id, tags);
      const after = getAnnotation(db, before.id);
      recordHistory(db, after, action, now);
      markPending(db, [after.documentId]);
      return after;
    })
    .immediate();
}

export function deleteAnnotation(db: Db, id: string): { id: string } {
  return db
    .transaction(() => {
      const annotation = getAnnotation(db, id);
      recordHistory(db, annotation, 'deleted');
      db.prepare('DELETE FROM annotation WHERE id = ?').run(id);
      markPending(db, [annotation.documentId]);
      return { id };
    })
    .immediate();
}
