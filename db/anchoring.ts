// Anchors a highlight in a document body the W3C way: offsets (TextPositionSelector) plus the
// exact quote with up to 32 characters of context (TextQuoteSelector). Re-anchoring goes
// simplest-first, like hypothesis/client: trust the offsets if the quote is still there, else
// find the quote, preferring the occurrence whose context matches and that lies nearest.

export const CONTEXT_LENGTH = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Anchor {
  start: number;
  end: number;
}

export interface AnchoredQuote extends Anchor, TextQuote {}

/** The quote and its context for [start, end) of `body`. */
export function quoteAt(body: string, start: number, end: number): AnchoredQuote {
  return {
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: body.slice(end, end + CONTEXT_LENGTH),
  };
}

/** Start offsets of every occurrence of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The n-th (1-based) occurrence of `exact`, or null when there are fewer. */
export function locateQuote(body: string, exact: string, occurrence = 1): Anchor | null {
  const starts = occurrences(body, exact);
  const start = starts[occurrence - 1];
  return start === undefined ? null : { start, end: start + exact.length };
}

/** How many trailing characters of `a` equal the trailing characters of `b`. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds where a quote belongs in `body`. Returns null when the exact text no longer occurs.
 * `moved` tells whether the answer differs from the hinted position.
 */
export function reanchor(body: string, quote: TextQuote, hint?: Anchor): (Anchor & { moved: boolean }) | null {
  if (hint && body.slice(hint.start, hint.end) === quote.exact && quote.exact.length > 0) {
    return { ...hint, moved: false };
  }
  const starts = occurrences(body, quote.exact);
  if (starts.length === 0) return null;
  let best = starts[0] as number;
  let bestScore = -Infinity;
  for (const start of starts) {
    const end = start + quote.exact.length;
    const context =
      commonSuffixLength(body.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) +
      commonPrefixLength(body.slice(end, end + quote.suffix.length), quote.suffix);
    const distance = hint ? Math.abs(start - hint.start) / Math.max(1, body.length) : 0;
    const score = context - distance;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  const anchor = { start: best, end: best + quote.exact.length };
  return { ...anchor, moved: !hint || hint.start !== anchor.start || hint.end !== anchor.end };
}
