// A document's editable details as the form holds them (text fields, empty for none), and the
// update that turns a draft back into only what changed. Pure.
import type { DocumentWithBody } from '../../../api/types.js';
import type { MethodInput } from '../../../api/workbench-api.js';
import { dateFromInput } from '../../lib/date-input.js';

export interface DetailsDraft {
  title: string;
  source: string;
  author: string;
  url: string;
  language: string;
  date: string;
  tags: string[];
  note: string;
}

export type DetailsChanges = Omit<MethodInput<'updateDocument'>, 'id'>;

export function draftOf(doc: DocumentWithBody): DetailsDraft {
  return {
    title: doc.title,
    source: doc.source ?? '',
    author: doc.author ?? '',
    url: doc.url ?? '',
    language: doc.language,
    date: doc.date ?? '',
    tags: doc.tags,
    note: doc.note,
  };
}

function optional(text: string): string | null {
  const clean = text.trim();
  return clean === '' ? null : clean;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

/** Only the details the draft changes; an emptied field clears its detail (the title cannot be cleared: the contract says so). */
export function changesOf(doc: DocumentWithBody, draft: DetailsDraft, timeZone: string): DetailsChanges {
  const changes: DetailsChanges = {};
  if (draft.title.trim() !== doc.title) changes.title = draft.title.trim();
  for (const key of ['source', 'author', 'url'] as const) {
    const value = optional(draft[key]);
    if (value !== doc[key]) changes[key] = value;
  }
  if (draft.language !== doc.language) changes.language = draft.language;
  if (draft.date.trim() !== (doc.date ?? '')) changes.date = dateFromInput(draft.date, timeZone);
  if (!sameTags(draft.tags, doc.tags)) changes.tags = draft.tags;
  if (draft.note !== doc.note) changes.note = draft.note;
  return changes;
}
