// The engine under test: Assay's own core. Import = importPaths on the corpus folder (which also
// writes the index's postings in the same transactions, then looks for copied passages); query = search() with snippets, top 20, as a door calls it.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench } from '../../db/workbench.js';
import type { BenchQuery } from '../queries.js';
import type { BuildFigures, Engine, OpenedEngine } from './types.js';

const FILE = 'workspace.assay.db';

function fileBytes(path: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) if (existsSync(path + suffix)) total += statSync(path + suffix).size;
  return total;
}

async function build(corpusDir: string, storeDir: string): Promise<BuildFigures> {
  rmSync(storeDir, { recursive: true, force: true });
  mkdirSync(storeDir, { recursive: true });
  const path = join(storeDir, FILE);
  const start = performance.now();
  // Every document is stored and indexed when the copies phase begins.
  let searchableMs = Number.NaN;
  const wb = openWorkbench(path, {
    onProgress: (progress) => {
      if (progress.phase === 'copies' && Number.isNaN(searchableMs)) searchableMs = performance.now() - start;
    },
  });
  let figures: BuildFigures;
  try {
    const report = await wb.importPaths({ paths: [corpusDir] });
    const importMs = performance.now() - start;
    const row = wb.db.prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'search%'").get() as { n: number | null };
    const info = await wb.getWorkspaceInfo({});
    wb.db.pragma('wal_checkpoint(TRUNCATE)');
    figures = {
      documents: report.added.length,
      failed: report.failed.length + report.duplicates.length,
      importMs,
      searchableMs: Number.isNaN(searchableMs) ? importMs : searchableMs,
      pendingAfterImport: info.index.pending,
      indexBytes: row.n ?? 0,
      storeBytes: 0,
    };
  } finally {
    wb.close();
  }
  return { ...figures, storeBytes: fileBytes(path) };
}

async function open(storeDir: string): Promise<OpenedEngine> {
  const wb = openWorkbench(join(storeDir, FILE));
  const search = async (query: string) => (await wb.search({ query, limit: 20 })).hits.length;
  return {
    search: (query: BenchQuery) => search(query.assay),
    count: async (query) => (await wb.search({ query: query.assay, limit: 1 })).total,
    raw: search,
    saveNote: async (text) => {
      const document = await wb.getDocument({ id: 1 });
      await wb.createAnnotation({ documentId: document.id, exact: document.body.slice(0, 40), note: text });
    },
    close: () => wb.close(),
  };
}

export const engine: Engine = {
  name: 'assay',
  supports: () => true,
  build,
  open,
};
