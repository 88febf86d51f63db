// Reads the corpus folder the way an importer would (recursive walk, UTF-8 decode, title = first
// line), so the reference engines pay the same file-reading cost as Assay's import.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface CorpusDoc {
  id: number;
  title: string;
  body: string;
  source: string;
}

function listTextFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listTextFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.txt')) files.push(path);
  }
  return files.sort();
}

export function* readCorpus(dir: string): Generator<CorpusDoc> {
  let id = 0;
  for (const path of listTextFiles(dir)) {
    const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    const newline = text.indexOf('\n');
    const title = (newline < 0 ? text : text.slice(0, newline)).trim() || basename(path, '.txt');
    const body = newline < 0 ? '' : text.slice(newline + 1).trim();
    id += 1;
    yield { id, title, body, source: basename(dirname(relative(dir, path))) || 'corpus' };
  }
}
