// OpenDocument text (.odt): content.xml read with htmlparser2 in XML mode into blocks — text:h
// headings at their outline level, list items with '• ' or '1. ' markers at their depth, table
// rows with tab-separated cells, quotes and code by paragraph style; footnotes follow the body.
// Title, author and dates come from meta.xml.
import { Parser } from 'htmlparser2';
import type { ParseContext } from './build-document.js';
import { hasText } from './block-headings.js';
import { emptyStyles, paragraphKind, readStyleTag, type OdtStyles } from './odt-styles.js';
import { elementTexts, firstText } from './office-xml.js';
import { officeDocument } from './office-document.js';
import { failure, type BlockKind, type ParseOutcome, type TextBlock } from './parsed-document.js';
import { openZip, partText } from './zip-package.js';

const WHAT = 'OpenDocument text';
const TEXT_TYPES = new Set([
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.text-template',
  'application/vnd.oasis.opendocument.text-master',
]);

// Not the document's text: tracked deletions, comments, the footnote's number, declarations.
const SKIPPED = new Set([
  'text:tracked-changes',
  'office:annotation',
  'text:note-citation',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:forms',
  'svg:title',
  'svg:desc',
  'table:covered-table-cell',
  'office:event-listeners',
]);

interface Paragraph {
  kind: BlockKind;
  level?: number;
  text: string;
  /** Blocks of one list or one table are a group: one line break apart, not a blank line. */
  group: number | null;
  inCell: boolean;
}

interface Row {
  cells: string[];
  cell: string | null;
}

function stylesFrom(xml: string | null, styles: OdtStyles): void {
  if (!xml) return;
  const openList = { name: null as string | null };
  const parser = new Parser({ onopentag: (name, attribs) => readStyleTag(styles, name, attribs, openList) }, { xmlMode: true });
  parser.end(xml);
}

/** The blocks of content.xml's body; its automatic styles are read on the way (they come first). */
export function odtBlocks(contentXml: string, stylesXml: string | null): TextBlock[] {
  const styles = emptyStyles();
  stylesFrom(stylesXml, styles);
  const blocks: TextBlock[] = [];
  const blockGroups: (number | null)[] = [];
  const notes: TextBlock[] = [];
  const paragraphs: Paragraph[] = [];
  const lists: { style: string | null; count: number; group: number }[] = [];
  const items: { marker: string }[] = [];
  const rows: Row[] = [];
  const tables: number[] = [];
  const openList = { name: null as string | null };
  let inBody = false;
  let skipDepth = 0;
  let noteDepth = 0;
  let groups = 0;

  const append = (text: string): void => {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (paragraph) paragraph.text += text;
  };
  const emit = (block: TextBlock, group: number | null): void => {
    if (block.text.trim() === '') return;
    if (noteDepth > 0) {
      notes.push({ ...block, gap: 2 });
      return;
    }
    const sameGroup = blocks.length > 0 && group !== null && blockGroups[blockGroups.length - 1] === group;
    blocks.push({ ...block, gap: sameGroup ? 1 : 2 });
    blockGroups.push(group);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth += 1;
          return;
        }
        if (!inBody) {
          if (name === 'office:text') inBody = true;
          else readStyleTag(styles, name, attribs, openList);
          return;
        }
        switch (name) {
          case 'text:p':
          case 'text:h': {
            const row = rows[rows.length - 1];
            const inCell = row !== undefined && row.cell !== null;
            const list = lists[lists.length - 1];
            let shape: { kind: BlockKind; level?: number } =
              name === 'text:h'
                ? { kind: 'heading', level: Math.min(6, Math.max(1, Number(attribs['text:outline-level'] ?? '1') || 1)) }
                : paragraphKind(styles, attribs['text:style-name']);
            let text = '';
            if (list && !inCell && shape.kind !== 'heading') {
              shape = { kind: 'list-item', level: lists.length };
              text = items[items.length - 1]?.marker ?? '';
              const item = items[items.length - 1];
              if (item) item.marker = '';
            }
            paragraphs.push({ ...shape, text, group: list && !inCell ? (lists[0]?.group ?? null) : null, inCell });
            break;
          }
          case 'text:s':
            append(' '.repeat(Math.max(1, Math.min(1000, Number(attribs['text:c'] ?? '1') || 1))));
            break;
          case 'text:tab':
            append('\t');
            break;
          case 'text:line-break':
            append('\n');
            break;
          case 'text:list': {
            const outer = lists[lists.length - 1];
            lists.push({ style: attribs['text:style-name'] ?? outer?.style ?? null, count: 0, group: outer?.group ?? ++groups });
            break;
          }
          case 'text:list-item':
          case 'text:list-header': {
            const list = lists[lists.length - 1];
            if (!list || name === 'text:list-header') {
              items.push({ marker: '' });
              break;
            }
            const start = Number(attribs['text:start-value']);
            list.count = Number.isInteger(start) && start > 0 ? start : list.count + 1;
            const numbered = list.style !== null && styles.numbered.get(list.style)?.has(lists.length) === true;
            items.push({ marker: numbered ? `${list.count}. ` : '• ' });
            break;
          }
          case 'table:table':
            tables.push(++groups);
            break;
          case 'table:table-row':
            rows.push({ cells: [], cell: null });
            break;
          case 'table:table-cell': {
            const row = rows[rows.length - 1];
            if (row) row.cell = '';
            break;
          }
          case 'text:note':
            noteDepth += 1;
            break;
        }
      },
      ontext(data) {
        if (skipDepth > 0 || !inBody) return;
        // ODF collapses runs of whitespace in text to one space; text:s and text:tab are the real ones.
        const paragraph = paragraphs[paragraphs.length - 1];
        if (!paragraph) return;
        let text = data.replace(/[ \t\r\n]+/g, ' ');
        if (text.startsWith(' ') && (paragraph.text === '' || paragraph.text.endsWith(' '))) text = text.slice(1);
        paragraph.text += text;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth -= 1;
          return;
        }
        if (!inBody) return;
        switch (name) {
          case 'text:p':
          case 'text:h': {
            const paragraph = paragraphs.pop();
            if (!paragraph) break;
            const text = paragraph.text.replace(/^ +| +$/g, '');
            const row = rows[rows.length - 1];
            if (paragraph.inCell && row && row.cell !== null) row.cell += row.cell && text ? ` ${text}` : text;
            else emit({ kind: paragraph.kind, text, ...(paragraph.level === undefined ? {} : { level: paragraph.level }) }, paragraph.group);
            break;
          }
          case 'text:list':
            lists.pop();
            break;
          case 'text:list-item':
          case 'text:list-header':
            items.pop();
            break;
          case 'table:table-cell': {
            const row = rows[rows.length - 1];
            if (row) {
              row.cells.push((row.cell ?? '').replace(/\t/g, ' '));
              row.cell = null;
            }
            break;
          }
          case 'table:table-row': {
            const row = rows.pop();
            if (!row) break;
            while (row.cells.length > 0 && row.cells[row.cells.length - 1] === '') row.cells.pop();
            const text = row.cells.join('\t');
            const outer = rows[rows.length - 1];
            // A table inside a cell reads as part of that cell.
            if (outer && outer.cell !== null) outer.cell += outer.cell && text ? ` ${text.replace(/\t/g, ' ')}` : text.replace(/\t/g, ' ');
            else emit({ kind: 'table-row', text }, tables[tables.length - 1] ?? null);
            break;
          }
          case 'table:table':
            tables.pop();
            break;
          case 'text:note':
            noteDepth = Math.max(0, noteDepth - 1);
            break;
          case 'office:text':
            inBody = false;
            break;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(contentXml);
  return [...blocks, ...notes];
}

export async function parseOdt(bytes: Uint8Array, context: ParseContext): Promise<ParseOutcome> {
  const zip = openZip(bytes, WHAT, (name) => ['mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml'].includes(name));
  if (!zip.ok) return failure(zip.reason);
  const mimetype = partText(zip.parts.get('mimetype'))?.trim();
  if (mimetype && !TEXT_TYPES.has(mimetype)) return failure(`not an ${WHAT}: its package says ${mimetype}`);
  const content = partText(zip.parts.get('content.xml'));
  if (content === null) return failure(`not an ${WHAT}: a ZIP package without content.xml`);
  if (/<manifest:file-entry[^>]*manifest:full-path="content\.xml"[^>]*>\s*<manifest:encryption-data/.test(partText(zip.parts.get('META-INF/manifest.xml')) ?? '')) {
    return failure(`password-protected ${WHAT} — it needs its password: open it, save it without one and import that copy`);
  }
  const blocks = odtBlocks(content, partText(zip.parts.get('styles.xml')));
  if (!hasText(blocks)) return failure(`no text in the ${WHAT} (only images, or empty) — a scan needs OCR first`);
  const meta = elementTexts(partText(zip.parts.get('meta.xml')) ?? '', [
    'title',
    'initial-creator',
    'creator',
    'creation-date',
    'date',
    'subject',
    'description',
    'keyword',
    'language',
  ]);
  const document = officeDocument(blocks, context, {
    title: firstText(meta, 'title'),
    author: firstText(meta, 'initial-creator', 'creator'),
    created: firstText(meta, 'creation-date'),
    modified: firstText(meta, 'date'),
    language: firstText(meta, 'language'),
    subject: firstText(meta, 'subject'),
    description: firstText(meta, 'description'),
    keywords: meta.get('keyword')?.join(', '),
    lastModifiedBy: firstText(meta, 'creator'),
  });
  return { ok: true, documents: [document] };
}
