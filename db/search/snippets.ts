// Cuts up to three ~200-character snippets from a body around its matches, with the match ranges
// re-based onto each snippet so a UI (or the CLI) can mark them. Pure.
import type { Snippet } from '../../api/types.js';

export const SNIPPET_LENGTH = 200;
export const MAX_SNIPPETS = 3;
const LEAD = 60;

interface Window {
  start: number;
  end: number;
  ranges: [number, number][];
}

function snapStart(body: string, at: number): number {
  if (at <= 0) return 0;
  const space = body.lastIndexOf(' ', at);
  const newline = body.lastIndexOf('\n', at);
  const boundary = Math.max(space, newline);
  return boundary >= 0 && at - boundary < 20 ? boundary + 1 : at;
}

function snapEnd(body: string, at: number): number {
  if (at >= body.length) return body.length;
  const match = /[\s]/.exec(body.slice(at, at + 20));
  return match ? at + match.index : at;
}

function windows(body: string, ranges: [number, number][]): Window[] {
  const found: Window[] = [];
  let i = 0;
  while (i < ranges.length) {
    const first = ranges[i] as [number, number];
    const start = snapStart(body, Math.max(0, first[0] - LEAD));
    const inside: [number, number][] = [];
    while (i < ranges.length && (ranges[i] as [number, number])[1] - start <= SNIPPET_LENGTH) {
      inside.push(ranges[i] as [number, number]);
      i++;
    }
    if (inside.length === 0) {
      inside.push(first);
      i++;
    }
    const lastEnd = (inside.at(-1) as [number, number])[1];
    const end = snapEnd(body, Math.max(lastEnd, Math.min(body.length, start + SNIPPET_LENGTH)));
    found.push({ start, end, ranges: inside });
  }
  return found;
}

function render(body: string, window: Window): Snippet {
  const before = window.start > 0 ? '…' : '';
  const after = window.end < body.length ? '…' : '';
  const text = before + body.slice(window.start, window.end).replace(/\s/g, ' ') + after;
  const shift = before.length - window.start;
  return { text, highlights: window.ranges.map(([s, e]) => [s + shift, Math.min(e, window.end) + shift]) };
}

/** Snippets for sorted, non-overlapping match ranges; the body's opening when there are none. */
export function buildSnippets(body: string, ranges: [number, number][]): Snippet[] {
  if (ranges.length === 0) {
    if (body.length === 0) return [];
    return [render(body, { start: 0, end: snapEnd(body, Math.min(body.length, SNIPPET_LENGTH)), ranges: [] })];
  }
  return windows(body, ranges)
    .map((window, order) => ({ window, order }))
    .sort((a, b) => b.window.ranges.length - a.window.ranges.length || a.order - b.order)
    .slice(0, MAX_SNIPPETS)
    .sort((a, b) => a.order - b.order)
    .map(({ window }) => render(body, window));
}

/** Sorts ranges and merges overlapping or touching ones. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
