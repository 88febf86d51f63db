// Hostile and oversized queries: field names that are Object.prototype members, queries past the
// contract's length limit, one enormous word (parsing stays linear), and queries with too many
// wildcard, fuzzy or phrase terms. Over a real SQLite file and real lunr.
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../api/result.js';
import { MAX_QUERY_LENGTH } from '../../api/schemas/search.js';
import { MAX_EXPANDING_TERMS, MAX_FUZZY_LENGTH, parseQuery } from '../../db/search/query-parse.js';
import { MAX_PHRASES } from '../../db/search/query-phrases.js';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

function refusal(run: () => unknown): WorkbenchError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbenchError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function searchRefusal(promise: Promise<unknown>): Promise<WorkbenchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof WorkbenchError) return error;
  throw new Error(`expected a WorkbenchError, got ${String(error)}`);
}

const FIELDS = 'search in title, source, author, body, notes, tags or doctags, e.g. title:minsk';

describe('field names in a query', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('refuses %s: as an unknown field', (name) => {
    for (const query of [`${name}:fire`, `+${name}:fire`, `${name}:"fire port"`]) {
      const error = refusal(() => parseQuery(query));
      expect(error.code).toBe('bad-query');
      expect(error.message).toBe(`Unknown field "${name}" — ${FIELDS}`);
    }
  });

  it('still resolves real fields and aliases in any case', () => {
    expect(parseQuery('Title:minsk note:convoy').clauses.map((c) => c.fields)).toEqual([['title'], ['notes']]);
    const [phrase] = parseQuery('-TAG:"border crossing"').phrases;
    expect(phrase).toMatchObject({ fields: ['tags'], prohibited: true, words: ['border', 'crossing'] });
  });

  it('reads the field and sign right before each phrase, as before', () => {
    expect(parseQuery('foo-title:"a b"').phrases[0]).toMatchObject({ fields: ['title'], prohibited: true });
    expect(parseQuery('"a b"body:"c d"').phrases.map((p) => p.fields)).toEqual([null, ['body']]);
    expect(parseQuery('x -"a b"').phrases[0]).toMatchObject({ fields: null, prohibited: true });
    expect(refusal(() => parseQuery('𝒜𝒷:"a b"')).message).toBe(`Unknown field "𝒜𝒷" — ${FIELDS}`);
    expect(refusal(() => parseQuery('"a b" "c')).message).toMatch(/Unclosed quote/);
  });

  it('finds documents holding words that are Object.prototype members', async () => {
    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [doc({ title: 'Odd words', body: 'constructor toString valueOf hasOwnProperty __proto__ isPrototypeOf' })]);
    for (const word of ['constructor', 'tostring', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'construct*', 'constructor~1']) {
      expect(
        (await wb.search({ query: word })).hits.map((hit) => hit.id),
        word,
      ).toEqual([id]);
    }
    expect((await wb.search({ query: 'prototype' })).total).toBe(0);
  });
});

describe('query size', () => {
  it('refuses a query over the limit at the contract, before parsing', async () => {
    const wb = freshWorkbench();
    const error = await searchRefusal(wb.search({ query: 'a'.repeat(120_000) }));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe(`query: expected at most ${MAX_QUERY_LENGTH} characters — shorten the query`);
    expect(MAX_QUERY_LENGTH).toBe(4000);
    expect((await wb.search({ query: 'a'.repeat(MAX_QUERY_LENGTH) })).total).toBe(0);
  });

  it('parses in time linear in the length, even one enormous word', () => {
    // A quadratic step took 6 s on 80,000 letters; 400,000 would take minutes. Linear: milliseconds.
    const started = performance.now();
    expect(parseQuery('a'.repeat(400_000)).clauses).toHaveLength(1);
    expect(parseQuery('-ab'.repeat(100_000)).clauses).toHaveLength(100_000);
    expect(refusal(() => parseQuery(`${'b'.repeat(400_000)}:"x y"`)).message).toBe(`Unknown field "${'b'.repeat(40)}…" — ${FIELDS}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('expensive terms are bounded per query', () => {
  const words = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => make(i)).join(' ');
  const letters = (i: number): string => `w${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? 'q')}`;

  it(`refuses more than ${MAX_EXPANDING_TERMS} wildcard or fuzzy terms, saying how many`, async () => {
    const wb = freshWorkbench();
    addDocuments(wb, [doc({ title: 'Grain exports', body: 'Grain exports resumed through the port; government officials welcomed the deal.' })]);
    // 800 fuzzy terms fit in the length limit; they took 9.5 s before this bound.
    const fuzzy = await searchRefusal(wb.search({ query: 'ab~2 '.repeat(800).trim() }));
    expect(fuzzy.code).toBe('bad-query');
    expect(fuzzy.message).toBe(`A query may hold at most ${MAX_EXPANDING_TERMS} wildcard or fuzzy terms (this one has 800) — keep the ones that matter most`);
    const mixed = await searchRefusal(wb.search({ query: `${words(6, (i) => `${letters(i)}*`)} ${words(5, (i) => `*${letters(i)}~1`)}` }));
    expect(mixed.message).toMatch(/at most 10 wildcard or fuzzy terms \(this one has 11\)/);
    const allowed = await wb.search({ query: `goverment~1 export* ${words(MAX_EXPANDING_TERMS - 2, (i) => `${letters(i)}~2`)} port` });
    expect(allowed.total).toBe(1);
  });

  it(`refuses a fuzzy word longer than ${MAX_FUZZY_LENGTH} letters`, () => {
    const long = 'a'.repeat(MAX_FUZZY_LENGTH + 1);
    expect(refusal(() => parseQuery(`${long}~2`)).message).toBe(
      `"${'a'.repeat(20)}…~2" is too long for fuzzy matching (at most 30 letters) — drop the ~ or shorten the word`,
    );
    expect(parseQuery(`${'a'.repeat(MAX_FUZZY_LENGTH)}~2`).clauses).toHaveLength(1);
    expect(parseQuery(long).clauses).toHaveLength(1);
  });

  it(`refuses more than ${MAX_PHRASES} quoted phrases`, () => {
    expect(refusal(() => parseQuery('"the" '.repeat(660))).message).toBe(
      `A query may hold at most ${MAX_PHRASES} quoted phrases (this one has 660) — keep the ones that matter most`,
    );
    expect(parseQuery('"a b" '.repeat(MAX_PHRASES)).phrases).toHaveLength(MAX_PHRASES);
  });
});
