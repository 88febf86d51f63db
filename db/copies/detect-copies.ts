// Finds copies at import: the documents sharing any of a new document's winnowed fingerprints
// (stored ones, and those examined before it in the same run) are candidates, and each candidate
// from another source is confirmed by exact overlap (match-passages.ts). A confirmed passage is
// recorded as a copy of the earlier document — by published date, then import order — with its
// character ranges in both (record-copies.ts). Runs after an import's documents are committed, in
// its own short write transactions, letting other work on its thread in between (a search in the
// web host or the desktop app while an import looks for copies). The documents are taken a slice at
// a time, and the prints of the next slice's candidates are read and made (by the import's workers,
// when given a fingerprinter) while this slice is compared, so this thread is left with look-ups,
// comparisons and writes.
import type { Db } from '../open-workspace.js';
import { EarlierPrints, type MetaRow } from './earlier-prints.js';
import type { DocumentPrint } from './fingerprint.js';
import type { Fingerprinter } from './fingerprint-texts.js';
import { matchIndexed, shingleTable, type IndexedSide } from './match-passages.js';
import { PrintCache } from './print-cache.js';
import { withWriteCache, writeCopies, writeFingerprints, type CopyRow } from './record-copies.js';
import { MAX_RUN, RunFingerprints } from './run-fingerprints.js';
import { StoredFingerprints } from './stored-fingerprints.js';

/** Documents sharing fingerprints that are compared word by word, those sharing most first. */
const MAX_CANDIDATES = 40;
/**
 * Documents followed per fingerprint, the first ones: a fingerprint held by more is boilerplate
 * (a stock phrase, a footer), and following it to thousands of documents would tell little more.
 */
const MAX_PER_FINGERPRINT = 200;
/**
 * Documents whose candidates are loaded together: the next slice's are read, and fingerprinted by
 * the workers, while this one's are compared. At most 40 candidates each, so a slice's prints
 * stay under about 70 MB.
 */
const SLICE = 100;
/** Fingerprints looked up in one query. */
const LOOKUP_HASHES = 20_000;
/** How long the work may go on between commits, so another writer, or a search on this thread, never waits long. */
const WRITE_BUDGET_MS = 250;
/** The bytes of earlier documents' prints kept when the caller gives no cache of its own (about 1,300 news articles). */
const DEFAULT_PRINT_BYTES = 16 * 1024 * 1024;

interface Loaded extends DocumentPrint, IndexedSide {
  id: number;
  source: string | null;
  /** Orders documents oldest first: dated before undated, then by time, then import order. */
  order: [number, number, number];
}

interface Pending {
  id: number;
  copies: CopyRow[];
}

export interface DetectOptions {
  /** Prints already made of some of the documents (by the import's workers). */
  prints?: ReadonlyMap<number, DocumentPrint>;
  /** Prints of documents examined before (an import's earlier rounds); given this run's prints for the next. */
  kept?: PrintCache;
  /** Makes the prints not given or kept elsewhere (the import's workers); without it, they are made here. */
  fingerprint?: Fingerprinter;
}

function orderOf(row: MetaRow): [number, number, number] {
  const time = row.date === null ? Number.NaN : Date.parse(row.date);
  return Number.isNaN(time) ? [1, 0, row.id] : [0, time, row.id];
}

function earlier(a: Loaded, b: Loaded): boolean {
  for (let i = 0; i < 3; i++) if (a.order[i] !== b.order[i]) return (a.order[i] as number) < (b.order[i] as number);
  return false;
}

/** Documents from one named source are one voice: repeating itself is not copying. */
function sameSource(a: Loaded, b: Loaded): boolean {
  const x = a.source?.trim().toLowerCase();
  const y = b.source?.trim().toLowerCase();
  return Boolean(x) && x === y;
}

function copyRows(doc: Loaded, other: Loaded): CopyRow[] {
  const [origin, copy] = earlier(other, doc) ? [other, doc] : [doc, other];
  return matchIndexed(copy, origin).map((p) => {
    const copyWords = p.a[1] - p.a[0];
    const originWords = p.b[1] - p.b[0];
    return {
      copyId: copy.id,
      copyStart: copy.words.start[p.a[0]] as number,
      copyEnd: copy.words.end[p.a[1] - 1] as number,
      originId: origin.id,
      originStart: origin.words.start[p.b[0]] as number,
      originEnd: origin.words.end[p.b[1] - 1] as number,
      words: p.identical,
      similarity: Math.round((p.identical / Math.max(copyWords, originWords)) * 1000) / 1000,
    };
  });
}

export interface DetectReport {
  /** Documents examined. */
  documents: number;
  /** Copied passages recorded (each pair of ranges once). */
  copies: number;
}

/**
 * Fingerprints `documentIds` and records the passages they share with other documents (and each
 * other). The documents' prints are taken from `options.prints` or `options.kept` when there,
 * else made from their bodies.
 */
export async function detectCopies(db: Db, documentIds: readonly number[], options: DetectOptions = {}): Promise<DetectReport> {
  const ids = [...new Set(documentIds)];
  const kept = options.kept ?? new PrintCache(DEFAULT_PRINT_BYTES);
  const report = { documents: 0, copies: 0 };
  // In turns: each turn finds the earlier turns' documents stored.
  for (let from = 0; from < ids.length; from += MAX_RUN) {
    const turn = await withWriteCache(db, () => detectRun(db, ids.slice(from, from + MAX_RUN), kept, options));
    report.documents += turn.documents;
    report.copies += turn.copies;
  }
  return report;
}

/** Lets other work on this thread in between two commits. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function loaded(row: MetaRow, print: DocumentPrint): Loaded {
  return { id: row.id, source: row.source, order: orderOf(row), ...print };
}

async function detectRun(db: Db, ids: readonly number[], kept: PrintCache, options: DetectOptions): Promise<DetectReport> {
  // The first MAX_PER_FINGERPRINT stored documents holding each of many fingerprints, in one query.
  const sharing = db.prepare(
    `SELECT hash, document_id FROM (
       SELECT hash, document_id, row_number() OVER (PARTITION BY hash ORDER BY document_id) AS n
       FROM copy_fingerprint WHERE hash IN (SELECT value FROM json_each(?)))
     WHERE n <= ?
     ORDER BY hash, document_id`,
  );
  const earlier = new EarlierPrints(db, kept, options.fingerprint);

  let pending: Pending[] = [];
  let copies = 0;
  let since = performance.now();
  const flush = (): void => {
    if (pending.length > 0) copies += writeCopies(db, pending);
    pending = [];
    since = performance.now();
  };

  // The run's documents with their prints: given, kept, or made from their bodies.
  const docs = new Map([...(await earlier.load(ids, options.prints))].map(([id, { row, print }]) => [id, loaded(row, print)]));
  const run = ids.flatMap((id) => docs.get(id) ?? []);
  // Documents of the run find those examined before them here, before any is written.
  const held = new RunFingerprints(run);
  // The stored documents holding the run's fingerprints, read before this run writes any: the
  // hashes are looked up in ascending chunks, so the rows come in ascending hash order throughout.
  const anyStored = db.prepare('SELECT 1 FROM copy_fingerprint LIMIT 1').get() !== undefined;
  const hashes = anyStored ? held.distinct() : [];
  const stored = new StoredFingerprints(
    (function* () {
      for (let from = 0; from < hashes.length; from += LOOKUP_HASHES) {
        yield* sharing.raw().iterate(JSON.stringify(hashes.slice(from, from + LOOKUP_HASHES)), MAX_PER_FINGERPRINT) as IterableIterator<[number, number]>;
      }
    })(),
  );

  /** The documents the one at `place` is compared with: those sharing most of its fingerprints. */
  const candidatesOf = (place: number): number[] => {
    const doc = run[place] as Loaded;
    // How many fingerprints each other document shares with this one.
    const shared = new Map<number, number>();
    for (const hash of doc.fingerprints) {
      const before = stored.holders(hash);
      let followed = 0;
      for (const other of before) {
        if (followed++ >= MAX_PER_FINGERPRINT) break;
        if (other !== doc.id) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      for (let k = held.first(hash); held.hashes[k] === hash && (held.places[k] as number) < place; k++) {
        const other = (run[held.places[k] as number] as Loaded).id;
        // A document examined again is both stored and held: it counts once.
        if (before.length > 0 && before.includes(other)) continue;
        if (followed++ >= MAX_PER_FINGERPRINT) break;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    return [...shared]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_CANDIDATES)
      .map(([other]) => other);
  };
  /** A slice's candidates, and the loading of those from outside the run (started now, finished elsewhere). */
  const prepareSlice = (from: number) => {
    const lists: number[][] = [];
    for (let place = from; place < Math.min(run.length, from + SLICE); place++) lists.push(candidatesOf(place));
    return { lists, outside: earlier.load(lists.flat().filter((other) => !docs.has(other))) };
  };

  let next = prepareSlice(0);
  for (let from = 0; from < run.length; from += SLICE) {
    const { lists, outside } = next;
    const others = await outside;
    if (from + SLICE < run.length) next = prepareSlice(from + SLICE);
    for (const [i, candidates] of lists.entries()) {
      const doc = run[from + i] as Loaded;
      const found: CopyRow[] = [];
      // This document is compared with up to MAX_CANDIDATES others: a table of its shingles makes each comparison a pass over theirs.
      const probe: Loaded = candidates.length > 0 ? { ...doc, table: shingleTable(doc.shingles) } : doc;
      for (const otherId of candidates) {
        const stranger = others.get(otherId);
        const other = docs.get(otherId) ?? (stranger ? loaded(stranger.row, stranger.print) : undefined);
        if (other && !sameSource(doc, other)) found.push(...copyRows(probe, other));
      }
      pending.push({ id: doc.id, copies: found });
      if (performance.now() - since >= WRITE_BUDGET_MS) {
        flush();
        await breathe();
      }
    }
  }
  flush();
  for (const doc of run) kept.set(doc.id, { words: doc.words, shingles: doc.shingles, fingerprints: doc.fingerprints });
  writeFingerprints(
    db,
    run.map((doc) => doc.id),
    held,
  );
  return { documents: run.length, copies };
}
