// PDF files: the text layer in reading order, as headings, paragraphs and list items that each
// know their page; running headers, footers and page numbers left out; title, author and date
// from the document information. Scans, password-protected, cut-short and mislabelled files
// fail with a reason that says what to do. Pages are read one at a time with a pause between
// them, so a long PDF neither holds up the process nor keeps more than one page's objects alive.
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { buildDocument, type ParseContext } from './build-document.js';
import { failure, type ParseOutcome, type TextBlock } from './parsed-document.js';
import { buildBlocks, type BodyPage } from './pdf/pdf-blocks.js';
import { linesOfPage, type PageLines } from './pdf/pdf-lines.js';
import { pdfFields } from './pdf/pdf-metadata.js';
import { runningLines } from './pdf/pdf-running-lines.js';
import { openPdf } from './pdf/load-pdfjs.js';

export interface PdfReadOptions {
  /** Told as pages are read: after the first and the last, and at most ten times a second between. */
  onPage?: (page: number, pages: number) => void;
}

export const NO_TEXT_LAYER = 'no text layer: this looks like a scanned PDF — run OCR on it first';
export const ENCRYPTED = 'encrypted: this PDF needs its password — save an unprotected copy and import that';
const TRUNCATED = 'truncated: the file ends before the PDF does — copy or download it again';
const UNREADABLE_FONTS = 'no readable text layer: its fonts do not say which letters they draw — run OCR on it first';

const PROGRESS_EVERY_MS = 100;

function indexOfBytes(bytes: Uint8Array, text: string, from: number, to: number): number {
  const pattern = Buffer.from(text, 'latin1');
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from));
  const at = haystack.indexOf(pattern);
  return at < 0 ? -1 : at + from;
}

/** Why bytes named .pdf are not a PDF at all, or null when they start like one. */
export function notPdfReason(bytes: Uint8Array): string | null {
  // Readers accept up to a kilobyte of junk before the header; so does Assay.
  if (indexOfBytes(bytes, '%PDF-', 0, 1024) >= 0) return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  if (/<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head)) {
    return 'not a PDF: this file is a web page (often an error page saved in place of a download) — get the PDF again';
  }
  if (!head.includes('\u0000')) return 'not a PDF: this file is plain text named .pdf — rename it to .txt and import it again';
  return 'not a PDF: the file does not start like a PDF — check what it really is';
}

function endsLikePdf(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, '%%EOF', Math.max(0, bytes.length - 2048), bytes.length) >= 0;
}

function errorName(error: unknown): string {
  return (error as { name?: unknown } | null)?.name === undefined ? '' : String((error as { name: unknown }).name);
}

function loadFailure(error: unknown, complete: boolean): string {
  if (errorName(error) === 'PasswordException') return ENCRYPTED;
  if (!complete) return TRUNCATED;
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  return `damaged: this PDF cannot be read (${message}) — open it in a PDF reader and save a new copy`;
}

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
/** How long grouping lines into blocks may run before it lets other work in. */
const SLICE_MS = 20;

async function blocksWithPauses(pages: readonly BodyPage[]): Promise<TextBlock[]> {
  const steps = buildBlocks(pages);
  let since = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - since > SLICE_MS) {
      await pause();
      since = performance.now();
    }
  }
}

interface TextLayer {
  pages: PageLines[];
  /** Pages pdfjs could not read at all. */
  failed: number[];
}

async function readPages(document: PDFDocumentProxy, options: PdfReadOptions): Promise<TextLayer> {
  const pages: PageLines[] = [];
  const failed: number[] = [];
  let told = 0;
  for (let number = 1; number <= document.numPages; number++) {
    try {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = content.items.filter((item): item is TextItem => 'str' in item);
      pages.push(linesOfPage(runs, viewport.transform, viewport.width, viewport.height));
      page.cleanup();
    } catch {
      failed.push(number);
      pages.push({ top: 0, bottom: 0, lines: [], skipped: 0 });
    }
    const now = performance.now();
    if (options.onPage && (number === 1 || number === document.numPages || now - told >= PROGRESS_EVERY_MS)) {
      told = now;
      options.onPage(number, document.numPages);
    }
    await pause();
  }
  return { pages, failed };
}

/** "3, 7–9, 12" */
function pageList(numbers: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    ranges.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

const HAS_TEXT = /[\p{L}\p{N}]/u;
const NO_MEANING = /[\p{Co}\uFFFD]/gu;

/** Pages with no letter or digit; whether most characters are private-use or U+FFFD (fonts with no character map). */
function textStats(pages: readonly BodyPage[]): { empty: number[]; unreadable: boolean } {
  const empty: number[] = [];
  let unreadable = 0;
  let readable = 0;
  for (const page of pages) {
    let hasText = false;
    for (const line of page.lines) {
      hasText ||= HAS_TEXT.test(line.text);
      const meaningless = line.text.match(NO_MEANING)?.length ?? 0;
      unreadable += meaningless;
      readable += line.text.length - meaningless;
    }
    if (!hasText) empty.push(page.page);
  }
  return { empty, unreadable: unreadable > readable };
}

// pdfjs works on this thread: two PDFs read at once go no faster, they only take twice the memory.
let turn: Promise<unknown> = Promise.resolve();

/** Reads a PDF's text layer into one document, one PDF at a time. Never throws for a bad file: it fails with a reason. */
export function parsePdf(bytes: Uint8Array, context: Omit<ParseContext, 'encoding'>, options: PdfReadOptions = {}): Promise<ParseOutcome> {
  const read = turn.then(() => readPdf(bytes, context, options));
  turn = read.catch(() => undefined);
  return read;
}

async function readPdf(bytes: Uint8Array, context: Omit<ParseContext, 'encoding'>, options: PdfReadOptions = {}): Promise<ParseOutcome> {
  const notPdf = notPdfReason(bytes);
  if (notPdf) return failure(notPdf);
  const complete = endsLikePdf(bytes);
  const task = await openPdf(bytes);
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      return failure(loadFailure(error, complete));
    }
    if (document.numPages === 0) return failure('damaged: this PDF has no pages — open it in a PDF reader and save a new copy');
    const layer = await readPages(document, options);
    if (!complete && layer.failed.length > 0) return failure(TRUNCATED);
    if (layer.failed.length === document.numPages) return failure(loadFailure(new Error('no page could be read'), complete));
    const { info, metadata } = await document.getMetadata().catch(() => ({ info: {}, metadata: null }));
    return await buildPdfDocument(layer, info as Record<string, unknown>, (name) => metadata?.get(name), context);
  } finally {
    await task.destroy();
  }
}

async function buildPdfDocument(
  layer: TextLayer,
  info: Record<string, unknown>,
  xmp: (name: string) => unknown,
  context: Omit<ParseContext, 'encoding'>,
): Promise<ParseOutcome> {
  const running = runningLines(layer.pages);
  const body: BodyPage[] = layer.pages.map((page, i) => ({ page: i + 1, lines: page.lines.filter((_, j) => !running[i]?.has(j)) }));
  const stats = textStats(body);
  if (stats.empty.length === body.length) return failure(NO_TEXT_LAYER);
  if (stats.unreadable) return failure(UNREADABLE_FONTS);
  await pause();
  const blocks = await blocksWithPauses(body);
  const fields = pdfFields(info, xmp);
  const firstHeading = blocks.find((block) => block.kind === 'heading' && (block.page ?? 1) <= 2);
  const document = buildDocument({
    body: '',
    blocks,
    origin: context.origin,
    fileName: context.fileName,
    title: fields.title ?? firstHeading?.text ?? null,
    author: fields.author,
    date: fields.date,
    languageHint: typeof info.Language === 'string' ? info.Language : null,
    meta: {
      ...fields.meta,
      pages: String(layer.pages.length),
      pages_without_text: stats.empty.length > 0 ? pageList(stats.empty) : null,
      pages_unreadable: layer.failed.length > 0 ? pageList(layer.failed) : null,
    },
  });
  return { ok: true, documents: [document] };
}
