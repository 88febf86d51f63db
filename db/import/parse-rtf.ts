// Rich Text Format (.rtf): read by Assay's own small reader (rtf-reader.ts) into blocks — headings
// by outline level or style name, list items with their '• ' or '1. ' label, table rows, quotes
// and code by style name — with title, author and dates from the {\info} group.
import type { ParseContext } from './build-document.js';
import { hasText } from './block-headings.js';
import { officeDocument } from './office-document.js';
import { failure, type BlockKind, type ParseOutcome, type TextBlock } from './parsed-document.js';
import { readRtf, type RtfParagraph } from './rtf-reader.js';

const WHAT = 'RTF document';

// Style names as Word and LibreOffice write them ("heading 1", "Heading 1", "Quotations").
function styleKind(name: string | undefined): { kind: BlockKind; level?: number } | null {
  const style = name?.trim().toLowerCase() ?? '';
  const heading = /^heading ([1-9])$/.exec(style);
  if (heading) return { kind: 'heading', level: Math.min(6, Number(heading[1])) };
  if (style === 'title') return { kind: 'heading', level: 1 };
  if (['quote', 'quotations', 'intense quote', 'block text', 'block quotation'].includes(style)) return { kind: 'quote' };
  if (['preformatted text', 'html preformatted', 'source text'].includes(style)) return { kind: 'preformatted' };
  return null;
}

// A bullet glyph (•, ◦, the Symbol font's ·) becomes '• '; a number or letter label stays as written.
function listLabel(marker: string): string {
  if (marker === '' || !/[\p{L}\p{N}]/u.test(marker)) return '• ';
  return `${marker} `;
}

function paragraphBlock(paragraph: RtfParagraph, styles: Map<number, string>): TextBlock {
  const text = paragraph.text.replace(/^[ \t]+/, '');
  // \outlinelevel 9 is LibreOffice's "body text"; 0–5 are heading levels 1–6.
  if (paragraph.outline !== null && paragraph.outline >= 0 && paragraph.outline <= 5) return { kind: 'heading', level: paragraph.outline + 1, text };
  const named = styleKind(styles.get(paragraph.style));
  if (named?.kind === 'heading') return { ...named, text };
  if (paragraph.list) return { kind: 'list-item', level: paragraph.listLevel + 1, text: listLabel(paragraph.marker) + text };
  return { ...(named ?? { kind: 'paragraph' }), text };
}

// Kinds whose neighbours of the same kind sit one line apart: list items, table rows, code lines.
const TIGHT = new Set<BlockKind>(['list-item', 'table-row', 'preformatted']);

export interface RtfBlocks {
  blocks: TextBlock[];
  /** The {\info} group's fields: title, author, creatim… */
  info: Map<string, string>;
}

/** The blocks of an RTF text (`bytes` decoded one byte per character: RTF is 7-bit text whose
 * escapes name their own code page), or why there are none. Also reads an Outlook message's RTF body. */
export function readRtfBlocks(bytes: Uint8Array, what = WHAT): RtfBlocks | { reason: string } {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^\s*\{\\rtf/.test(source.slice(0, 64).replace(/^\uFEFF|^ï»¿/, ''))) {
    return { reason: `not an ${what}: it does not start with {\\rtf${bytes.subarray(0, 4096).indexOf(0) === -1 ? ' (it reads as plain text — rename it .txt)' : ''}` };
  }
  const content = readRtf(source);
  if (!content.complete) return { reason: `damaged or incomplete ${what}: it ends inside an open group — cut short?` };
  const blocks: TextBlock[] = [];
  for (const item of content.items) {
    const block: TextBlock = item.type === 'row' ? { kind: 'table-row', text: item.cells.join('\t') } : paragraphBlock(item, content.styles);
    if (block.text.trim() === '') continue;
    const previous = blocks[blocks.length - 1];
    blocks.push({ ...block, gap: previous && previous.kind === block.kind && TIGHT.has(block.kind) ? 1 : 2 });
  }
  if (!hasText(blocks)) return { reason: `no text in the ${what} (only pictures, or empty)` };
  return { blocks, info: content.info };
}

export function parseRtf(bytes: Uint8Array, context: ParseContext): ParseOutcome {
  const read = readRtfBlocks(bytes);
  if ('reason' in read) return failure(read.reason);
  const { blocks, info } = read;
  const document = officeDocument(blocks, context, {
    title: info.get('title'),
    author: info.get('author') ?? info.get('operator'),
    source: info.get('company'),
    created: info.get('creatim'),
    modified: info.get('revtim'),
    subject: info.get('subject'),
    description: info.get('doccomm') ?? info.get('comment'),
    keywords: info.get('keywords'),
  });
  return { ok: true, documents: [document] };
}
