// A large generated workspace for the at-scale tests: small documents as one JSONL file and many
// highlights on them as one W3C Web Annotation file, both imported through the built CLI (two
// commands, a few seconds) into the test's own workspace.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AssayServer } from './fixtures.js';

const run = promisify(execFile);

export interface LargeCorpus {
  documents: number;
  /** Documents whose body mentions a tugboat: every second one. */
  tugboat: number;
  highlights: number;
}

function title(n: number): string {
  return `Harbour log ${String(n).padStart(4, '0')}`;
}

function body(n: number): string {
  const id = String(n).padStart(4, '0');
  const vessel = n % 2 === 0 ? 'tugboat' : 'ferry';
  return `${title(n)}. The patrol boat logged entry ${id} at the north pier. A ${vessel} waited while cargo manifest ${id} was checked twice.`;
}

/** The passages highlighted in document `n`: two in the first half of the corpus, one after. */
function quotes(n: number, documents: number): string[] {
  return n <= documents / 2 ? ['patrol boat', 'north pier'] : ['patrol boat'];
}

/** The last highlight in document order, as the notes panel lists them across documents. */
export function lastHighlight(documents: number): { title: string; note: string } {
  return { title: title(documents), note: `Note ${String(documents).padStart(4, '0')}: patrol boat` };
}

function annotationFile(documents: number): { json: string; count: number } {
  const items: unknown[] = [];
  for (let n = 1; n <= documents; n += 1) {
    const text = body(n);
    const hash = createHash('sha256').update(text).digest('base64url');
    for (const exact of quotes(n, documents)) {
      const start = text.indexOf(exact);
      items.push({
        id: `urn:uuid:${randomUUID()}`,
        type: 'Annotation',
        motivation: 'commenting',
        created: '2026-02-01T10:00:00Z',
        modified: '2026-02-01T10:00:00Z',
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'patrol' },
          { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: `Note ${String(n).padStart(4, '0')}: ${exact}` },
        ],
        target: {
          type: 'SpecificResource',
          // The document is found by the SHA-256 of its body (ni:///sha-256;…, RFC 6920).
          source: `ni:///sha-256;${hash}`,
          selector: [
            { type: 'TextQuoteSelector', exact },
            { type: 'TextPositionSelector', start, end: start + exact.length },
          ],
        },
      });
    }
  }
  const collection = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } };
  return { json: JSON.stringify(collection), count: items.length };
}

/** Imports `documents` generated documents and their highlights into the server's workspace. */
export async function importLargeCorpus(server: AssayServer, documents: number): Promise<LargeCorpus> {
  const dir = await mkdtemp(join(tmpdir(), 'assay-large-'));
  try {
    const lines: string[] = [];
    for (let n = 1; n <= documents; n += 1) {
      lines.push(JSON.stringify({ title: title(n), source: `Station ${n % 7}`, date: `2026-01-${String(1 + (n % 28)).padStart(2, '0')}`, body: body(n) }));
    }
    const docs = join(dir, 'logs.jsonl');
    await writeFile(docs, `${lines.join('\n')}\n`);
    const notes = annotationFile(documents);
    const notesPath = join(dir, 'notes.json');
    await writeFile(notesPath, notes.json);
    const cli = (...args: string[]) =>
      run(process.execPath, ['dist/cli/main.js', '--db', server.dbPath, ...args], { cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' } });
    await cli('import', docs);
    await cli('import-annotations', notesPath);
    return { documents, tugboat: Math.floor(documents / 2), highlights: notes.count };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
