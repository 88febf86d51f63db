// Bounds how many distinct words one document brings to the search index. lunr builds several
// objects per distinct word (a posting per field, a trie path, a vector entry): about 3 KB each
// while a segment is built, so a 49 MB file of unique words (6.7 million of them) needed more than
// 4 GB and crashed the process. Counting stops at the bound, so the count itself stays small.
import { lunr } from './lunr-setup.js';

/**
 * Distinct words one document may have. Measured (build and serialise one segment, peak RSS):
 * 100,000 distinct words 0.43 GB, 300,000 1.1 GB; 200,000 keeps one file's indexing under about
 * 0.8 GB. A long book has 30,000–60,000; past 200,000 a file is a log, a word list or a dump.
 */
export const MAX_DISTINCT_WORDS = 200_000;

/**
 * Walks the words of `text` as lunr's tokenizer splits them (lower-cased, not yet stemmed, so the
 * count errs high), calling `onNewWord` with the count so far and the start offset of each word not
 * seen before; stops when it returns false. Never splits the whole text into an array.
 */
function walkNewWords(text: string, onNewWord: (count: number, start: number) => boolean): void {
  const separator = new RegExp(lunr.tokenizer.separator.source, 'g');
  const seen = new Set<string>();
  let start = 0;
  for (;;) {
    const match = separator.exec(text);
    const end = match ? match.index : text.length;
    if (end > start) {
      const word = text.slice(start, end).toLowerCase();
      if (!seen.has(word)) {
        seen.add(word);
        if (!onNewWord(seen.size, start)) return;
      }
    }
    if (!match) return;
    start = match.index + match[0].length;
    if (match[0].length === 0) separator.lastIndex += 1;
  }
}

/** How many distinct words `text` holds, counting no further than `limit + 1`. */
export function distinctWords(text: string, limit = MAX_DISTINCT_WORDS): number {
  let count = 0;
  walkNewWords(text, (n) => {
    count = n;
    return n <= limit;
  });
  return count;
}

/** The reason a document with too many distinct words is refused at import. */
export function tooManyWordsReason(): string {
  const limit = MAX_DISTINCT_WORDS.toLocaleString('en');
  return `too many distinct words to index: more than ${limit} (each costs the index about 3 KB of memory while it is built, so the limit keeps one file under 1 GB) — this is a word list, log or data dump, not a document to read: import an extract of it instead`;
}

/**
 * The longest start of `text` with at most `limit` distinct words. A document stored before the
 * import refused such files is indexed this far, so building its segment cannot exhaust memory.
 */
export function withinWordBudget(text: string, limit = MAX_DISTINCT_WORDS): string {
  if (text.length <= limit) return text; // too short to hold more distinct words than that
  let cut = text.length;
  walkNewWords(text, (n, start) => {
    if (n <= limit) return true;
    cut = start;
    return false;
  });
  return text.slice(0, cut);
}
