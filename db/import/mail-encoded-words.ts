// Bounds the RFC 2047 encoded words of a message before postal-mime decodes them: postal-mime joins
// adjacent words by growing one string and re-reading it at every join, so a header of 20,000
// adjacent words took seconds (time grows with the square of the run). Real headers hold a few.

/** Adjacent encoded words (only whitespace between them) allowed in one run. */
export const MAX_ADJACENT_ENCODED_WORDS = 1000;

// One encoded word, `=?charset?B?text?=` (RFC 2047 section 2), as postal-mime recognises it.
const ENCODED_WORD = /=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=/g;
const LINEAR_WHITESPACE = /^[ \t\r\n]*$/;

/** The longest run of adjacent encoded words in `raw` (the message read as latin1), in one linear pass. */
export function longestEncodedWordRun(raw: string): number {
  let longest = 0;
  let run = 0;
  let end = -1;
  for (const match of raw.matchAll(ENCODED_WORD)) {
    const start = match.index;
    const adjacent = end >= 0 && start - end <= 64 && LINEAR_WHITESPACE.test(raw.slice(end, start));
    run = adjacent ? run + 1 : 1;
    longest = Math.max(longest, run);
    end = start + match[0].length;
  }
  return longest;
}

/** A reason when a run of encoded words is past the bound, else null. */
export function encodedWordsReason(raw: string): string | null {
  const longest = longestEncodedWordRun(raw);
  if (longest <= MAX_ADJACENT_ENCODED_WORDS) return null;
  return `e-mail header too long: ${longest.toLocaleString('en')} encoded words in a row (the limit is ${MAX_ADJACENT_ENCODED_WORDS.toLocaleString('en')}; real headers hold a few)`;
}
