// Expands a wildcard pattern (`sanction*`, `*port`, `*ship*`) against a segment's sorted term list
// directly. lunr's own expansion walks its token-set trie: a leading * visits every node, which
// took ~0.3 s per term and segment set at 5,000 documents; scanning the sorted list takes milliseconds.

// lunr 2.3.9 internal: TokenSet.fromString builds a chain of single-character edges where each *
// is an edge from a node to itself, and marks only the last node final. A pattern of any other
// shape (fuzzy terms build a different graph) is left to lunr: globOf returns null.
interface PatternNode {
  final: boolean;
  edges: Record<string, PatternNode>;
}

/** Longer than any query the contract accepts: a guard against a pattern that loops. */
const MAX_GLOB_LENGTH = 10_000;

/** The wildcard pattern (letters and *) a token set spells, or null if it is not one. */
export function globOf(set: unknown): string | null {
  let node = set as PatternNode;
  let glob = '';
  for (;;) {
    let next: string | null = null;
    for (const key of Object.keys(node.edges)) {
      if (key === '*') {
        if (node.edges[key] !== node) return null;
        glob += '*';
      } else if (next === null) next = key;
      else return null;
    }
    if (next === null) return node.final ? glob : null;
    if (node.final || glob.length > MAX_GLOB_LENGTH) return null;
    glob += next;
    node = node.edges[next] as PatternNode;
  }
}

/** Whether `term` matches a glob already split at its *s (at least two pieces). */
function matchesPieces(term: string, pieces: readonly string[]): boolean {
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  if (term.length < first.length + last.length || !term.startsWith(first) || !term.endsWith(last)) return false;
  // Between the fixed ends, each inner piece taken at its leftmost place leaves the most room for the rest.
  let at = first.length;
  const end = term.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] ?? '';
    const found = term.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** First index in sorted `terms` whose term is >= `prefix`. */
function lowerBound(terms: readonly string[], prefix: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The terms of a sorted list that match a glob; a fixed start narrows the scan to its range. */
export function expandGlob(sortedTerms: readonly string[], glob: string): string[] {
  const pieces = glob.split('*');
  if (pieces.length === 1) return sortedTerms[lowerBound(sortedTerms, glob)] === glob ? [glob] : [];
  const prefix = pieces[0] ?? '';
  const found: string[] = [];
  for (let i = lowerBound(sortedTerms, prefix); i < sortedTerms.length; i++) {
    const term = sortedTerms[i] as string;
    if (!term.startsWith(prefix)) break;
    if (matchesPieces(term, pieces)) found.push(term);
  }
  return found;
}
