// Memory is bounded: a file with more distinct words than the index can take is refused at import
// with a reason, and the workspace still opens, searches and saves notes afterwards. A document
// stored before that refusal existed is indexed up to the budget, so it can no longer crash every
// later search. Real files, a real workspace, real lunr; a child process reads its own peak memory.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/documents.js';
import { readAndParse } from '../../db/import/read-and-parse.js';
import { setWordBudget } from '../../db/search/indexable-documents.js';
import { distinctWords, MAX_DISTINCT_WORDS, tooManyWordsReason, withinWordBudget } from '../../db/search/word-budget.js';
import { openWorkbench } from '../../db/workbench.js';
import { buildCli } from '../cli/helpers.js';
import { doc, freshWorkbench, tempDir } from '../support/workspace.js';

/** The n-th of a sequence of distinct made-up words ("baaa", "caaa"…), letters only. */
function word(n: number): string {
  let s = '';
  let i = n + 26 ** 3;
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

function uniqueWords(count: number, perLine = 12): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i += perLine) lines.push(Array.from({ length: Math.min(perLine, count - i) }, (_, k) => word(i + k)).join(' '));
  return `Word list\n\n${lines.join('\n')}\n`;
}

describe('the word budget', () => {
  it('counts distinct words as the index splits them, stopping just past the limit', () => {
    expect(distinctWords('Port port PORT harbour–port sea/port', 10)).toBe(3);
    expect(distinctWords(uniqueWords(5000), 100)).toBe(101);
  });

  it('keeps the longest start of a text within the budget, and the whole of a text within it', () => {
    const text = 'alpha beta alpha gamma beta delta epsilon';
    expect(withinWordBudget(text, 3)).toBe('alpha beta alpha gamma beta ');
    expect(withinWordBudget(text, 5)).toBe(text);
    expect(withinWordBudget(`${text} ${'alpha '.repeat(10)}`, 5)).toBe(`${text} ${'alpha '.repeat(10)}`);
  });
});

describe('a file with too many distinct words', () => {
  it('is refused at import with the limit and why, in seconds', async () => {
    const path = join(tempDir(), 'words.txt');
    writeFileSync(path, uniqueWords(MAX_DISTINCT_WORDS + 1000));
    const began = performance.now();
    expect(await readAndParse(path)).toEqual({ ok: false, reason: tooManyWordsReason() });
    expect(performance.now() - began).toBeLessThan(10_000);
    expect(tooManyWordsReason()).toMatch(/^too many distinct words to index: more than 200,000 \(each costs the index about 3 KB/);
  });

  it('leaves the workspace working: the good neighbour imports, search and notes work, it reopens', async () => {
    const wb = freshWorkbench();
    const dir = tempDir();
    writeFileSync(join(dir, 'a-words.txt'), uniqueWords(MAX_DISTINCT_WORDS + 1000));
    writeFileSync(join(dir, 'b-report.txt'), 'Border report\n\nThe crossing at Kresny Most closed at midnight.\n');
    const report = await wb.importPaths({ paths: [dir] });
    expect(report.failed).toEqual([{ origin: join(dir, 'a-words.txt'), reason: tooManyWordsReason() }]);
    expect(report.added.map((a) => a.title)).toEqual(['Border report']);
    const [hit] = (await wb.search({ query: 'kresny' })).hits;
    expect(hit?.title).toBe('Border report');
    await wb.createAnnotation({ documentId: hit!.id, exact: 'Kresny Most', note: 'checkpoint' });
    const path = wb.path;
    wb.close();
    const again = openWorkbench(path);
    try {
      expect((await again.search({ query: 'checkpoint' })).total).toBe(1);
    } finally {
      again.close();
    }
  });

  it('keeps one refused message of a mailbox out and imports the rest', async () => {
    const path = join(tempDir(), 'box.mbox');
    const message = (from: string, subject: string, body: string): string => `From ${from} Mon Jan  1 00:00:00 2024\nFrom: ${from}\nSubject: ${subject}\n\n${body}\n`;
    writeFileSync(
      path,
      [
        message('a@example.org', 'First', 'First body.'),
        message('b@example.org', 'Dump', uniqueWords(MAX_DISTINCT_WORDS + 10)),
        message('c@example.org', 'Third', 'Third body.'),
      ].join('\n'),
    );
    const outcome = await readAndParse(path);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents.map((d) => d.title)).toEqual(['First', 'Third']);
    expect(outcome.failures).toEqual([{ origin: `${path}#2`, reason: tooManyWordsReason() }]);
  });
});

describe('a document over the budget already stored (a workspace from before the limit)', () => {
  it('is indexed up to the budget, and searches, notes and reopening keep working', async () => {
    const wb = freshWorkbench();
    setWordBudget(wb.db, 1000);
    // Stored as an older Assay would have stored it: in the table, pending in the index.
    const body = uniqueWords(3000).replace('Word list', 'Word list opening');
    const id = wb.db.transaction(() => insertDocument(wb.db, doc({ title: 'Old dump', body })))();
    expect((await wb.search({ query: word(10) })).hits.map((h) => h.id)).toEqual([id]);
    // Words past the budget are not indexed; the search says so by finding nothing, not by crashing.
    expect((await wb.search({ query: word(2500) })).total).toBe(0);
    await wb.createAnnotation({ documentId: id, exact: 'opening', note: 'kept' });
    expect((await wb.search({ query: 'kept' })).total).toBe(1);
  });
});

describe('peak memory of refusing a large dump, read in a child process', () => {
  it('stays far below the 4.4 GB the import used to crash at, and the workspace searches afterwards', () => {
    const dir = tempDir();
    const path = join(dir, 'dump.txt');
    // 6 MB of unique words (750,000): enough to show the bound without a long test.
    writeFileSync(path, uniqueWords(750_000));
    const workbench = join(dirname(dirname(buildCli())), 'db', 'workbench.js');
    const script = `
      const { openWorkbench } = await import(${JSON.stringify(pathToFileURL(workbench).href)});
      const wb = openWorkbench(${JSON.stringify(join(dir, 'workspace.db'))});
      const report = await wb.importPaths({ paths: [${JSON.stringify(path)}] });
      const found = (await wb.search({ query: 'anything' })).total;
      wb.close();
      console.log(JSON.stringify({ failed: report.failed.length, found, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { failed, found, maxRssMb } = JSON.parse(out) as { failed: number; found: number; maxRssMb: number };
    expect({ failed, found }).toEqual({ failed: 1, found: 0 });
    expect(maxRssMb).toBeLessThan(600);
  });
});
