// The styles of an OpenDocument text that decide its blocks: which paragraph styles are headings,
// quotes or code (following each style's parents), and which list styles are numbered.
import type { BlockKind } from './parsed-document.js';

interface ParagraphStyle {
  parent: string | null;
  outlineLevel: number | null;
}

export interface OdtStyles {
  paragraphs: Map<string, ParagraphStyle>;
  /** List style name -> the levels (1-based) that are numbered rather than bulleted. */
  numbered: Map<string, Set<number>>;
}

export function emptyStyles(): OdtStyles {
  return { paragraphs: new Map(), numbered: new Map() };
}

/**
 * Feeds one opening tag of styles.xml or content.xml's automatic styles into `styles`.
 * `openList` tracks the list style whose levels are being read.
 */
export function readStyleTag(styles: OdtStyles, name: string, attribs: Record<string, string>, openList: { name: string | null }): void {
  if (name === 'style:style' && attribs['style:family'] === 'paragraph' && attribs['style:name']) {
    const outline = Number(attribs['style:default-outline-level']);
    styles.paragraphs.set(attribs['style:name'], {
      parent: attribs['style:parent-style-name'] ?? null,
      outlineLevel: Number.isInteger(outline) && outline > 0 ? outline : null,
    });
  } else if (name === 'text:list-style') {
    openList.name = attribs['style:name'] ?? null;
  } else if (name === 'text:list-level-style-number' && openList.name) {
    const level = Number(attribs['text:level'] ?? '1');
    // A "number" level with no format shows no number (LibreOffice's outline list).
    if (attribs['style:num-format'] !== '') {
      const levels = styles.numbered.get(openList.name) ?? new Set<number>();
      levels.add(level);
      styles.numbered.set(openList.name, levels);
    }
  }
}

// The built-in styles by their internal names ("Heading_20_2" is "Heading 2").
function namedKind(style: string): { kind: BlockKind; level?: number } | null {
  const heading = /^Heading_20_([1-9]\d?)$/.exec(style);
  if (heading) return { kind: 'heading', level: Math.min(6, Number(heading[1])) };
  if (style === 'Title') return { kind: 'heading', level: 1 };
  if (style === 'Quotations' || style === 'Quote') return { kind: 'quote' };
  if (style === 'Preformatted_20_Text' || style === 'Source_20_Text') return { kind: 'preformatted' };
  return null;
}

/** The block a paragraph of this style is: its own name or outline level, else its parent's. */
export function paragraphKind(styles: OdtStyles, style: string | undefined): { kind: BlockKind; level?: number } {
  let name = style ?? null;
  for (let hops = 0; name !== null && hops < 32; hops += 1) {
    const named = namedKind(name);
    if (named) return named;
    const found = styles.paragraphs.get(name);
    if (found?.outlineLevel) return { kind: 'heading', level: Math.min(6, found.outlineLevel) };
    name = found?.parent ?? null;
  }
  return { kind: 'paragraph' };
}
