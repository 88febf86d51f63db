// Analysing a field keeps a few bytes per word instead of lunr's ~550 (a Token with metadata,
// copied by each pipeline step), so a 50 MB one-line file no longer needs 4 GB. Its terms are the
// ones lunr's own tokenizer and pipeline make, and its positions count every word. Real lunr; a
// child process reads its own peak memory.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseField, type AnalysedField } from '../../db/search/field-analysis.js';
import { indexPipeline, lunr } from '../../db/search/lunr-setup.js';
import { buildCli } from '../cli/helpers.js';

/** term → how often, as lunr's tokenizer and the index pipeline see the text. */
function lunrTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of indexPipeline.run(lunr.tokenizer(text))) counts.set(token.toString(), (counts.get(token.toString()) ?? 0) + 1);
  return counts;
}

function counted(field: AnalysedField): Map<string, number> {
  return new Map(field.terms.map((term, i) => [term, (field.offsets[i + 1] as number) - (field.offsets[i] as number)]));
}

const ENGLISH = "The army's convoys crossed the Minsk–Moscow road at dawn; officials said the border/crossing stayed open. ";
const RUSSIAN = 'Армия не получала приказа, заявил президент; ёлка и ель — одно слово для поиска. ';

describe('field analysis', () => {
  it('gives exactly the terms lunr gives, for mixed English and Russian text', () => {
    for (const text of [ENGLISH.repeat(3), RUSSIAN.repeat(2), `${ENGLISH}${RUSSIAN}`, 'the of and', '']) {
      const field = analyseField(text);
      expect(counted(field)).toEqual(lunrTerms(text));
      expect(field.length).toBe([...lunrTerms(text).values()].reduce((a, b) => a + b, 0));
    }
  });

  it('counts positions over every word, stop words included, across chunks cut between words', () => {
    const field = analyseField('the border of the republic');
    const at = (term: string) => [...field.positions.subarray(field.offsets[field.terms.indexOf(term)], field.offsets[field.terms.indexOf(term) + 1])];
    expect(at('border')).toEqual([1]);
    expect(at('republ')).toEqual([4]);
    // 1.2 million characters with no line break: the chunks must end between words.
    const long = Array.from({ length: 12_000 }, (_, i) => `${ENGLISH.slice(0, 60)} word${i}-${i % 7} `).join('');
    const analysed = analyseField(long);
    expect(counted(analysed)).toEqual(lunrTerms(long));
    const last = analysed.terms.indexOf('word11999');
    expect(analysed.positions[analysed.offsets[last] as number]).toBe(lunr.tokenizer(long).findIndex((t) => t.toString() === 'word11999'));
  });
});

describe('peak memory of analysing a long one-line document, read in a child process', () => {
  it('is a small multiple of the text, not hundreds of bytes a word', () => {
    const module = pathToFileURL(join(dirname(dirname(buildCli())), 'db', 'search', 'field-analysis.js')).href;
    const script = `
      const { analyseField } = await import(${JSON.stringify(module)});
      const words = Array.from({ length: 20000 }, (_, i) => 'w' + (i * 7919).toString(36));
      const parts = []; for (let i = 0; i < 900000; i++) parts.push(words[(i * 31) % words.length]);
      const body = parts.join(' ');
      const before = process.resourceUsage().maxRSS;
      analyseField(body);
      console.log(JSON.stringify({ mb: body.length / 1e6, grewMb: (process.resourceUsage().maxRSS - before) / 1024 }));`;
    const { mb, grewMb } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { mb: number; grewMb: number };
    expect(mb).toBeGreaterThan(5);
    // With lunr's own tokenizer and builder the same text grew the process by 510 MB (about 550 bytes for each of the 900,000 words).
    expect(grewMb).toBeLessThan(150);
  }, 180_000);
});
