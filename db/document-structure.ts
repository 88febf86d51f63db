// A document's structure as stored: its blocks and page starts in one compact JSON column, and the
// pages a passage lies on (for citations such as "p. 12" or "pp. 12–13").
import type { Block, PageStart } from '../api/types.js';
import { paragraphsOf } from './import/assemble-blocks.js';

export interface DocumentStructure {
  blocks: Block[];
  pages: PageStart[];
}

type StoredBlock = [Block['kind'], number, number] | [Block['kind'], number, number, number];

interface StoredStructure {
  /** [kind, start, end, level?] per block: a 500-page report has thousands of them. */
  b: StoredBlock[];
  /** [page, start] per page. */
  p: [number, number][];
}

export function structureToJson(structure: DocumentStructure): string {
  const stored: StoredStructure = {
    b: structure.blocks.map((block) => (block.level === undefined ? [block.kind, block.start, block.end] : [block.kind, block.start, block.end, block.level])),
    p: structure.pages.map((page) => [page.page, page.start]),
  };
  return JSON.stringify(stored);
}

/** The stored structure, or paragraphs at blank lines for a document imported before structure was kept. */
export function structureFromJson(json: string | null, body: string): DocumentStructure {
  if (json === null) return { blocks: paragraphsOf(body), pages: [] };
  const stored = JSON.parse(json) as StoredStructure;
  return {
    blocks: stored.b.map(([kind, start, end, level]) => (level === undefined ? { kind, start, end } : { kind, start, end, level })),
    pages: stored.p.map(([page, start]) => ({ page, start })),
  };
}

/** The page an offset lies on, or null for a document without pages. */
export function pageAt(pages: readonly PageStart[], offset: number): number | null {
  let found: number | null = null;
  for (const page of pages) {
    if (page.start > offset) break;
    found = page.page;
  }
  return found ?? pages[0]?.page ?? null;
}

/** "p. 12", "pp. 12–13", or null when the document has no pages. */
export function pagesCited(pages: readonly PageStart[], start: number, end: number): string | null {
  const first = pageAt(pages, start);
  const last = pageAt(pages, Math.max(start, end - 1));
  if (first === null || last === null) return null;
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
}
