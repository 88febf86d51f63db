// Writes one batch's postings rows, and registers each term in the dictionary that wildcards and
// fuzzy terms are expanded against.
import type { Db } from '../open-workspace.js';
import { encodePostings, type PostingEntry } from './posting-codec.js';
import { VarintWriter } from './varint.js';

/** Writes one batch's encoded posting lists, term by term in order (the B-tree then fills page by page). */
export function writePostingRows(db: Db, batch: number, rows: Map<string, Uint8Array>): void {
  const insertPosting = db.prepare('INSERT INTO search_posting (term, batch, data) VALUES (?, ?, ?)');
  const insertTerm = db.prepare('INSERT OR IGNORE INTO search_term (term) VALUES (?)');
  for (const term of [...rows.keys()].sort()) {
    insertPosting.run(term, batch, rows.get(term) as Uint8Array);
    insertTerm.run(term);
  }
}

/** Encodes entries (in any order) into one term's posting list. */
export function encodeEntries(entries: PostingEntry[], writer = new VarintWriter()): Buffer {
  entries.sort((a, b) => a.document - b.document || a.field - b.field);
  return encodePostings(entries, writer);
}
