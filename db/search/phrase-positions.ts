// Phrases and proximity from stored positions: a phrase costs about as much as the postings of its
// words. `"a b c"` needs the words at their gaps, in order (stop words leave their gap: "for the
// first time" is first then time one word later, two after whatever precedes them).
// `"a b"~N` needs every word within the phrase's own span plus N words, in any order.
import type { IndexReader, TermPostings } from './index-reader.js';
import type { Phrase } from './query-phrases.js';

/** Index of the entry for (document, field) in postings sorted by (document, field), or -1. */
function findEntry(postings: TermPostings, document: number, field: number): number {
  let low = 0;
  let high = postings.count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const d = postings.documents[middle] as number;
    const f = postings.fields[middle] as number;
    if (d === document && f === field) return middle;
    if (d < document || (d === document && f < field)) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function contains(sorted: Uint32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function positionsOf(postings: TermPostings, entry: number): Uint32Array {
  return postings.positions.subarray(postings.starts[entry], postings.starts[entry + 1]);
}

/** The narrowest window holding one position from each list (lists sorted ascending). */
function narrowestWindow(lists: ArrayLike<number>[]): number {
  const at = lists.map(() => 0);
  let best = Infinity;
  for (;;) {
    let lowest = 0;
    let min = Infinity;
    let max = -Infinity;
    lists.forEach((list, i) => {
      const value = list[at[i] as number] as number;
      if (value < min) {
        min = value;
        lowest = i;
      }
      if (value > max) max = value;
    });
    best = Math.min(best, max - min);
    at[lowest] = (at[lowest] as number) + 1;
    if ((at[lowest] as number) >= (lists[lowest] as ArrayLike<number>).length) return best;
  }
}

interface PhraseLists {
  /** One list per distinct term (for proximity) or per phrase term (in order). */
  positions: Uint32Array[];
  offsets: number[];
}

function occursIn(phrase: Phrase, lists: PhraseLists): boolean {
  if (phrase.slop !== null) {
    const span = (phrase.terms[phrase.terms.length - 1]?.offset ?? 0) - (phrase.terms[0]?.offset ?? 0);
    return narrowestWindow(lists.positions) <= span + phrase.slop;
  }
  // Walk the rarest word's positions; every other word must sit at its gap from it.
  let rarest = 0;
  lists.positions.forEach((list, i) => {
    if (list.length < (lists.positions[rarest] as Uint32Array).length) rarest = i;
  });
  const anchorOffset = lists.offsets[rarest] as number;
  for (const position of lists.positions[rarest] as Uint32Array) {
    const start = position - anchorOffset;
    if (start < 0) continue;
    if (lists.positions.every((list, i) => i === rarest || contains(list, start + (lists.offsets[i] as number)))) return true;
  }
  return false;
}

/** Documents where the phrase occurs in one of `fields` (field numbers); `within` limits the search. */
export function phraseDocuments(reader: IndexReader, phrase: Phrase, fields: number[], within: Set<number> | null): Set<number> {
  const found = new Set<number>();
  const distinct = phrase.slop === null ? phrase.terms : [...new Map(phrase.terms.map((t) => [t.term, t])).values()];
  const postings = distinct.map((t) => reader.postings(t.term));
  if (postings.some((p) => p.count === 0)) return found;
  let rarest = 0;
  postings.forEach((p, i) => {
    if (p.count < (postings[rarest] as TermPostings).count) rarest = i;
  });
  const anchor = postings[rarest] as TermPostings;
  for (let entry = 0; entry < anchor.count; entry++) {
    const document = anchor.documents[entry] as number;
    const field = anchor.fields[entry] as number;
    if (found.has(document) || !fields.includes(field) || (within && !within.has(document))) continue;
    const lists: Uint32Array[] = [];
    for (const p of postings) {
      const at = p === anchor ? entry : findEntry(p, document, field);
      if (at < 0) break;
      lists.push(positionsOf(p, at));
    }
    if (lists.length === postings.length && occursIn(phrase, { positions: lists, offsets: distinct.map((t) => t.offset) })) found.add(document);
  }
  return found;
}

/** Where an exact phrase occurs in one document field: [first, last] word positions of each occurrence. */
export function phraseOccurrences(reader: IndexReader, phrase: Phrase, document: number, field: number): [number, number][] {
  const first = phrase.terms[0];
  const last = phrase.terms[phrase.terms.length - 1];
  if (!first || !last || phrase.slop !== null) return [];
  const lists: Uint32Array[] = [];
  for (const t of phrase.terms) {
    const postings = reader.postings(t.term);
    const at = findEntry(postings, document, field);
    if (at < 0) return [];
    lists.push(positionsOf(postings, at));
  }
  const found: [number, number][] = [];
  for (const position of lists[0] as Uint32Array) {
    const start = position - first.offset;
    if (phrase.terms.every((t, i) => contains(lists[i] as Uint32Array, start + t.offset))) found.push([position, start + last.offset]);
  }
  return found;
}

/** Positions of `term` in one document field (empty if it is not there). */
export function termPositions(reader: IndexReader, term: string, document: number, field: number): Uint32Array {
  const postings = reader.postings(term);
  const at = findEntry(postings, document, field);
  return at < 0 ? new Uint32Array(0) : positionsOf(postings, at);
}
