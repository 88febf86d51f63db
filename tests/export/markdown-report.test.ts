// The Markdown brief's structure: header with the date and the zone it is written in, group
// headings, each passage printed once (naming its tags), each document cited once per section with
// its details, notes, assessments in words, "Untagged", and escaping of titles that would break it.
import { describe, expect, it } from 'vitest';
import { renderMarkdownReport } from '../../db/export/markdown-report.js';
import { english, items, makeAnnotation, makeDocument } from './fixtures.js';

const generatedAt = '2026-03-05T08:15:00.000Z';

function sectionOf(report: string, heading: string): string {
  const start = report.indexOf(`\n## ${heading}\n`);
  expect(start, `no heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start, next === -1 ? undefined : next);
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('renderMarkdownReport', () => {
  it('opens with a heading, the date as people write it, the count, the zone and the filter', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt, filterDescription: 'tag: grain' });
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^# /);
    expect(report).toContain('Generated 5 March 2026, 08:15 UTC · 4 highlights from 2 documents');
    expect(report).toContain('Times are in UTC (no time zone was given for this export).');
    expect(report).toContain('Filter: tag: grain');
    expect(report.endsWith('\n')).toBe(true);
  });

  it('writes times in the zone the export asks for, and says which', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt, timeZone: 'Europe/Kyiv' });
    expect(report).toContain('Generated 5 March 2026, 10:15 EET');
    expect(report).toContain('Times are in Europe/Kyiv (EET).');
    const unknown = renderMarkdownReport(items, { groupBy: 'tag', generatedAt, timeZone: 'Mars/Olympus' });
    expect(unknown).toContain('Generated 5 March 2026, 08:15 UTC');
    expect(unknown).toContain('Times are in UTC');
  });

  it('groups by tag, printing a passage with two tags once and naming it under the other tag', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    const headings = report.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## economy', '## grain', '## экономика', '## Untagged', '## Sources']);
    // Tagged economy and grain: in full under economy, named under grain.
    expect(count(report, '> "exports rose by 4%, mostly grain".')).toBe(1);
    expect(sectionOf(report, 'economy')).toContain('> "exports rose by 4%, mostly grain".');
    expect(sectionOf(report, 'grain')).toContain('- “"exports rose by 4%, mostly grain". Officials expect” — in full under *economy*');
    // Tagged экономика and grain: in full under grain (first in order), named under экономика.
    expect(count(report, '> экспорт вырос на 4 %')).toBe(1);
    expect(sectionOf(report, 'grain')).toContain('> экспорт вырос на 4 %');
    expect(sectionOf(report, 'экономика')).toContain('- “экспорт вырос на 4 %” — in full under *grain*');
    expect(sectionOf(report, 'Untagged')).toContain('> No further details.');
    expect(sectionOf(report, 'Untagged')).toContain('> Эксперты ожидают спада 🌾');
    expect(sectionOf(report, 'grain')).toContain('*2 highlights*');
    // Each note is printed once, with its passage.
    expect(count(report, 'Compare with **customs data**.')).toBe(1);
    expect(count(report, 'Цифра совпадает')).toBe(1);
  });

  it('lists every tag of a printed passage', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    expect(sectionOf(report, 'economy')).toContain('Tags: economy, grain');
    expect(sectionOf(report, 'grain')).toContain('Tags: grain, экономика');
  });

  it('cites each document once per section, with its source, author, date and address', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    const untagged = sectionOf(report, 'Untagged');
    expect(count(untagged, '### Grain')).toBe(1);
    expect(untagged).toContain('### Grain \\*exports\\* \\[draft\\] \\#1\n\nReuters, Moscow · J. Doe · 14 February 2026 · <https://example.org/news/grain?id=1&lang=en>');
    expect(untagged).toContain('### Экспорт зерна\n\nТАСС · 15 February 2026');
    // No citation is repeated under a quote.
    expect(report).not.toMatch(/^— \*/m);
    // Two passages of one document in one section: one heading.
    const doc = makeDocument(9, 'One. Two. Three.', { title: 'Wire', source: 'Meridian Press', date: '2026-03-12T19:30:00Z' });
    const body = 'One. Two. Three.';
    const two = [
      { document: doc, pages: null, documentNote: '', annotation: makeAnnotation(doc, body, 'One.', { tags: ['timeline'] }) },
      { document: doc, pages: null, documentNote: '', annotation: makeAnnotation(doc, body, 'Three.', { tags: ['timeline'] }) },
    ];
    const brief = renderMarkdownReport(two, { groupBy: 'tag', generatedAt, timeZone: 'Europe/Kyiv' });
    const timeline = sectionOf(brief, 'timeline');
    expect(count(timeline, '### Wire')).toBe(1);
    expect(timeline).toContain('Meridian Press · 12 March 2026, 21:30 EET');
    expect(timeline.indexOf('> One.')).toBeLessThan(timeline.indexOf('> Three.'));
  });

  it('keeps ">" on every line of a multi-line quote and the note as written', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    expect(report).toContain('> "exports rose by 4%, mostly grain".\n> Officials expect');
    expect(report).toContain('Compare with **customs data**.\n\n- check Q1\n- check Q2');
  });

  it('shows assessments in words', () => {
    const report = renderMarkdownReport(items, { groupBy: 'document', generatedAt });
    expect(report).toContain('*Source reliability: B — Usually reliable · Credibility: 2 — Probably true · Probability: likely (55–80%) · Confidence: moderate*');
    expect(report).toContain('*Probability: almost no chance (01–05%) · Confidence: low*');
    expect(report).toContain('*Source reliability: C — Fairly reliable*');
  });

  it('adds the pages of a passage in a paged document beside it, once', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    expect(report).toMatch(/> No further details\.\n\npp\. 3–4\n/);
    expect(report.match(/pp\. 3–4/g)).toHaveLength(1);
  });

  it('groups by document in title order, quotes in text order, with the details under the heading only', () => {
    const report = renderMarkdownReport(items, { groupBy: 'document', generatedAt });
    const headings = report.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Grain \\*exports\\* \\[draft\\] \\#1', '## Экспорт зерна', '## Sources']);
    const grain = sectionOf(report, 'Grain \\*exports\\* \\[draft\\] \\#1');
    expect(grain).toContain('Reuters, Moscow · J. Doe · 14 February 2026 · <https://example.org/news/grain?id=1&lang=en>  \n*2 highlights*');
    expect(count(grain, '14 February 2026')).toBe(1);
    expect(grain).not.toContain('###');
    expect(grain.indexOf('> "exports rose')).toBeLessThan(grain.indexOf('> No further details.'));
    expect(grain).toContain('Tags: economy, grain');
    expect(report).not.toContain('Untagged');
  });

  it('writes a document date-time in the export zone, and a time without a zone as written', () => {
    const doc = (date: string) => [{ ...items[1]!, document: { ...english, date } }];
    expect(renderMarkdownReport(doc('2026-03-12T19:30:00Z'), { groupBy: 'document', generatedAt, timeZone: 'Europe/Kyiv' })).toContain('12 March 2026, 21:30 EET');
    expect(renderMarkdownReport(doc('2026-03-12T19:30:00Z'), { groupBy: 'document', generatedAt })).toContain('12 March 2026, 19:30 UTC');
    expect(renderMarkdownReport(doc('2026-03-12T21:30'), { groupBy: 'document', generatedAt })).toContain('12 March 2026, 21:30 (time zone not stated)');
    expect(renderMarkdownReport(doc('2026-03'), { groupBy: 'document', generatedAt })).toContain(' · March 2026');
  });

  it('ends with the sources: each cited document once, by title, with the analyst tags and note on it', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    const sources = sectionOf(report, 'Sources');
    expect(sources.match(/^- /gm)).toHaveLength(2);
    expect(sources.indexOf('- *Grain')).toBeLessThan(sources.indexOf('- *Экспорт зерна*'));
    expect(sources).toContain(
      '- *Экспорт зерна* — ТАСС · 15 February 2026  \n  Document tags: state-media, ru\n\n  State agency: **check against customs**.\n\n  Second paragraph.',
    );
    expect(report.endsWith('Second paragraph.\n')).toBe(true);
  });

  it('escapes quote lines that would open a list or heading', () => {
    const [first] = items;
    if (first === undefined) throw new Error('fixture');
    const item = { ...first, annotation: { ...first.annotation, exact: '# not a heading\n- not a list\n    not code\n1. nor this' } };
    const report = renderMarkdownReport([item], { groupBy: 'tag', generatedAt });
    expect(report).toContain('> \\# not a heading\n> \\- not a list\n> not code\n> 1\\. nor this');
  });

  it('names a passage that has its own quote marks without doubling them', () => {
    const body = 'He said “the crossing closed at 23:30” and left.';
    const doc = makeDocument(11, body);
    const annotation = makeAnnotation(doc, body, '“the crossing closed at 23:30”', { tags: ['b', 'a'] });
    const report = renderMarkdownReport([{ document: doc, pages: null, documentNote: '', annotation }], { groupBy: 'tag', generatedAt });
    expect(sectionOf(report, 'b')).toContain('- “the crossing closed at 23:30” — in full under *a*');
    expect(report).not.toContain('““');
  });

  it('says so when nothing matches', () => {
    const report = renderMarkdownReport([], { groupBy: 'tag', generatedAt });
    expect(report).toContain('0 highlights from 0 documents');
    expect(report).toContain('No highlights match.');
  });
});
