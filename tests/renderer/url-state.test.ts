// The view kept in the address: every view survives a round trip through its hash, and an address
// with parts that cannot be used keeps the rest and names what it left out.
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseViewHash, problemsNotice, sameSearch, viewHash, type ViewState } from '../../renderer/state/url-state.js';

function roundTrip(view: ViewState): ViewState {
  const parsed = parseViewHash(viewHash(view));
  expect(parsed.problems).toEqual([]);
  return parsed.view;
}

describe('viewHash and parseViewHash', () => {
  it('writes nothing for the empty view, and reads an empty or bare hash as it', () => {
    expect(viewHash(EMPTY_VIEW)).toBe('');
    for (const hash of ['', '#', '#/']) expect(parseViewHash(hash)).toEqual({ view: EMPTY_VIEW, problems: [] });
  });

  it('round-trips a query, every filter, a document and its scroll offset', () => {
    const view: ViewState = {
      query: 'title:fire +border -"vapour recovery unit" армии & 50%#x',
      filters: {
        source: 'Marensk Courier & Co.',
        language: 'ru',
        from: '2026-03-01',
        to: '2026-03-31',
        tag: 'gate control',
        docTag: 'key #1',
        hasHighlights: true,
        hasNotes: false,
      },
      doc: 12,
      scroll: 1480,
    };
    expect(roundTrip(view)).toEqual(view);
    expect(viewHash(view)).toMatch(/^#q=/);
  });

  it('writes the same view as the same hash whatever the order its filters were set in', () => {
    const a = viewHash({ ...EMPTY_VIEW, filters: { tag: 't', language: 'en' } });
    const b = viewHash({ ...EMPTY_VIEW, filters: { language: 'en', tag: 't' } });
    expect(a).toBe(b);
    expect(sameSearch({ query: ' fire ', filters: { tag: 't', language: 'en' } }, { query: 'fire', filters: { language: 'en', tag: 't' } })).toBe(true);
    expect(sameSearch({ query: 'fire', filters: {} }, { query: 'fire', filters: { hasNotes: false } })).toBe(false);
  });

  it('keeps no scroll offset without a document, and rounds one that is fractional', () => {
    expect(viewHash({ ...EMPTY_VIEW, scroll: 300 })).toBe('');
    expect(parseViewHash('#scroll=300').view.scroll).toBe(0);
    expect(roundTrip({ ...EMPTY_VIEW, doc: 3, scroll: 299.6 })).toEqual({ ...EMPTY_VIEW, doc: 3, scroll: 300 });
  });

  it('ignores parameters it does not know, such as a token, without a complaint', () => {
    expect(parseViewHash('#q=fire&token=abc&utm=x')).toEqual({ view: { ...EMPTY_VIEW, query: 'fire' }, problems: [] });
  });

  it('reads the flags written by hand as yes/no or true/false too', () => {
    expect(parseViewHash('#hasHighlights=yes&hasNotes=false').view.filters).toEqual({ hasHighlights: true, hasNotes: false });
  });
});

describe('an address with parts that cannot be used', () => {
  it('leaves out a date that is no date, a bad language code, a bad flag, and keeps the rest', () => {
    const { view, problems } = parseViewHash('#q=fire&from=2026-13-45&to=yesterday&language=Русский!&hasNotes=maybe&tag=timeline&doc=3');
    expect(view).toEqual({ query: 'fire', filters: { tag: 'timeline' }, doc: 3, scroll: 0 });
    expect(problems).toEqual(['the language filter “Русский!”', 'the “from” date “2026-13-45”', 'the “to” date “yesterday”', 'the “has notes” filter “maybe”']);
  });

  it('leaves out a document number that is not one, and its scroll offset with it', () => {
    for (const doc of ['0', '-4', 'abc', '3.5', '1e3', '99999999999999999999']) {
      const { view, problems } = parseViewHash(`#q=x&doc=${doc}&scroll=40`);
      expect(view, doc).toEqual({ ...EMPTY_VIEW, query: 'x' });
      expect(problems, doc).toEqual([`the document number “${doc}”`]);
    }
  });

  it('leaves out a scroll offset that is not a whole number of pixels, keeping the document', () => {
    expect(parseViewHash('#doc=4&scroll=-20')).toEqual({ view: { ...EMPTY_VIEW, doc: 4 }, problems: ['the scroll position “-20”'] });
    expect(parseViewHash('#doc=4&scroll=1e99').view.doc).toBe(4);
  });

  it('survives broken percent-encoding and a blank source', () => {
    expect(parseViewHash('#q=%E0%A4%A&source=%20%20').view).toEqual({ ...EMPTY_VIEW, query: '\uFFFD%A' });
    expect(parseViewHash('#source=%20%20').problems).toEqual(['the source filter “  ”']);
  });

  it('refuses a query longer than the core takes, and shortens long values in the notice', () => {
    const long = 'x'.repeat(5000);
    expect(parseViewHash(`#q=${long}`)).toEqual({ view: EMPTY_VIEW, problems: ['a query longer than 4000 characters'] });
    const [problem] = parseViewHash(`#from=${long}`).problems;
    expect(problem).toBe(`the “from” date “${'x'.repeat(39)}…”`);
  });

  it('names what it left out in one sentence', () => {
    expect(problemsNotice([])).toBeNull();
    expect(problemsNotice(['the tag filter “”'])).toBe('Part of this link could not be used and was left out: the tag filter “”.');
    expect(problemsNotice(['a', 'b', 'c'])).toBe('Part of this link could not be used and was left out: a, b and c.');
  });
});
