// Copy detection on generated documents: 2,000 documents of 1.5–4 KB (BENCH_COPIES_DOCS to change)
// made of nlp-corpus sentences, each sentence used once (the search bench's corpus reuses them, and
// every reuse of a long sentence would be a copy), with a relay planted every 20th document — two
// paragraphs of an earlier document from another source, one word changed in the first. Prints the
// time to fingerprint them (the import's workers' share), to detect copies over all of them given
// those fingerprints (the main thread's), then for 100 more against those, how many planted copies
// were found, and the bytes the fingerprints take per document. A script that prints figures, not a test:
//   npx tsc -p tsconfig.build.json --outDir dist/.copies-bench && node dist/.copies-bench/bench/copies.js
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectCopies } from '../db/copies/detect-copies.js';
import { fingerprintDocument } from '../db/copies/fingerprint.js';
import { insertDocument } from '../db/documents.js';
import type { ParsedDocument } from '../db/import/parsed-document.js';
import { openWorkspace } from '../db/open-workspace.js';
import { all as allSentences } from 'nlp-corpus';
import { CORPUS_SEED, mulberry32, SOURCES } from './corpus.js';

const COUNT = Number.parseInt(process.env.BENCH_COPIES_DOCS ?? '2000', 10);
const MORE = 100;
const PLANT_EVERY = 20;

/** Documents are dated an hour apart in import order, so each relay is later than its origin. */
function parsed(title: string, body: string, source: string, index: number): ParsedDocument {
  const date = `${new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString().slice(0, 16)}Z`;
  return { title, body, source, author: null, url: null, date, language: 'en', meta: {}, origin: `doc-${index}.txt`, blocks: [], pages: [] };
}

const dir = mkdtempSync(join(tmpdir(), 'assay-copies-bench-'));
const db = openWorkspace(join(dir, 'bench.assay.db'));
/** Documents of 1.5–4 KB in paragraphs of 2–6 sentences, no sentence used twice. */
function* generate(count: number): Generator<{ source: string; title: string; body: string }> {
  const random = mulberry32(CORPUS_SEED);
  const sentences = allSentences().filter((s) => s.length >= 20 && s.length <= 600);
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
  }
  let next = 0;
  const take = (): string => {
    const sentence = sentences[next++];
    if (sentence === undefined) throw new Error('the sentence pool ran out: ask for fewer documents');
    return sentence;
  };
  for (let i = 0; i < count; i++) {
    const source = SOURCES[Math.floor(random() * SOURCES.length)] as string;
    const target = 1500 + Math.floor(random() * 2500);
    const paragraphs: string[] = [];
    let size = 0;
    while (size < target) {
      const paragraph: string[] = [];
      for (let k = 2 + Math.floor(random() * 5); k > 0 && size < target; k--) {
        paragraph.push(take());
        size += (paragraph[paragraph.length - 1] as string).length + 1;
      }
      paragraphs.push(paragraph.join(' '));
    }
    yield { source, title: take().slice(0, 80), body: paragraphs.join('\n\n') };
  }
}

const documents: ParsedDocument[] = [];
const planted: [number, number][] = [];
for (const [index, doc] of [...generate(COUNT + MORE)].entries()) {
  let body = doc.body;
  let source = doc.source;
  if (index % PLANT_EVERY === PLANT_EVERY - 1) {
    // A relay of an earlier document: its first two paragraphs, one word changed, under another name.
    const from = index - 7;
    const original = documents[from] as ParsedDocument;
    const [first = '', second = ''] = original.body.split('\n\n');
    body = `${first.replace(/\b(\w{5,})\b/, 'REPLACED')}\n\n${second}\n\n${body}`;
    source = `relay ${index}`;
    planted.push([index, from]);
  }
  documents.push(parsed(doc.title, body, source, index));
}

const ids = db.transaction(() => documents.map((d) => insertDocument(db, d)))();
const first = ids.slice(0, COUNT);
const more = ids.slice(COUNT);

// What the import's analysis workers do for each document, then what is left for the main thread.
let began = performance.now();
const prints = new Map(ids.map((id, i) => [id, fingerprintDocument((documents[i] as ParsedDocument).body)]));
const printMs = performance.now() - began;
began = performance.now();
const all = await detectCopies(db, first, { prints });
const allMs = performance.now() - began;
began = performance.now();
const later = await detectCopies(db, more, { prints });
const laterMs = performance.now() - began;

const found = (copy: number, origin: number): boolean =>
  db.prepare('SELECT 1 FROM copy_passage WHERE copy_id = ? AND origin_id = ?').get(ids[copy], ids[origin]) !== undefined;
const plantedFound = planted.filter(([copy, origin]) => found(copy, origin)).length;
const pairs = db.prepare("SELECT count(DISTINCT copy_id || '-' || origin_id) FROM copy_passage").pluck().get() as number;
const fingerprints = db.prepare('SELECT count(*) FROM copy_fingerprint').pluck().get() as number;
const bodyBytes = db.prepare('SELECT sum(length(CAST(body AS BLOB))) FROM document').pluck().get() as number;
const pageBytes = (name: string): number => db.prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?').pluck().get(name) as number;
const tableBytes = pageBytes('copy_fingerprint');
const indexBytes = pageBytes('copy_fingerprint_document');
const passageBytes = pageBytes('copy_passage') + pageBytes('copy_passage_origin') + pageBytes('sqlite_autoindex_copy_passage_1');
const n = ids.length;

console.log(`documents: ${n} (${(bodyBytes / n / 1024).toFixed(1)} KB of text each on average), planted relays: ${planted.length}`);
console.log(`fingerprintDocument (in the import's workers): ${(printMs / n).toFixed(2)} ms a document`);
console.log(`detectCopies over the first ${COUNT}: ${(allMs / 1000).toFixed(2)} s (${(allMs / COUNT).toFixed(2)} ms a document), ${all.copies} copied passages`);
console.log(`detectCopies over ${MORE} more against them: ${laterMs.toFixed(0)} ms (${(laterMs / MORE).toFixed(2)} ms a document)`);
console.log(`planted relays found and attributed to their origin: ${plantedFound} of ${planted.length}; document pairs with a copied passage: ${pairs}`);
console.log(`fingerprints: ${(fingerprints / n).toFixed(1)} a document`);
console.log(
  `storage per document: fingerprint table ${(tableBytes / n).toFixed(0)} B + its document index ${(indexBytes / n).toFixed(0)} B = ${((tableBytes + indexBytes) / n).toFixed(0)} B; copy rows ${(passageBytes / n).toFixed(0)} B`,
);
console.log(`later: ${later.copies} copied passages`);
const postings = db.prepare('SELECT n, count(*) AS k FROM (SELECT count(*) AS n FROM copy_fingerprint GROUP BY hash) GROUP BY n ORDER BY n').all() as {
  n: number;
  k: number;
}[];
console.log(`fingerprints by how many documents share them: ${postings.map((p) => `${p.n}: ${p.k}`).join(', ')}`);
if (process.env.BENCH_COPIES_SHOW) {
  const plantedSet = new Set(planted.map(([copy, origin]) => `${ids[copy]}-${ids[origin]}`));
  const rows = db.prepare('SELECT copy_id AS c, origin_id AS o, words, similarity, copy_start AS s, copy_end AS e FROM copy_passage').all() as {
    c: number;
    o: number;
    words: number;
    similarity: number;
    s: number;
    e: number;
  }[];
  for (const row of rows.filter((r) => !plantedSet.has(`${r.c}-${r.o}`)).slice(0, 8)) {
    const body = db.prepare('SELECT body FROM document WHERE id = ?').pluck().get(row.c) as string;
    console.log(row.c, row.o, row.words, row.similarity, JSON.stringify(body.slice(row.s, row.e)).slice(0, 300));
  }
}
db.close();
rmSync(dir, { recursive: true, force: true });
