// Documents as a detection run needs them, its own and those it compares them with, read in bulk: their details once per run,
// their prints from the kept ones (print-cache.ts) or made from their bodies — one query for many
// documents, and the prints made by the import's workers (fingerprint-texts.ts). Read one at a
// time and fingerprinted on the main thread, they took most of the copies phase of a
// 100,000-document import, where the prints kept cover only a fifth of the documents.
import type { Db } from '../open-workspace.js';
import { MAX_TEXT, type DocumentPrint } from './fingerprint.js';
import { fingerprintTexts, type Fingerprinter } from './fingerprint-texts.js';
import type { PrintCache } from './print-cache.js';

export interface MetaRow {
  id: number;
  source: string | null;
  date: string | null;
}

export interface EarlierDocument {
  row: MetaRow;
  print: DocumentPrint;
}

/** Documents read in one query. */
const CHUNK = 500;

export class EarlierPrints {
  /** Null: the document is gone (removed by another process meanwhile). */
  private readonly details = new Map<number, MetaRow | null>();
  private readonly readMeta;
  private readonly readBodies;

  constructor(
    db: Db,
    private readonly kept: PrintCache,
    private readonly fingerprint?: Fingerprinter,
  ) {
    this.readMeta = db.prepare('SELECT id, source, published_at AS date FROM document WHERE id IN (SELECT value FROM json_each(?))');
    this.readBodies = db.prepare('SELECT id, substr(body, 1, ?) AS body FROM document WHERE id IN (SELECT value FROM json_each(?))');
  }

  /**
   * The details and prints of `ids` (those still stored): prints `given`, kept, or made from the
   * bodies. The reading is done before the first await; the prints not at hand are then made
   * elsewhere, so the caller can compare other documents meanwhile. The prints made are kept.
   */
  async load(ids: readonly number[], given?: ReadonlyMap<number, DocumentPrint>): Promise<Map<number, EarlierDocument>> {
    const unknown = ids.filter((id) => !this.details.has(id));
    for (let from = 0; from < unknown.length; from += CHUNK) {
      const part = unknown.slice(from, from + CHUNK);
      for (const id of part) this.details.set(id, null);
      for (const row of this.readMeta.all(JSON.stringify(part)) as MetaRow[]) this.details.set(row.id, row);
    }
    const found = new Map<number, EarlierDocument>();
    const toMake: { row: MetaRow; body: string }[] = [];
    const missing: number[] = [];
    for (const id of new Set(ids)) {
      const row = this.details.get(id);
      if (!row) continue;
      const print = given?.get(id) ?? this.kept.get(id);
      if (print) found.set(id, { row, print });
      else missing.push(id);
    }
    for (let from = 0; from < missing.length; from += CHUNK) {
      for (const { id, body } of this.readBodies.all(MAX_TEXT, JSON.stringify(missing.slice(from, from + CHUNK))) as { id: number; body: string }[]) {
        toMake.push({ row: this.details.get(id) as MetaRow, body });
      }
    }
    const prints = await fingerprintTexts(
      toMake.map((item) => item.body),
      this.fingerprint,
    );
    for (const [i, { row }] of toMake.entries()) {
      const print = prints[i] as DocumentPrint;
      this.kept.set(row.id, print);
      found.set(row.id, { row, print });
    }
    return found;
  }
}
