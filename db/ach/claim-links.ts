// Same-claim links: the analyst confirms that a passage in another document reports the same thing
// as a highlight. The passage becomes a highlight of its own (or keeps the one it has) and the two
// are linked; links are undirected, one row per pair. A claim is a highlight with every highlight
// linked to it, directly or through others.
import { WorkbenchError } from '../../api/result.js';
import type { Annotation } from '../../api/types.js';
import { createAnnotation } from '../annotations.js';
import { getAnnotation } from '../annotations-read.js';
import { copyGroups } from '../copies/copies-read.js';
import { nowIso, type Db } from '../open-workspace.js';

export interface SameClaimInput {
  annotationId: string;
  documentId: number;
  start: number;
  end: number;
}

function pair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Links the passage [start, end) of a document to a highlight as the same claim; highlights it first if need be. */
export function confirmSameClaim(db: Db, input: SameClaimInput): { annotation: Annotation; created: boolean } {
  return db
    .transaction(() => {
      const first = getAnnotation(db, input.annotationId);
      if (first.documentId === input.documentId) {
        throw new WorkbenchError('conflict', 'The passage is in the same document as the highlight: a claim is echoed by other documents', 'annotation');
      }
      const existing = db.prepare('SELECT id FROM annotation WHERE document_id = ? AND start = ? AND end = ?').pluck().get(input.documentId, input.start, input.end) as
        string | undefined;
      const other = existing ? getAnnotation(db, existing) : createAnnotation(db, { documentId: input.documentId, start: input.start, end: input.end });
      const [a, b] = pair(first.id, other.id);
      db.prepare('INSERT OR IGNORE INTO claim_link (first_id, second_id, created_at) VALUES (?, ?, ?)').run(a, b, nowIso());
      return { annotation: other, created: existing === undefined };
    })
    .immediate();
}

export function unlinkSameClaim(db: Db, annotationId: string, otherId: string): { unlinked: boolean } {
  const [a, b] = pair(annotationId, otherId);
  return { unlinked: db.prepare('DELETE FROM claim_link WHERE first_id = ? AND second_id = ?').run(a, b).changes > 0 };
}

/** The highlights linked to this one directly. */
export function directLinks(db: Db, annotationId: string): string[] {
  return db
    .prepare('SELECT second_id FROM claim_link WHERE first_id = ? UNION SELECT first_id FROM claim_link WHERE second_id = ?')
    .pluck()
    .all(annotationId, annotationId) as string[];
}

/** Every highlight of the claim `annotationId` belongs to (itself included), found through the links. */
export function claimOf(db: Db, annotationId: string): string[] {
  const neighbours = db.prepare('SELECT second_id FROM claim_link WHERE first_id = ? UNION SELECT first_id FROM claim_link WHERE second_id = ?').pluck();
  const seen = new Set([annotationId]);
  const queue = [annotationId];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const next of neighbours.all(id, id) as string[]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}

export interface ClaimReport {
  annotationId: string;
  documentId: number;
  exact: string;
  title: string;
  source: string | null;
  date: string | null;
}

/** The highlights linked to this one as the same claim (itself left out), oldest document first. */
export function listSameClaims(db: Db, annotationId: string): ClaimReport[] {
  getAnnotation(db, annotationId);
  const others = claimOf(db, annotationId).filter((id) => id !== annotationId);
  if (others.length === 0) return [];
  return db
    .prepare(
      `SELECT a.id AS annotationId, a.document_id AS documentId, a.exact, d.title, d.source, d.published_at AS date
       FROM annotation a JOIN document d ON d.id = a.document_id WHERE a.id IN (SELECT value FROM json_each(?))
       ORDER BY d.published_at IS NULL, d.published_at, d.id`,
    )
    .all(JSON.stringify(others)) as ClaimReport[];
}

/**
 * How many documents report the claim and how many independent sources carry it. The reports are
 * the documents of its linked highlights and those carrying a copy of one of those passages (found
 * at import, db/copies/). Copies collapse onto their origin, and reports from the same source (a
 * wire and its relays named alike) count once; a document without a source counts as its own.
 */
export function claimReach(db: Db, annotationId: string): { reports: number; independentSources: number } {
  const members = claimOf(db, annotationId);
  const passages = db
    .prepare('SELECT document_id AS documentId, start, end FROM annotation WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(members)) as { documentId: number; start: number; end: number }[];
  const groups = copyGroups(db, passages);
  const rows = db.prepare('SELECT id, source FROM document WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...groups.keys()])) as {
    id: number;
    source: string | null;
  }[];
  // Two documents are one voice when they share a copy origin or a source name; count the voices.
  const voice = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while ((voice.get(root) ?? root) !== root) root = voice.get(root) as string;
    return root;
  };
  for (const row of rows) {
    const origin = `o:${groups.get(row.id) ?? row.id}`;
    voice.set(origin, find(origin));
    const source = row.source?.trim() ? `s:${row.source.trim().toLowerCase()}` : null;
    if (source === null) continue;
    if (!voice.has(source)) voice.set(source, source);
    const [a, b] = [find(origin), find(source)];
    if (a !== b) voice.set(a, b);
  }
  const voices = new Set(rows.map((row) => find(`o:${groups.get(row.id) ?? row.id}`)));
  return { reports: rows.length, independentSources: voices.size };
}
