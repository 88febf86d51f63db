// Loads pdfjs for reading text in this process, fully offline: its worker code runs in this
// thread (no Worker, no download), and character maps and standard-font data are read from the
// installed pdfjs-dist folder. The same set-up works in Node and in Electron's utility process,
// where pdfjs does not take itself for Node. Loaded on first use: importing text never pays for it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentInitParameters, PDFDocumentLoadingTask } from 'pdfjs-dist/types/src/display/api.js';

type Pdfjs = typeof Pdfjs;

let loading: Promise<Pdfjs> | undefined;
let dataFolder: string | undefined;

function pdfjsFolder(): string {
  dataFolder ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return dataFolder;
}

/** pdfjs asks for built-in CMaps and standard-font programs by file name: they come from disk. */
class LocalDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const folder = kind === 'cMapUrl' ? 'cmaps' : kind === 'standardFontDataUrl' ? 'standard_fonts' : null;
    if (!folder || !/^[\w.+-]+$/.test(filename)) throw new Error(`pdfjs asked for ${kind} data Assay does not ship: ${filename}`);
    return new Uint8Array(await readFile(join(pdfjsFolder(), folder, filename)));
  }
}

/**
 * pdfjs builds one DOMMatrix when it loads and uses others only to draw pages, which Assay never
 * does. Node has no DOMMatrix (pdfjs borrows one from the optional native @napi-rs/canvas) and
 * neither has Electron's utility process (where pdfjs does not even try): this stands in for it.
 */
class TextOnlyMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const scope = globalThis as { DOMMatrix?: unknown };
    scope.DOMMatrix ??= TextOnlyMatrix;
    // Importing the worker module sets globalThis.pdfjsWorker, which makes pdfjs run its worker
    // code in this thread instead of starting a Worker from a URL.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** Starts reading a PDF from bytes; the bytes are copied, since pdfjs takes over the buffer it is given. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await loadPdfjs();
  const parameters: DocumentInitParameters = {
    data: new Uint8Array(bytes),
    BinaryDataFactory: LocalDataFactory,
    useWorkerFetch: false,
    // Text only: no fonts for display, no images decoded, no code generated from the file.
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
  return pdfjs.getDocument(parameters);
}
