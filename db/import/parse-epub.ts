// E-books (.epub): META-INF/container.xml names the package (OPF); its spine gives the chapters in
// reading order, each XHTML chapter read into blocks like any HTML. A chapter with no heading of
// its own gets its table-of-contents title as one. Title, author, date and publisher come from
// the OPF's Dublin Core metadata. Books under DRM are refused: their chapters are ciphertext.
import { Parser } from 'htmlparser2';
import { buildDocument, type ParseContext } from './build-document.js';
import { hasText, headingTitle } from './block-headings.js';
import { htmlToBlocks } from './html-to-text.js';
import { elementTexts, firstText } from './office-xml.js';
import { parseDate } from './parse-date.js';
import { failure, type ParseOutcome, type TextBlock } from './parsed-document.js';
import { openZip, partText } from './zip-package.js';

const WHAT = 'EPUB e-book';
const TEXT_PARTS = /\.(?:xml|opf|ncx|x?html?|xht)$/i;
const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/x-dtbook+xml']);
// Font obfuscation (IDPF, Adobe) also uses encryption.xml; it hides fonts, not text.
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);

interface ManifestItem {
  path: string;
  mediaType: string;
  properties: string;
}

interface Package {
  items: Map<string, ManifestItem>;
  spine: { idref: string; linear: boolean }[];
  /** The NCX table of contents (EPUB 2), from the spine's toc attribute. */
  ncx: string | null;
}

/** `href` (relative to the part at `base`, maybe percent-encoded, maybe with #fragment) as a path in the package. */
function resolvePath(base: string, href: string): string {
  const path = href.split('#')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray % in a file name: use it as written.
  }
  const parts = base.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function xmlWalk(xml: string, onOpen: (name: string, attribs: Record<string, string>) => void, onText?: (text: string) => void, onClose?: (name: string) => void): void {
  const parser = new Parser({ onopentag: onOpen, ontext: (t) => onText?.(t), onclosetag: (n) => onClose?.(n) }, { xmlMode: true });
  parser.end(xml);
}

function rootfilePath(containerXml: string): string | null {
  let path: string | null = null;
  xmlWalk(containerXml, (name, attribs) => {
    if (path === null && /(?:^|:)rootfile$/.test(name) && attribs['full-path']) path = attribs['full-path'];
  });
  return path;
}

function readPackage(opfPath: string, opf: string): Package {
  const items = new Map<string, ManifestItem>();
  const spine: Package['spine'] = [];
  let tocId: string | null = null;
  xmlWalk(opf, (name, attribs) => {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'item' && attribs.id && attribs.href) {
      items.set(attribs.id, { path: resolvePath(opfPath, attribs.href), mediaType: (attribs['media-type'] ?? '').toLowerCase(), properties: attribs.properties ?? '' });
    } else if (local === 'itemref' && attribs.idref) {
      spine.push({ idref: attribs.idref, linear: attribs.linear !== 'no' });
    } else if (local === 'spine') {
      tocId = attribs.toc ?? null;
    }
  });
  return { items, spine, ncx: tocId === null ? null : (items.get(tocId)?.path ?? null) };
}

/** Chapter path -> its title in the table of contents (the first entry pointing into it). */
function tocTitles(pkg: Package, parts: Map<string, Uint8Array>): Map<string, string> {
  const titles = new Map<string, string>();
  const add = (base: string, href: string | undefined, label: string): void => {
    const text = label.replace(/\s+/g, ' ').trim();
    if (!href || !text) return;
    const path = resolvePath(base, href);
    if (!titles.has(path)) titles.set(path, text);
  };
  const nav = [...pkg.items.values()].find((item) => item.properties.split(/\s+/).includes('nav'));
  const navXml = nav ? partText(parts.get(nav.path)) : null;
  if (nav && navXml) {
    let inToc = 0;
    let link: { href: string | undefined; text: string } | null = null;
    xmlWalk(
      navXml,
      (name, attribs) => {
        if (name === 'nav') inToc = inToc > 0 || /\btoc\b/.test(attribs['epub:type'] ?? '') ? inToc + 1 : 0;
        if (name === 'a' && inToc > 0) link = { href: attribs.href, text: '' };
      },
      (text) => {
        if (link) link.text += text;
      },
      (name) => {
        if (name === 'nav' && inToc > 0) inToc -= 1;
        if (name === 'a' && link) {
          add(nav.path, link.href, link.text);
          link = null;
        }
      },
    );
  }
  const ncxXml = pkg.ncx ? partText(parts.get(pkg.ncx)) : null;
  if (pkg.ncx && ncxXml) {
    const ncxPath = pkg.ncx;
    let label: string | null = null;
    let inText = false;
    xmlWalk(
      ncxXml,
      (name, attribs) => {
        if (name === 'navLabel') label = '';
        if (name === 'text' && label !== null) inText = true;
        if (name === 'content' && label !== null) add(ncxPath, attribs.src, label);
      },
      (text) => {
        if (inText && label !== null) label += text;
      },
      (name) => {
        if (name === 'text') inText = false;
        if (name === 'navPoint') label = null;
      },
    );
  }
  return titles;
}

function drmReason(encryptionXml: string | null): string | null {
  if (!encryptionXml) return null;
  let algorithm = '';
  let encrypted = false;
  xmlWalk(encryptionXml, (name, attribs) => {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'EncryptionMethod') algorithm = attribs.Algorithm ?? '';
    if (local === 'CipherReference' && !FONT_OBFUSCATION.has(algorithm) && !/\.(?:otf|ttf|woff2?)$/i.test(attribs.URI ?? '')) encrypted = true;
  });
  return encrypted ? `${WHAT} protected by DRM: its chapters are encrypted — Assay reads only DRM-free books` : null;
}

// A chapter without a heading of its own is titled from the table of contents: its first block
// when that is the title, else the title as a heading before it.
function titledChapter(blocks: TextBlock[], title: string | undefined): TextBlock[] {
  if (!title || blocks.some((b) => b.kind === 'heading')) return blocks;
  const [first, ...rest] = blocks;
  if (first && first.text.replace(/\s+/g, ' ').trim().toLowerCase() === title.toLowerCase()) {
    return [{ kind: 'heading', level: 1, text: first.text }, ...rest];
  }
  return [{ kind: 'heading', level: 1, text: title }, ...blocks];
}

export async function parseEpub(bytes: Uint8Array, context: ParseContext): Promise<ParseOutcome> {
  const zip = openZip(bytes, WHAT, (name) => TEXT_PARTS.test(name) || name === 'mimetype');
  if (!zip.ok) return failure(zip.reason);
  const { parts } = zip;
  const drm = drmReason(partText(parts.get('META-INF/encryption.xml')));
  if (drm) return failure(drm);
  const opfPath = rootfilePath(partText(parts.get('META-INF/container.xml')) ?? '');
  if (opfPath === null) return failure(`not an ${WHAT}: a ZIP package without META-INF/container.xml`);
  const opf = partText(parts.get(opfPath));
  if (opf === null) return failure(`damaged ${WHAT}: its package file ${opfPath} is missing`);
  const pkg = readPackage(opfPath, opf);
  const titles = tocTitles(pkg, parts);
  const blocks: TextBlock[] = [];
  for (const { idref, linear } of pkg.spine) {
    const item = pkg.items.get(idref);
    // Non-linear items (a title page, answers, pop-up notes) sit outside the reading order.
    if (!linear || !item || !CHAPTER_TYPES.has(item.mediaType) || item.properties.split(/\s+/).includes('nav')) continue;
    const xhtml = partText(parts.get(item.path));
    if (xhtml === null) continue;
    const chapter = htmlToBlocks(xhtml, { document: true, xhtml: true });
    if (!hasText(chapter)) continue;
    const [first, ...rest] = titledChapter(chapter, titles.get(item.path));
    if (first) blocks.push({ ...first, gap: 2 }, ...rest);
  }
  if (!hasText(blocks)) return failure(`no text in the ${WHAT} (only images, or empty) — a scanned book needs OCR first`);
  const dc = elementTexts(opf, ['title', 'creator', 'date', 'language', 'publisher', 'description', 'subject', 'identifier']);
  const rawDate = firstText(dc, 'date');
  const document = buildDocument({
    body: '',
    blocks,
    origin: context.origin,
    fileName: context.fileName,
    title: firstText(dc, 'title') ?? headingTitle(blocks),
    author: dc.get('creator')?.join(', ') ?? null,
    source: firstText(dc, 'publisher'),
    date: parseDate(rawDate),
    languageHint: firstText(dc, 'language'),
    meta: {
      description: firstText(dc, 'description'),
      subjects: dc.get('subject')?.join(', '),
      identifier: firstText(dc, 'identifier'),
      date_raw: rawDate && !parseDate(rawDate) ? rawDate : null,
    },
  });
  return { ok: true, documents: [document] };
}
