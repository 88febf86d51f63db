// Reads documents as the index sees them: text fields plus the analyst's notes and tag names (on
// its highlights and on the document itself), so a search for a word in a note finds the document.
import type { Db } from '../open-workspace.js';
import type { IndexableDocument } from './lunr-setup.js';
import { MAX_DISTINCT_WORDS, withinWordBudget } from './word-budget.js';

/**
 * Between two tag names or two notes: a stop word, which the index drops but counts as a word, so
 * a quoted phrase (tag:"gate control") never runs from one tag or note into the next.
 */
const VALUE_GAP = ' the ';

const SELECT = `
  SELECT d.id, d.title, coalesce(d.source, '') AS source, coalesce(d.author, '') AS author,
    CASE WHEN d.id IN (SELECT value FROM json_each(@known)) THEN NULL ELSE d.body END AS body,
    d.note || '${VALUE_GAP}' || coalesce((SELECT group_concat(a.note, '${VALUE_GAP}') FROM annotation a WHERE a.document_id = d.id), '') AS notes,
    coalesce((SELECT group_concat(t.name, '${VALUE_GAP}') FROM annotation a
      JOIN annotation_tag at ON at.annotation_id = a.id JOIN tag t ON t.id = at.tag_id
      WHERE a.document_id = d.id), '') AS tags,
    coalesce((SELECT group_concat(t.name, '${VALUE_GAP}') FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE dt.document_id = d.id), '') AS doctags
  FROM document d WHERE d.id IN (SELECT value FROM json_each(@ids))`;

const budgets = new WeakMap<Db, number>();

/** A document as read for the index; `body` is null when the caller said it knows it already. */
export type ReadDocument = Omit<IndexableDocument, 'body'> & { body: string | null };

/** Overrides the word budget for one connection (tests use a small one instead of 200,000 words). */
export function setWordBudget(db: Db, words: number): void {
  budgets.set(db, words);
}

/**
 * The documents `ids` as the index reads them. The bodies of `bodyKnown` are left out (null): an
 * import has just stored them and analysed them already, and reading back a 50 MB body cost as
 * much time and memory again.
 */
export function readIndexableDocuments(db: Db, ids: number[]): IndexableDocument[];
export function readIndexableDocuments(db: Db, ids: number[], bodyKnown: readonly number[]): ReadDocument[];
export function readIndexableDocuments(db: Db, ids: number[], bodyKnown: readonly number[] = []): ReadDocument[] {
  if (ids.length === 0) return [];
  const documents = db.prepare(SELECT).all({ ids: JSON.stringify(ids), known: JSON.stringify(bodyKnown) }) as ReadDocument[];
  // A body past the word budget (stored before the import refused such files) is indexed only as far
  // as the budget goes, so its segment builds in bounded memory and later searches keep working.
  const budget = budgets.get(db) ?? MAX_DISTINCT_WORDS;
  for (const document of documents) if (document.body !== null) document.body = withinWordBudget(document.body, budget);
  return documents;
}
