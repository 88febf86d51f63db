// `assay doc set` (correct a document's details, or many documents' at once with --where) and
// `assay doc history` (every change to a document's details, oldest first).
import type { DocumentHistoryEntry } from '../../api/types.js';
import type { Workbench } from '../../db/workbench.js';
import { listOption, positional, stringOption, type CommandSpec, type ParsedArgs } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { plural, quoted, table } from '../format/text.js';
import { positiveInteger } from '../validate.js';

const DETAILS = ['title', 'source', 'author', 'url', 'lang', 'date'] as const;

/** The details given on the command line; '' clears one (except the title). */
function detailsOf(args: ParsedArgs): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const option of DETAILS) {
    const value = stringOption(args, option);
    if (value === undefined) continue;
    const key = option === 'lang' ? 'language' : option;
    out[key] = value.trim() === '' && option !== 'title' ? null : value;
  }
  return out;
}

type Details = Record<string, string | null>;

/** One document: everything in one change (title and note included); 1 if anything changed. */
async function setOne(workbench: Workbench, id: number, details: Details, note: string | undefined, add: string[], remove: string[]): Promise<number> {
  const { title, ...rest } = details;
  const current = await workbench.getDocument({ id });
  const removed = new Set(remove.map((tag) => tag.trim().toLowerCase()));
  const tags = add.length + remove.length > 0 ? [...current.tags, ...add].filter((tag) => !removed.has(tag.trim().toLowerCase())) : undefined;
  const before = (await workbench.getDocumentHistory({ id })).length;
  await workbench.updateDocument({
    id,
    ...rest,
    ...(title === undefined || title === null ? {} : { title }),
    ...(note === undefined ? {} : { note }),
    ...(tags === undefined ? {} : { tags }),
  });
  return (await workbench.getDocumentHistory({ id })).length > before ? 1 : 0;
}

async function setMany(workbench: Workbench, where: string | undefined, ids: number[], details: Details, addTags: string[], removeTags: string[]): Promise<number> {
  const result = await workbench.updateDocuments({
    ...(where === undefined ? { ids } : { origin: where }),
    ...(Object.keys(details).length > 0 ? { set: details } : {}),
    ...(addTags.length > 0 ? { addTags } : {}),
    ...(removeTags.length > 0 ? { removeTags } : {}),
  });
  return result.updated;
}

export const docSetCommand: CommandSpec = {
  name: 'doc set',
  args: '[ID...]',
  summary: "correct documents' title, source, author, URL, language or date, note and tags (with history)",
  example: "assay doc set --where 'reports/ministry/*' --source 'Ministry of Defence' --date 2026-03-12",
  options: {
    where: { type: 'string', value: 'PATTERN', description: 'every document whose origin (file path) matches, e.g. reports/ministry/* (* any text)' },
    title: { type: 'string', value: 'TEXT', description: 'the title (one document only)' },
    source: { type: 'string', value: 'NAME', description: "the source ('' clears it)" },
    author: { type: 'string', value: 'NAME', description: "the author ('' clears it)" },
    url: { type: 'string', value: 'URL', description: "the URL ('' clears it)" },
    lang: { type: 'string', value: 'CODE', description: 'the language: en, ru, uk… or und' },
    date: { type: 'string', value: 'DATE', description: "YYYY-MM-DD, or a time with its zone: 2026-03-12T21:30+02:00 ('' clears it)" },
    note: { type: 'string', value: 'TEXT', description: 'the note on the document (one document only)' },
    tag: { type: 'string', multiple: true, value: 'TAG', description: 'add a document tag; repeat for several' },
    'remove-tag': { type: 'string', multiple: true, value: 'TAG', description: 'remove a document tag' },
  },
  positionals: { min: 0, max: Infinity },
  async run(ctx, args) {
    const where = stringOption(args, 'where');
    const ids = args.positionals.map((id) => positiveInteger(id, 'a document ID'));
    if ((where === undefined) === (ids.length === 0)) throw new CliError('give document IDs or --where PATTERN (one of the two).', 'doc set');
    const details = detailsOf(args);
    const note = stringOption(args, 'note');
    const addTags = listOption(args, 'tag');
    const removeTags = listOption(args, 'remove-tag');
    const single = ids.length === 1 && where === undefined;
    if (!single && (details.title !== undefined || note !== undefined)) throw new CliError('--title and --note apply to one document at a time.', 'doc set');
    if (Object.keys(details).length === 0 && note === undefined && addTags.length === 0 && removeTags.length === 0) {
      throw new CliError('say what to set: --source, --date, --title, --tag…', 'doc set');
    }
    const workbench = await ctx.open();
    const updated = single
      ? await setOne(workbench, ids[0] as number, details, note, addTags, removeTags)
      : await setMany(workbench, where, ids, details, addTags, removeTags);
    if (ctx.json) ctx.printJson({ updated });
    else ctx.line(updated === 0 ? 'Nothing changed: the documents already had these details.' : `Updated ${plural(updated, 'document')}`);
    return EXIT.ok;
  },
};

function shown(value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '(none)';
  if (Array.isArray(value)) return value.join(', ');
  return quoted(String(value), 40);
}

function describeChange(entry: DocumentHistoryEntry): string {
  return Object.entries(entry.changes)
    .map(([field, { before, after }]) => `${field}: ${shown(before)} → ${shown(after)}`)
    .join('; ');
}

export const docHistoryCommand: CommandSpec = {
  name: 'doc history',
  args: 'ID',
  summary: "every change to a document's details, oldest first",
  example: 'assay doc history 12',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the document ID');
    const history = await (await ctx.open()).getDocumentHistory({ id });
    if (ctx.json) ctx.printJson(history);
    else if (history.length === 0) ctx.line(`Document #${id} has not been changed since it was imported.`);
    else
      ctx.line(
        table(
          ['WHEN', 'CHANGE'],
          history.map((entry) => [entry.at, describeChange(entry)]),
        ),
      );
    return EXIT.ok;
  },
};
