// Deterministic benchmark corpus: seeded picks of nlp-corpus sentences written as .txt files
// (title line, blank line, paragraphs) in one folder per source. Size n is a prefix of size 5n.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { all as allSentences } from 'nlp-corpus';

export const CORPUS_SEED = 0x5eed_a55a;
export const SOURCES = ['wire', 'un-reports', 'reviews', 'parliament', 'blogs', 'briefings'] as const;

export interface CorpusInfo {
  dir: string;
  documents: number;
  bytes: number;
  sources: number;
  /** SHA-256 over every file's path and text, to show two runs used the same corpus. */
  sha256: string;
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function makeTitle(sentence: string): string {
  const words = sentence
    .replace(/[.!?;:]+$/, '')
    .split(/\s+/)
    .slice(0, 12);
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export interface GeneratedDoc {
  source: string;
  name: string;
  text: string;
}

/** Yields the documents of the corpus in order; the i-th document never depends on `count`. */
export function* generateDocs(count: number, seed = CORPUS_SEED): Generator<GeneratedDoc> {
  const sentences = allSentences().filter((s) => s.length >= 20 && s.length <= 600);
  const random = mulberry32(seed);
  for (let i = 0; i < count; i += 1) {
    const source = pick(SOURCES, random);
    const target = 1500 + Math.floor(random() * 2500);
    const title = makeTitle(pick(sentences, random));
    const paragraphs: string[] = [];
    let size = title.length + 2;
    while (size < target) {
      const n = 2 + Math.floor(random() * 5);
      const paragraph: string[] = [];
      for (let k = 0; k < n && size < target; k += 1) {
        const sentence = pick(sentences, random);
        paragraph.push(sentence);
        size += sentence.length + 1;
      }
      paragraphs.push(paragraph.join(' '));
      size += 2;
    }
    const name = `doc-${String(i + 1).padStart(5, '0')}.txt`;
    yield { source, name, text: `${title}\n\n${paragraphs.join('\n\n')}\n` };
  }
}

/** (Re)writes the corpus of `count` documents under `dir`, replacing whatever was there. */
export function writeCorpus(dir: string, count: number, seed = CORPUS_SEED): CorpusInfo {
  rmSync(dir, { recursive: true, force: true });
  for (const source of SOURCES) mkdirSync(join(dir, source), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  let documents = 0;
  for (const doc of generateDocs(count, seed)) {
    const relative = `${doc.source}/${doc.name}`;
    const data = Buffer.from(doc.text, 'utf8');
    writeFileSync(join(dir, relative), data);
    hash.update(relative).update('\0').update(data);
    bytes += data.length;
    documents += 1;
  }
  return { dir, documents, bytes, sources: SOURCES.length, sha256: hash.digest('hex') };
}
