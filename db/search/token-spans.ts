// Maps word positions (as the index stores them) back to character ranges in a text, without
// running the pipeline: the tokenizer's separator alone says where the n-th word is. Used to
// mark a hit's matches from its postings instead of analysing its whole body again.
import { lunr } from './lunr-setup.js';

const WORD_EDGE = /[\p{L}\p{N}]/u;

/** [start, end) of each wanted word (trimmed to letters and digits, as analyse-text.ts marks them), by position. */
export function tokenSpans(text: string, wanted: ReadonlySet<number>): Map<number, [number, number]> {
  const spans = new Map<number, [number, number]>();
  if (wanted.size === 0) return spans;
  const last = Math.max(...wanted);
  const separator = new RegExp(lunr.tokenizer.separator.source, 'g');
  let index = 0;
  let start = 0;
  while (index <= last && start <= text.length) {
    const match = separator.exec(text);
    const end = match ? match.index : text.length;
    if (end > start) {
      if (wanted.has(index)) {
        let from = start;
        let to = end;
        while (from < to && !WORD_EDGE.test(text[from] ?? '')) from++;
        while (to > from && !WORD_EDGE.test(text[to - 1] ?? '')) to--;
        if (to > from) spans.set(index, [from, to]);
      }
      index++;
    }
    if (!match) break;
    start = match.index + match[0].length;
  }
  return spans;
}
