// Test helpers: a fresh workspace file in a temp folder, and documents inserted directly
// (bypassing file parsing) so core tests stay about the core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { insertDocument } from '../../db/documents.js';
import type { ParsedDocument } from '../../db/import/parsed-document.js';
import { indexPending } from '../../db/search/index-writer.js';
import { openWorkbench, type Workbench } from '../../db/workbench.js';

const opened: { workbench: Workbench; dir: string }[] = [];

afterEach(() => {
  for (const { workbench, dir } of opened.splice(0)) {
    try {
      workbench.close();
    } catch {
      // already closed by the test
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'assay-test-'));
}

export function freshWorkbench(): Workbench {
  const dir = tempDir();
  const workbench = openWorkbench(join(dir, 'workspace.db'));
  opened.push({ workbench, dir });
  return workbench;
}

export function doc(partial: Partial<ParsedDocument> & { title: string; body: string }): ParsedDocument {
  return { source: null, author: null, url: null, date: null, language: 'en', meta: {}, origin: `${partial.title}.txt`, blocks: [], pages: [], ...partial };
}

/** Inserts documents as an import would and indexes them; returns their ids. */
export function addDocuments(workbench: Workbench, documents: ParsedDocument[]): number[] {
  return workbench.db.transaction(() => {
    const ids = documents.map((d) => insertDocument(workbench.db, d));
    indexPending(workbench.db);
    return ids;
  })();
}
