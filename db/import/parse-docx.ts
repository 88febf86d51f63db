// Word documents (.docx): mammoth turns the body into clean HTML (headings, lists, tables, quotes
// by paragraph style), read into blocks like any HTML; title, author and dates come from the
// package's docProps/core.xml, which mammoth does not read.
import mammoth from 'mammoth';
import type { ParseContext } from './build-document.js';
import { hasText } from './block-headings.js';
import { htmlToBlocks } from './html-to-text.js';
import { elementTexts, firstText } from './office-xml.js';
import { officeDocument } from './office-document.js';
import { failure, type ParseOutcome } from './parsed-document.js';
import { openZip, partText } from './zip-package.js';

const WHAT = 'Word document';

// Added to mammoth's own map (headings, lists, footnotes): Word's and LibreOffice's quote and code
// styles, and the Title style, which mammoth leaves as a plain paragraph.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  "p[style-name='Preformatted Text'] => pre:separator('\\n')",
  "p[style-name='HTML Preformatted'] => pre:separator('\\n')",
];

// Images are not text; leaving them out keeps mammoth from base64-encoding every picture.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

// mammoth ends each footnote with a "↑" link back to its reference: navigation, not text.
function withoutBackLinks(html: string): string {
  return html.replace(/<a href="#(?:footnote|endnote)-ref-[^"]*">↑<\/a>/g, '');
}

export async function parseDocx(bytes: Uint8Array, context: ParseContext): Promise<ParseOutcome> {
  const zip = openZip(bytes, WHAT, (name) => name === 'docProps/core.xml');
  if (!zip.ok) return failure(zip.reason);
  if (!zip.names.has('word/document.xml')) {
    return failure(`not a ${WHAT}: a ZIP package without word/document.xml${zip.names.has('xl/workbook.xml') ? ' (an Excel workbook?)' : ''}`);
  }
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES })).value;
  } catch (error) {
    return failure(`damaged ${WHAT}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const blocks = htmlToBlocks(withoutBackLinks(html), { document: true });
  if (!hasText(blocks)) return failure(`no text in the ${WHAT} (only images, or empty) — a scan needs OCR first`);
  const core = elementTexts(partText(zip.parts.get('docProps/core.xml')) ?? '', [
    'title',
    'creator',
    'created',
    'modified',
    'subject',
    'description',
    'keywords',
    'language',
    'lastModifiedBy',
  ]);
  const document = officeDocument(blocks, context, {
    title: firstText(core, 'title'),
    author: firstText(core, 'creator', 'lastModifiedBy'),
    created: firstText(core, 'created'),
    modified: firstText(core, 'modified'),
    language: firstText(core, 'language'),
    subject: firstText(core, 'subject'),
    description: firstText(core, 'description'),
    keywords: firstText(core, 'keywords'),
    lastModifiedBy: firstText(core, 'lastModifiedBy'),
  });
  return { ok: true, documents: [document] };
}
