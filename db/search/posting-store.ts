// Writes one batch's postings rows, and registers each term in the dictionary that wildcards and
// fuzzy terms are expanded against.
import type { Db } from '../open-workspace.js';
import { cachedStatement } from '../statement-cache.js';
import { encodePostings, type PostingEntry } from './posting-codec.js';
import { VarintWriter } from './varint.js';

/**
 * A posting row's id is its batch times this plus its place in the batch, so a batch's rows are
 * appended at the end of the table and read or dropped as one range (migration 110). A batch holds
 * at most one row per distinct term, far fewer than 2^24.
 */
export const POSTING_ID_SPAN = 2 ** 24;

/** The first and last row ids `batch` may hold. */
export function batchRange(batch: number): [number, number] {
  return [batch * POSTING_ID_SPAN, (batch + 1) * POSTING_ID_SPAN - 1];
}

/** Writes one batch's encoded posting lists, term by term in order, after every earlier batch's rows. */
export function writePostingRows(db: Db, batch: number, rows: Map<string, Uint8Array>): void {
  const insertPosting = cachedStatement(db, 'INSERT INTO search_posting (id, term, data) VALUES (?, ?, ?)');
  const terms = [...rows.keys()].sort();
  let id = batch * POSTING_ID_SPAN;
  for (const term of terms) insertPosting.run(id++, term, rows.get(term) as Uint8Array);
  // The dictionary in one statement: most terms are in it already, and one call per term cost more than the look-up.
  cachedStatement(db, 'INSERT OR IGNORE INTO search_term (term) SELECT value FROM json_each(?)').run(JSON.stringify(terms));
}

/** Encodes entries (in any order) into one term's posting list. */
export function encodeEntries(entries: PostingEntry[], writer = new VarintWriter()): Buffer {
  entries.sort((a, b) => a.document - b.document || a.field - b.field);
  return encodePostings(entries, writer);
}
