// Renders search results for a terminal: one line per hit, snippets indented beneath it with the
// matched words in bold on a TTY, or between [[ ]] when the output is piped or NO_COLOR is set.
import type { SearchHit, SearchResult, Snippet } from '../../api/types.js';
import { plural } from './text.js';

export type MarkStyle = 'bold' | 'brackets';

const MARKS: Record<MarkStyle, [string, string]> = {
  bold: ['\x1b[1m', '\x1b[22m'],
  brackets: ['[[', ']]'],
};

export function markStyleFor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): MarkStyle {
  return isTTY && !env.NO_COLOR ? 'bold' : 'brackets';
}

/** The snippet on one line with each highlighted range wrapped in the style's marks. */
export function markSnippet(snippet: Snippet, style: MarkStyle): string {
  const [open, close] = MARKS[style];
  const ranges = [...snippet.highlights].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue; // overlapping ranges: the first one wins
    out += snippet.text.slice(at, start) + open + snippet.text.slice(start, end) + close;
    at = end;
  }
  out += snippet.text.slice(at);
  return out.replace(/\s+/g, ' ').trim();
}

export function hitHeading(hit: SearchHit): string {
  const where = [hit.source, hit.date].filter((part): part is string => Boolean(part));
  const context = where.length > 0 ? `  (${where.join(', ')})` : '';
  return `#${hit.id}  ${hit.title}${context}  ${hit.score.toFixed(2)}`;
}

export function formatSearchResult(result: SearchResult, style: MarkStyle, offset = 0): string {
  const lines = [`${plural(result.total, 'result')} for ${result.query}`];
  if (result.total > 0 && result.hits.length === 0) {
    lines.push(`(none on this page: --offset ${offset} is past the last result)`);
  } else if (result.hits.length < result.total) {
    lines.push(`showing ${offset + 1}–${offset + result.hits.length}`);
  }
  for (const hit of result.hits) {
    lines.push('', hitHeading(hit));
    for (const snippet of hit.snippets) lines.push(`    ${markSnippet(snippet, style)}`);
  }
  return lines.join('\n');
}
