// Renders highlights as a Markdown report, grouped by tag or by document, ready to paste into a
// brief: each quote as a blockquote with its note, assessments in words and a citation.
import type { DocumentSummary } from '../../api/types.js';
import { assessmentWords } from './assessment-words.js';
import type { ExportItem } from './export-item.js';
import { blockquote, escapeInline, linkText } from './markdown-text.js';

export interface MarkdownReportOptions {
  groupBy: 'tag' | 'document';
  generatedAt: string;
  filterDescription?: string;
  /** The brief's ACH section (ach-markdown.ts), placed before the highlights; '' for none. */
  achSection?: string;
}

export const UNTAGGED_HEADING = 'Untagged';

interface Group {
  heading: string;
  /** Shown under the heading, e.g. the citation of the document the group is about. */
  lead?: string;
  items: ExportItem[];
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

export function citation(d: DocumentSummary): string {
  const parts = [`*${escapeInline(d.title)}*`];
  for (const part of [d.source, d.author, d.date]) if (part !== null && part.trim() !== '') parts.push(escapeInline(part));
  if (d.url !== null && d.url.trim() !== '') parts.push(linkText(d.url.trim()));
  return parts.join(', ');
}

function groupsByTag(items: ExportItem[]): Group[] {
  const byTag = new Map<string, ExportItem[]>();
  const untagged: ExportItem[] = [];
  for (const item of items) {
    if (item.annotation.tags.length === 0) untagged.push(item);
    for (const tag of item.annotation.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), item]);
  }
  const groups: Group[] = [...byTag.keys()].sort(collator.compare).map((tag) => ({ heading: escapeInline(tag), items: byTag.get(tag) ?? [] }));
  if (untagged.length > 0) groups.push({ heading: UNTAGGED_HEADING, items: untagged });
  return groups;
}

function groupsByDocument(items: ExportItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of [...items].sort(byDocumentThenPosition)) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.items[0]?.document.id === item.document.id) last.items.push(item);
    else groups.push({ heading: escapeInline(item.document.title), lead: citation(item.document), items: [item] });
  }
  return groups;
}

function renderEntry({ annotation: a, document: d, pages }: ExportItem): string {
  const blocks = [blockquote(a.exact)];
  // The note is the analyst's own Markdown, so it goes in as written (line ends aside).
  if (a.note.trim() !== '') blocks.push(a.note.trim().replace(/\r\n?/g, '\n'));
  const words = assessmentWords(a);
  if (words !== '') blocks.push(`*${words}*`);
  const tags = a.tags.length > 0 ? `Tags: ${a.tags.map(escapeInline).join(', ')}  \n` : '';
  blocks.push(`${tags}— ${citation(d)}${pages === null ? '' : `, ${pages}`}`);
  return blocks.join('\n\n');
}

function renderGroup(group: Group): string {
  const count = group.items.length === 1 ? '1 highlight' : `${group.items.length} highlights`;
  const head = [`## ${group.heading}`, group.lead === undefined ? `*${count}*` : `${group.lead}  \n*${count}*`];
  const entries = [...group.items].sort(byDocumentThenPosition).map(renderEntry);
  return [...head, ...entries].join('\n\n');
}

function formatGeneratedAt(generatedAt: string): string {
  const time = Date.parse(generatedAt);
  if (Number.isNaN(time)) return escapeInline(generatedAt);
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The documents cited, by title, each with the analyst's tags and note on it: the report's source list. */
function renderSources(items: ExportItem[]): string[] {
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
      return `- ${citation(d)}${tags}${indented}`;
    });
  return ['## Sources', entries.join('\n')];
}

/** The whole report; ends with a single newline. */
export function renderMarkdownReport(items: ExportItem[], options: MarkdownReportOptions): string {
  const documents = new Set(items.map((i) => i.document.id)).size;
  const noun = items.length === 1 ? 'highlight' : 'highlights';
  const header = [
    `# Assay report — highlights by ${options.groupBy}`,
    `Generated ${formatGeneratedAt(options.generatedAt)} · ${items.length} ${noun} from ${documents} ${documents === 1 ? 'document' : 'documents'}` +
      (options.filterDescription ? `  \nFilter: ${escapeInline(options.filterDescription)}` : ''),
  ];
  const groups = options.groupBy === 'document' ? groupsByDocument(items) : groupsByTag(items);
  const body = groups.length === 0 ? ['*No highlights match.*'] : [...groups.map(renderGroup), ...renderSources(items)];
  const ach = options.achSection ? [options.achSection] : [];
  return `${[...header, ...ach, ...body].join('\n\n')}\n`;
}
