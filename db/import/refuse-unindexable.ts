// Refuses, at import, each document the search index could not take within its memory bound (see
// db/search/word-budget.ts): it is reported with its reason instead of being stored, so no stored
// document can make a later index build, and every search after it, run out of memory.
import { distinctWords, MAX_DISTINCT_WORDS, tooManyWordsReason } from '../search/word-budget.js';
import { failure, type ParseOutcome } from './parsed-document.js';

function overBudget(body: string): boolean {
  // A text with fewer characters than the limit cannot hold more distinct words than that.
  return body.length > MAX_DISTINCT_WORDS && distinctWords(body) > MAX_DISTINCT_WORDS;
}

/**
 * The outcome without the documents over the word budget. `wholeFile` (JSON, JSONL: a file imports
 * whole or not at all) refuses the file for one such document; otherwise (a mailbox, a message's
 * attachments) each one left out becomes a failure of its own and the rest import.
 */
export function refuseUnindexable(outcome: ParseOutcome, wholeFile: boolean): ParseOutcome {
  if (!outcome.ok) return outcome;
  const refused = new Set(outcome.documents.filter((document) => overBudget(document.body)));
  if (refused.size === 0) return outcome;
  const reason = tooManyWordsReason();
  const documents = outcome.documents.filter((document) => !refused.has(document));
  if (wholeFile || documents.length === 0) {
    const [first] = refused;
    const named = refused.size === 1 && outcome.documents.length > 1 && first ? `${first.origin}: ` : '';
    return failure(`${named}${reason}`);
  }
  return { ok: true, documents, failures: [...[...refused].map((document) => ({ origin: document.origin, reason })), ...(outcome.failures ?? [])] };
}
