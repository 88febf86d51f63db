// Renders the document list, one document's header and body, and workspace facts for a terminal.
import type { DocumentSummary, DocumentWithBody, WorkspaceInfo } from '../../api/types.js';
import { excerpt, plural, table } from './text.js';

/** `total`: how many match in all, said under the table when it shows only some; `filtered`: the list is narrowed by filters. */
export function formatDocumentList(docs: DocumentSummary[], offset: number, total?: number, filtered = false): string {
  if (docs.length === 0) {
    if (offset > 0) return `No documents after the first ${offset}.`;
    return filtered ? 'No documents match these filters.' : 'No documents yet. Import some with: assay import PATH...';
  }
  const rows = docs.map((d) => [`#${d.id}`, d.date?.slice(0, 10) ?? '-', d.language, excerpt(d.title, 60), d.source ?? '-']);
  const listed = table(['ID', 'DATE', 'LANG', 'TITLE', 'SOURCE'], rows);
  if (total === undefined || (offset === 0 && docs.length === total)) return listed;
  return `${listed}\n${offset + 1}–${offset + docs.length} of ${total}`;
}

export function formatDocument(doc: DocumentWithBody): string {
  const fields: [string, string | null][] = [
    ['Source', doc.source],
    ['Author', doc.author],
    ['Date', doc.date],
    ['URL', doc.url],
    ['Language', doc.language],
    ['Origin', doc.origin],
    ['Imported', doc.importedAt],
    ['Highlights', String(doc.annotationCount)],
    ...Object.entries(doc.meta).map(([key, value]): [string, string] => [key, value]),
  ];
  const shown = fields.filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
  const width = Math.max(...shown.map(([label]) => label.length));
  const header = shown.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${excerpt(value, 200)}`);
  const rule = '─'.repeat(Math.min(72, Math.max(20, doc.title.length)));
  return [`#${doc.id}  ${doc.title}`, ...header, rule, doc.body.replace(/\n+$/, '')].join('\n');
}

export function formatWorkspaceInfo(info: WorkspaceInfo): string {
  const i = info.index;
  const rows: [string, string][] = [
    ['Workspace', info.path],
    ['Schema', String(info.schemaVersion)],
    ['Documents', String(info.documentCount)],
    ['Annotations', String(info.annotationCount)],
    ['Tags', String(info.tagCount)],
    ['Index', `${plural(i.documents, 'document')} in ${plural(i.segments, 'segment')}, ${i.pending} pending (version ${i.version})`],
  ];
  return rows.map(([label, value]) => `${label.padEnd(12)}${value}`).join('\n');
}
