// Reading the copies found at import: the copied passages a document shares with others (as the
// copy or as the origin), and the documents whose copied passages overlap a given passage — what
// Related passages and the ACH matrix need to collapse relays onto their origin.
import type { Copy, CopySide } from '../../api/types.js';
import type { Db } from '../open-workspace.js';
import type { CopyRow } from './record-copies.js';

export type CopyRole = 'copy-of' | 'copied-by';

/**
 * Detection skips two documents of one named source, but a source may be given after the import
 * (`--source`, or a correction): such pairs are left out when read. `o` is the origin, `k` the copy.
 */
const DIFFERENT_SOURCES = `(o.source IS NULL OR trim(o.source) = '' OR k.source IS NULL OR lower(trim(o.source)) <> lower(trim(k.source)))`;

interface DocumentRow {
  id: number;
  title: string;
  source: string | null;
  date: string | null;
  body: string;
}

/**
 * Copied passages, each with both sides: those of one document (as the copy, earliest origin
 * first, then as the origin) or of the whole workspace (oldest origin first). Undated documents
 * come after dated ones, as everywhere in Assay.
 */
export function listCopies(db: Db, filter: { documentId?: number; limit?: number } = {}): Copy[] {
  const rows = db
    .prepare(
      `SELECT c.copy_id AS copyId, c.copy_start AS copyStart, c.copy_end AS copyEnd, c.origin_id AS originId, c.origin_start AS originStart,
              c.origin_end AS originEnd, c.words, c.similarity
       FROM copy_passage c JOIN document o ON o.id = c.origin_id JOIN document k ON k.id = c.copy_id
       WHERE (@document IS NULL OR c.copy_id = @document OR c.origin_id = @document) AND ${DIFFERENT_SOURCES}
       ORDER BY c.copy_id = @document DESC, o.published_at IS NULL, o.published_at, c.origin_id, k.published_at IS NULL, k.published_at, c.copy_id, c.copy_start
       LIMIT @limit`,
    )
    .all({ document: filter.documentId ?? null, limit: filter.limit ?? 200 }) as CopyRow[];
  const ids = [...new Set(rows.flatMap((row) => [row.copyId, row.originId]))];
  const documents = new Map(
    (
      db
        .prepare('SELECT id, title, source, published_at AS date, body FROM document WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(ids)) as DocumentRow[]
    ).map((row) => [row.id, row]),
  );
  const side = (id: number, start: number, end: number): CopySide => {
    const doc = documents.get(id) as DocumentRow;
    return { documentId: id, title: doc.title, source: doc.source, date: doc.date, start, end, exact: doc.body.slice(start, end) };
  };
  return rows.map((row) => ({
    copy: side(row.copyId, row.copyStart, row.copyEnd),
    origin: side(row.originId, row.originStart, row.originEnd),
    words: row.words,
    similarity: row.similarity,
  }));
}

export interface CopyLink {
  role: CopyRole;
  documentId: number;
  /** The copied passage in that document… */
  start: number;
  end: number;
  /** …and in this one. */
  thisStart: number;
  thisEnd: number;
}

/** The documents whose copied passages overlap [start, end) of `documentId`, which way the copy goes, and where. */
export function copiesOverlapping(db: Db, documentId: number, start: number, end: number): CopyLink[] {
  return db
    .prepare(
      `SELECT 'copy-of' AS role, c.origin_id AS documentId, c.origin_start AS start, c.origin_end AS "end", c.copy_start AS thisStart, c.copy_end AS thisEnd
       FROM copy_passage c JOIN document o ON o.id = c.origin_id JOIN document k ON k.id = c.copy_id
       WHERE c.copy_id = @id AND c.copy_start < @end AND c.copy_end > @start AND ${DIFFERENT_SOURCES}
       UNION ALL
       SELECT 'copied-by', c.copy_id, c.copy_start, c.copy_end, c.origin_start, c.origin_end
       FROM copy_passage c JOIN document o ON o.id = c.origin_id JOIN document k ON k.id = c.copy_id
       WHERE c.origin_id = @id AND c.origin_start < @end AND c.origin_end > @start AND ${DIFFERENT_SOURCES}`,
    )
    .all({ id: documentId, start, end }) as CopyLink[];
}

/**
 * Where [start, end) of this document lies in the other one's copy, in proportion: a copied
 * passage may span several paragraphs, and only the part the claim sits in is followed further.
 */
function mapped(link: CopyLink, start: number, end: number): { start: number; end: number } {
  const scale = (link.end - link.start) / Math.max(1, link.thisEnd - link.thisStart);
  const at = (offset: number): number => Math.round(link.start + (Math.min(Math.max(offset, link.thisStart), link.thisEnd) - link.thisStart) * scale);
  return { start: at(start), end: Math.max(at(start) + 1, at(end)) };
}

/** Reports and origins never followed further from one passage: a claim relayed this widely is plainly relayed. */
const MAX_REACH = 500;

/**
 * The documents that carry the passages given (theirs and every copy of them, followed through
 * copies of copies), grouped by origin: a document and its copies are one group. Returns each
 * document with the index of its group.
 */
export function copyGroups(db: Db, passages: readonly { documentId: number; start: number; end: number }[]): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as number;
    parent.set(id, root);
    return root;
  };
  const union = (a: number, b: number): void => {
    parent.set(find(a), find(b));
  };
  const queue = passages.map((p) => ({ ...p }));
  const seen = new Set<string>();
  for (const p of queue) parent.set(p.documentId, p.documentId);
  while (queue.length > 0 && parent.size < MAX_REACH) {
    const p = queue.pop() as (typeof queue)[number];
    const key = `${p.documentId}:${p.start}:${p.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const link of copiesOverlapping(db, p.documentId, p.start, p.end)) {
      if (!parent.has(link.documentId)) parent.set(link.documentId, link.documentId);
      union(link.documentId, p.documentId);
      queue.push({ documentId: link.documentId, ...mapped(link, p.start, p.end) });
    }
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}
