// Writes one batch's postings rows, and registers each term in the dictionary that wildcards and
// fuzzy terms are expanded against.
import type { Db } from '../open-workspace.js';
import { encodePostings, type PostingEntry } from './posting-codec.js';
import { VarintWriter } from './varint.js';

/** Writes one batch's postings, term by term in order (the B-tree then fills page by page). */
export function writePostings(db: Db, batch: number, postings: Map<string, PostingEntry[]>): void {
  const insertPosting = db.prepare('INSERT INTO search_posting (term, batch, data) VALUES (?, ?, ?)');
  const insertTerm = db.prepare('INSERT OR IGNORE INTO search_term (term) VALUES (?)');
  const writer = new VarintWriter();
  for (const term of [...postings.keys()].sort()) {
    const entries = postings.get(term) as PostingEntry[];
    entries.sort((a, b) => a.document - b.document || a.field - b.field);
    insertPosting.run(term, batch, encodePostings(entries, writer));
    insertTerm.run(term);
  }
}
