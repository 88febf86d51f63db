// The Markdown report's structure: header, group headings, blockquotes, notes, assessments in
// words, citations, "Untagged", and escaping of titles that would otherwise break it.
import { describe, expect, it } from 'vitest';
import { renderMarkdownReport } from '../../db/export/markdown-report.js';
import { items } from './fixtures.js';

const generatedAt = '2026-03-05T08:15:00.000Z';

function sectionOf(report: string, heading: string): string {
  const start = report.indexOf(`\n## ${heading}\n`);
  expect(start, `no heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start, next === -1 ? undefined : next);
}

describe('renderMarkdownReport', () => {
  it('opens with a heading, the generation date, the count and the filter', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt, filterDescription: 'tag: grain' });
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^# /);
    expect(report).toContain('Generated 2026-03-05 08:15 UTC');
    expect(report).toContain('4 highlights from 2 documents');
    expect(report).toContain('Filter: tag: grain');
    expect(report.endsWith('\n')).toBe(true);
  });

  it('groups by tag, listing an annotation under each of its tags, and untagged ones last', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    const headings = report.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## economy', '## grain', '## экономика', '## Untagged', '## Sources']);
    expect(sectionOf(report, 'grain')).toContain('> экспорт вырос на 4 %');
    expect(sectionOf(report, 'grain')).toContain('> "exports rose by 4%, mostly grain".');
    expect(sectionOf(report, 'экономика')).toContain('> экспорт вырос на 4 %');
    expect(sectionOf(report, 'Untagged')).toContain('> No further details.');
    expect(sectionOf(report, 'Untagged')).toContain('> Эксперты ожидают спада 🌾');
    expect(sectionOf(report, 'grain')).toContain('*2 highlights*');
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

  it('cites title, source, author, date and URL, escaping Markdown in the title', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    expect(report).toContain('— *Grain \\*exports\\* \\[draft\\] \\#1*, Reuters, Moscow, J. Doe, 2026-02-14, <https://example.org/news/grain?id=1&lang=en>');
    expect(report).toContain('— *Экспорт зерна*, ТАСС, 2026-02-15');
  });

  it('adds the pages of a passage in a paged document to its citation', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    expect(report).toMatch(/> No further details\.[\s\S]*?— \*Grain[^\n]*, pp\. 3–4\n/);
    expect(report.match(/pp\. 3–4/g)).toHaveLength(1);
  });

  it('groups by document in title order, quotes in text order, with the citation under the heading', () => {
    const report = renderMarkdownReport(items, { groupBy: 'document', generatedAt });
    const headings = report.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Grain \\*exports\\* \\[draft\\] \\#1', '## Экспорт зерна', '## Sources']);
    const grain = sectionOf(report, 'Grain \\*exports\\* \\[draft\\] \\#1');
    expect(grain.indexOf('> "exports rose')).toBeLessThan(grain.indexOf('> No further details.'));
    expect(grain).toContain('Tags: economy, grain');
    expect(report).not.toContain('Untagged');
  });

  it('ends with the sources: each cited document once, by title, with the analyst tags and note on it', () => {
    const report = renderMarkdownReport(items, { groupBy: 'tag', generatedAt });
    const sources = sectionOf(report, 'Sources');
    expect(sources.match(/^- /gm)).toHaveLength(2);
    expect(sources.indexOf('- *Grain')).toBeLessThan(sources.indexOf('- *Экспорт зерна*'));
    expect(sources).toContain(
      '- *Экспорт зерна*, ТАСС, 2026-02-15  \n  Document tags: state-media, ru\n\n  State agency: **check against customs**.\n\n  Second paragraph.',
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

  it('says so when nothing matches', () => {
    const report = renderMarkdownReport([], { groupBy: 'tag', generatedAt });
    expect(report).toContain('0 highlights from 0 documents');
    expect(report).toContain('No highlights match.');
  });
});
