// Building a segment keeps 8 bytes per word instead of lunr's ~550 (a Token with metadata, copied
// by each pipeline step), so a 50 MB one-line file no longer needs 4 GB. The index it builds is
// the one lunr's own tokenizer and pipeline build, byte for byte. Real lunr; a child process reads
// its own peak memory.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serialiseIndex } from '../../db/search/compact-index.js';
import { buildIndex, FIELD_BOOSTS, INDEX_FIELDS, indexPipeline, lunr, type IndexableDocument } from '../../db/search/lunr-setup.js';
import { buildCli } from '../cli/helpers.js';

/** The index as lunr builds it with its own tokenizer: the reference the compact terms must match. */
function lunrReference(documents: IndexableDocument[]): lunr.Index {
  return lunr(function () {
    this.pipeline = lunr.Pipeline.load(indexPipeline.toJSON());
    this.searchPipeline = lunr.Pipeline.load(['assay-normaliser', 'assay-stemmer']);
    this.ref('id');
    for (const field of INDEX_FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] });
    for (const document of documents) this.add({ ...document, id: String(document.id) });
  });
}

function document(id: number, body: string, title = `Report ${id}`): IndexableDocument {
  return { id, title, source: 'Wire', author: 'Jane Doe', body, notes: id % 2 ? 'checkpoint note' : '', tags: 'border', doctags: '' };
}

const ENGLISH = "The army's convoys crossed the Minsk–Moscow road at dawn; officials said the border/crossing stayed open. ";
const RUSSIAN = 'Армия не получала приказа, заявил президент; ёлка и ель — одно слово для поиска. ';

describe('the segment builder', () => {
  it('builds exactly the index lunr builds, for mixed English and Russian documents', () => {
    const documents = [
      document(1, ENGLISH.repeat(3)),
      document(2, RUSSIAN.repeat(2)),
      document(3, `${ENGLISH}${RUSSIAN}`, 'Пограничный переход'),
      document(4, 'the of and'),
    ];
    expect(serialiseIndex(buildIndex(documents))).toBe(serialiseIndex(lunrReference(documents)));
  });

  it('builds the same index for a body far longer than one chunk, words cut nowhere', () => {
    // 1.2 million characters with no line break: the chunks must end between words.
    const long = Array.from({ length: 12_000 }, (_, i) => `${ENGLISH.slice(0, 60)} word${i}-${i % 7} `).join('');
    const documents = [document(1, long), document(2, RUSSIAN.repeat(5000))];
    expect(serialiseIndex(buildIndex(documents))).toBe(serialiseIndex(lunrReference(documents)));
  });
});

describe('peak memory of indexing a long one-line document, read in a child process', () => {
  it('is a small multiple of the text, not hundreds of bytes a word', () => {
    const lunrSetup = pathToFileURL(join(dirname(dirname(buildCli())), 'db', 'search', 'lunr-setup.js')).href;
    const script = `
      const { buildIndex } = await import(${JSON.stringify(lunrSetup)});
      const words = Array.from({ length: 20000 }, (_, i) => 'w' + (i * 7919).toString(36));
      const parts = []; for (let i = 0; i < 900000; i++) parts.push(words[(i * 31) % words.length]);
      const body = parts.join(' ');
      const before = process.resourceUsage().maxRSS;
      buildIndex([{ id: 1, title: 'One line', source: '', author: '', body, notes: '', tags: '', doctags: '' }]);
      console.log(JSON.stringify({ mb: body.length / 1e6, grewMb: (process.resourceUsage().maxRSS - before) / 1024 }));`;
    const { mb, grewMb } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { mb: number; grewMb: number };
    expect(mb).toBeGreaterThan(5);
    // With lunr's own tokenizer the same build grew by 510 MB (about 550 bytes for each of the 900,000 words); now by about 80.
    expect(grewMb).toBeLessThan(150);
  });
});
