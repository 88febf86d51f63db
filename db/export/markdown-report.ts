// Renders highlights as a Markdown brief, grouped by tag or by document, ready to paste into a
// report: each passage once, as a blockquote with its note, assessments in words and its tags;
// each document cited once per section with its details; dates as people write them.
import type { DocumentSummary } from '../../api/types.js';
import { assessmentWords } from './assessment-words.js';
import { briefDate, briefMoment, briefTimeZone, zoneSentence } from './brief-dates.js';
import type { ExportItem } from './export-item.js';
import { blockquote, escapeInline, linkText } from './markdown-text.js';
import { inQuotes } from '../../api/quote-marks.js';

export interface MarkdownReportOptions {
  groupBy: 'tag' | 'document';
  generatedAt: string;
  filterDescription?: string;
  /** The brief's ACH section (ach-markdown.ts), placed before the highlights; '' for none. */
  achSection?: string;
  /** The zone to write times in (an IANA name such as Europe/Kyiv); UTC when absent or unknown. */
  timeZone?: string;
}

export const UNTAGGED_HEADING = 'Untagged';

/** A passage in a section: printed in full, or (a passage already printed under an earlier tag) named. */
interface Entry {
  item: ExportItem;
  /** The tag section that prints it in full, when that is another one. */
  printedUnder?: string;
}

interface Group {
  heading: string;
  /** The document the section is about (grouping by document). */
  document?: DocumentSummary;
  entries: Entry[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Reading order: document by title (then id, for equal titles), then position in the text. */
function byDocumentThenPosition(a: ExportItem, b: ExportItem): number {
  return (
    collator.compare(a.document.title, b.document.title) ||
    a.document.id - b.document.id ||
    a.annotation.start - b.annotation.start ||
    a.annotation.end - b.annotation.end
  );
}

/** Source, author, date and address, as one line: "Reuters · J. Doe · 14 February 2026 · <https://…>". */
export function documentDetails(d: DocumentSummary, timeZone: string): string {
  const parts: string[] = [];
  for (const part of [d.source, d.author]) if (part !== null && part.trim() !== '') parts.push(escapeInline(part.trim()));
  if (d.date !== null && d.date.trim() !== '') parts.push(escapeInline(briefDate(d.date.trim(), timeZone)));
  if (d.url !== null && d.url.trim() !== '') parts.push(linkText(d.url.trim()));
  return parts.join(' · ');
}

/** The full citation for the list of sources: "*Title* — details". */
export function citation(d: DocumentSummary, timeZone: string): string {
  const details = documentDetails(d, timeZone);
  return details === '' ? `*${escapeInline(d.title)}*` : `*${escapeInline(d.title)}* — ${details}`;
}

function tagOrder(tags: readonly string[]): string[] {
  return [...tags].sort(collator.compare);
}

function groupsByTag(items: ExportItem[]): Group[] {
  const byTag = new Map<string, ExportItem[]>();
  const untagged: ExportItem[] = [];
  for (const item of items) {
    if (item.annotation.tags.length === 0) untagged.push(item);
    for (const tag of item.annotation.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), item]);
  }
  // A passage with several tags is printed under the first of them and named under the others.
  const groups: Group[] = [...byTag.keys()].sort(collator.compare).map((tag) => ({
    heading: escapeInline(tag),
    entries: (byTag.get(tag) ?? []).map((item) => {
      const first = tagOrder(item.annotation.tags)[0];
      return first === undefined || first === tag ? { item } : { item, printedUnder: first };
    }),
  }));
  if (untagged.length > 0) groups.push({ heading: UNTAGGED_HEADING, entries: untagged.map((item) => ({ item })) });
  return groups;
}

function groupsByDocument(items: ExportItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of [...items].sort(byDocumentThenPosition)) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.document?.id === item.document.id) last.entries.push({ item });
    else groups.push({ heading: escapeInline(item.document.title), document: item.document, entries: [{ item }] });
  }
  return groups;
}

function shortQuote(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function renderEntry({ item, printedUnder }: Entry): string {
  const { annotation: a, pages } = item;
  const where = pages === null ? '' : ` (${pages})`;
  if (printedUnder !== undefined) {
    return `- ${escapeInline(inQuotes(shortQuote(a.exact)))}${where} — in full under *${escapeInline(printedUnder)}*`;
  }
  const blocks = [blockquote(a.exact)];
  // The note is the analyst's own Markdown, so it goes in as written (line ends aside).
  if (a.note.trim() !== '') blocks.push(a.note.trim().replace(/\r\n?/g, '\n'));
  const words = assessmentWords(a);
  if (words !== '') blocks.push(`*${words}*`);
  const meta = [pages, a.tags.length > 0 ? `Tags: ${tagOrder(a.tags).map(escapeInline).join(', ')}` : null].filter((part) => part !== null);
  if (meta.length > 0) blocks.push(meta.join(' · '));
  return blocks.join('\n\n');
}

/** A document's passages in a section: its title and details once, then each passage. */
function renderDocumentBlock(entries: Entry[], timeZone: string, withHeading: boolean): string {
  const first = entries[0];
  if (first === undefined) return '';
  const d = first.item.document;
  const out: string[] = [];
  if (withHeading) {
    const details = documentDetails(d, timeZone);
    out.push(details === '' ? `### ${escapeInline(d.title)}` : `### ${escapeInline(d.title)}\n\n${details}`);
  }
  // Full passages first, in text order; the ones printed under another tag follow as one list.
  const full = entries.filter((e) => e.printedUnder === undefined).map(renderEntry);
  const named = entries.filter((e) => e.printedUnder !== undefined).map(renderEntry);
  out.push(...full);
  if (named.length > 0) out.push(named.join('\n'));
  return out.join('\n\n');
}

function renderGroup(group: Group, timeZone: string): string {
  const count = group.entries.length === 1 ? '1 highlight' : `${group.entries.length} highlights`;
  const details = group.document ? documentDetails(group.document, timeZone) : '';
  const head = [`## ${group.heading}`, details === '' ? `*${count}*` : `${details}  \n*${count}*`];
  const sorted = [...group.entries].sort((a, b) => byDocumentThenPosition(a.item, b.item));
  const byDocument: Entry[][] = [];
  for (const entry of sorted) {
    const last = byDocument[byDocument.length - 1];
    if (last !== undefined && last[0]?.item.document.id === entry.item.document.id) last.push(entry);
    else byDocument.push([entry]);
  }
  return [...head, ...byDocument.map((entries) => renderDocumentBlock(entries, timeZone, group.document === undefined))].join('\n\n');
}

/** The documents cited, by title, each with the analyst's tags and note on it: the report's source list. */
function renderSources(items: ExportItem[], timeZone: string): string[] {
  const documents = new Map<number, ExportItem>();
  for (const item of items) if (!documents.has(item.document.id)) documents.set(item.document.id, item);
  const entries = [...documents.values()]
    .sort((a, b) => collator.compare(a.document.title, b.document.title))
    .map(({ document: d, documentNote }) => {
      const tags = d.tags.length > 0 ? `  \n  Document tags: ${d.tags.map(escapeInline).join(', ')}` : '';
      // The analyst's own Markdown, indented to stay inside the list item.
      const note = documentNote.trim().replace(/\r\n?/g, '\n');
      const indented =
        note === ''
          ? ''
          : `\n\n${note
              .split('\n')
              .map((line) => (line === '' ? '' : `  ${line}`))
              .join('\n')}`;
      return `- ${citation(d, timeZone)}${tags}${indented}`;
    });
  return ['## Sources', entries.join('\n')];
}

/** The whole report; ends with a single newline. */
export function renderMarkdownReport(items: ExportItem[], options: MarkdownReportOptions): string {
  const zone = briefTimeZone(options.timeZone);
  const documents = new Set(items.map((i) => i.document.id)).size;
  const noun = items.length === 1 ? 'highlight' : 'highlights';
  const header = [
    `# Assay report — highlights by ${options.groupBy}`,
    [
      `Generated ${escapeInline(briefMoment(options.generatedAt, zone.zone))} · ${items.length} ${noun} from ${documents} ${documents === 1 ? 'document' : 'documents'}`,
      zoneSentence(zone, options.generatedAt),
      ...(options.filterDescription ? [`Filter: ${escapeInline(options.filterDescription)}`] : []),
    ].join('  \n'),
  ];
  const groups = options.groupBy === 'document' ? groupsByDocument(items) : groupsByTag(items);
  const body = groups.length === 0 ? ['*No highlights match.*'] : [...groups.map((g) => renderGroup(g, zone.zone)), ...renderSources(items, zone.zone)];
  const ach = options.achSection ? [options.achSection] : [];
  return `${[...header, ...ach, ...body].join('\n\n')}\n`;
}
