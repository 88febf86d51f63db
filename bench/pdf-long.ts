// A long PDF's import, by hand: writes a 500-page PDF (or takes the one named on the command line),
// reads it as the importer does, then imports it into a fresh workspace, and prints the time, the
// peak memory and the longest stretch the event loop was held. Figures, not assertions.
//   npm run build && node dist/bench/pdf-long.js [file.pdf] [pages]
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { deflateSync } from 'node:zlib';
import { loadPdfjs } from '../db/import/pdf/load-pdfjs.js';
import { readAndParse } from '../db/import/read-and-parse.js';
import { openWorkbench } from '../db/workbench.js';

const WORDS = (
  'border crossing queue freight lorry driver customs officer schedule bulletin closure report observer gate shift morning ' +
  'evening passenger village harvest dispute inspection service statement figure witness interview archive review season ' +
  'information organisation independent electronic infrastructure responsibility'
).split(' ');

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Lines of about `width` characters; now and then a long word is broken with a hyphen at the end. */
function paragraph(next: () => number, lines: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  while (out.length < lines) {
    const word = WORDS[Math.floor(next() * WORDS.length)] as string;
    if (line.length + word.length + 1 <= width) {
      line = line ? `${line} ${word}` : word[0]!.toUpperCase() + word.slice(1);
      continue;
    }
    const room = width - line.length - 2;
    if (word.length >= 10 && room >= 4) {
      out.push(`${line} ${word.slice(0, room)}-`);
      line = word.slice(room);
    } else {
      out.push(line);
      line = word;
    }
  }
  out[out.length - 1] = `${out[out.length - 1]}.`;
  return out;
}

/** A PDF of `pages` pages of body text in Helvetica, with a running header and "Page N of M" footers. */
function longPdf(pages: number): Buffer {
  const next = random(42);
  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, written once the kids are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const ops = [`BT /F1 9 Tf 200 805 Td (Assay benchmark - a long report) Tj ET`, `BT /F1 9 Tf 270 40 Td (Page ${p} of ${pages}) Tj ET`];
    let y = 770;
    while (y > 110) {
      const lines = paragraph(next, 3 + Math.floor(next() * 6), 88);
      for (const text of lines) {
        if (y <= 80) break;
        ops.push(`BT /F1 11 Tf 72 ${y} Td (${text}) Tj ET`);
        y -= 14;
      }
      y -= 8;
    }
    const stream = deflateSync(Buffer.from(ops.join('\n'), 'latin1'));
    const contents = add(Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream')]));
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`, 'latin1');
  const info = add('<< /Title (A long report) /Author (Assay bench) /CreationDate (D:20240315103000Z) >>');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const at = length;
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
    return at;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

interface Watch {
  stop(): { peakRssMb: number; longestStallMs: number };
}

/** Samples memory and event-loop delay while something runs. */
function watch(): Watch {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return {
    stop() {
      clearInterval(timer);
      delay.disable();
      peak = Math.max(peak, process.memoryUsage().rss);
      return { peakRssMb: Math.round(peak / 2 ** 20), longestStallMs: Math.round(delay.max / 1e6) };
    },
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-pdf-bench-'));
  try {
    const given = process.argv[2];
    const pages = Number(process.argv[3] ?? 500);
    const path = given ?? join(dir, `long-${pages}.pdf`);
    if (!given) writeFileSync(path, longPdf(pages));
    console.log(`${path}: ${(statSync(path).size / 2 ** 20).toFixed(1)} MB, RSS before ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);

    // The first PDF loads pdfjs (a few MB of script): timed apart from reading pages.
    let parsed = watch();
    let began = performance.now();
    await loadPdfjs();
    let figures = parsed.stop();
    console.log(`load pdfjs: ${Math.round(performance.now() - began)} ms, longest event-loop stall ${figures.longestStallMs} ms`);

    let progress = 0;
    parsed = watch();
    began = performance.now();
    const outcome = await readAndParse(path, { onPage: () => progress++ });
    figures = parsed.stop();
    if (!outcome.ok) throw new Error(outcome.reason);
    const document = outcome.documents[0]!;
    console.log(
      `read:   ${Math.round(performance.now() - began)} ms, ${document.pages.length} pages, ${document.body.length} chars, ${document.blocks.length} blocks, ` +
        `${progress} progress calls, peak RSS ${figures.peakRssMb} MB, longest event-loop stall ${figures.longestStallMs} ms`,
    );

    const wb = openWorkbench(join(dir, 'bench.db'));
    parsed = watch();
    began = performance.now();
    const report = await wb.importPaths({ paths: [path] });
    figures = parsed.stop();
    wb.close();
    console.log(
      `import: ${Math.round(performance.now() - began)} ms (read, store, index), added ${report.added.length}, ` +
        `peak RSS ${figures.peakRssMb} MB, longest event-loop stall ${figures.longestStallMs} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
