// One file's whole share of an import that needs no workspace: read it, parse it, and analyse each
// of its documents for the index. Runs in an import worker (import-workers.ts), or on the calling
// thread when no worker can run; either way the main thread is left only to write. The import's
// copies phase sends texts to fingerprint the same way (kind 'copy-prints').
import { fingerprintDocument, type DocumentPrint } from '../copies/fingerprint.js';
import { contentHash } from '../content-hash.js';
import { analyseDocument, type AnalysedDocument } from '../search/document-analysis.js';
import { failure, type ParseOutcome } from './parsed-document.js';
import type * as ParsersModule from './read-and-parse.js';
import type { ReadOptions } from './read-and-parse.js';
import { confineReads } from './read-confinement.js';

/**
 * A file named by its path (`fsPath`: its exact bytes when the name is not UTF-8), or bytes already
 * in memory (a browser upload). `roots`: the folders the import may read from (read-confinement.ts).
 */
export type ReadJob = (
  | { kind: 'path'; path: string; fsPath?: Uint8Array }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  /** Stored documents' bodies, to fingerprint for copy detection (db/copies/pending-copies.ts). */
  | { kind: 'copy-prints'; texts: string[] }
) & { roots?: string[] };

export interface ReadResult {
  outcome: ParseOutcome;
  /** One per document of a successful outcome, in order. */
  analyses: AnalysedDocument[];
  /** Each document's content hash (duplicates are found by it), in the same order. */
  hashes: string[];
  /** A 'copy-prints' job's answer: each text's print, in order. */
  prints?: DocumentPrint[];
}

export type PageListener = NonNullable<ReadOptions['onPage']>;

/** The parsers (PDF, Word, mail…) are loaded by the first import, not when a workspace opens: opening and searching never pay for them. */
const parsers = (): Promise<typeof ParsersModule> => import('./read-and-parse.js');

/** Never throws: a file that cannot be read, parsed or analysed comes back as a failed outcome. */
export async function runReadJob(job: ReadJob, onPage: PageListener): Promise<ReadResult> {
  try {
    return await (job.roots ? confineReads(job.roots, () => readAndAnalyse(job, onPage)) : readAndAnalyse(job, onPage));
  } catch (error) {
    return { outcome: failure(`could not be read: ${error instanceof Error ? error.message : String(error)}`), analyses: [], hashes: [] };
  }
}

async function readAndAnalyse(job: ReadJob, onPage: PageListener): Promise<ReadResult> {
  if (job.kind === 'copy-prints') return { outcome: { ok: true, documents: [] }, analyses: [], hashes: [], prints: job.texts.map(fingerprintDocument) };
  const { readAndParse, parseBytes } = await parsers();
  const outcome =
    job.kind === 'path'
      ? await readAndParse(job.path, job.fsPath ? { onPage, fsPath: Buffer.from(job.fsPath) } : { onPage })
      : await parseBytes(job.name, job.bytes, { onPage });
  const documents = outcome.ok ? outcome.documents : [];
  const analyses = documents.map(({ title, source, author, body }) => analyseDocument({ title, source, author, body }));
  return { outcome, analyses, hashes: documents.map((document) => contentHash(document.body)) };
}
