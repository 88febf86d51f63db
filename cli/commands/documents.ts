// `assay docs`, `assay show ID` and `assay rm ID`: list (sorted and filtered), read and remove documents.
import { DOCUMENT_SORT_KEYS } from '../../api/schemas/document-browser.js';
import { MAX_LIST_LIMIT } from '../../api/schemas/documents.js';
import type { DocumentSort } from '../../api/types.js';
import { booleanOption, positional, stringOption, type CommandSpec, type OptionTable, type ParsedArgs } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { SEARCH_FILTER_OPTIONS, searchFilters } from '../search-filters.js';
import { formatDocument, formatDocumentList } from '../format/document.js';
import { plural, quoted } from '../format/text.js';
import { nonNegativeInteger, positiveInteger } from '../validate.js';

export const PAGE_OPTIONS: OptionTable = {
  limit: { type: 'string', value: 'N', description: 'show at most N' },
  offset: { type: 'string', value: 'N', description: 'skip the first N' },
};

export function pageOf(args: ParsedArgs): { limit?: number; offset?: number } {
  const page: { limit?: number; offset?: number } = {};
  const limit = stringOption(args, 'limit');
  if (limit !== undefined) page.limit = positiveInteger(limit, '--limit');
  const offset = stringOption(args, 'offset');
  if (offset !== undefined) page.offset = nonNegativeInteger(offset, '--offset');
  return page;
}

export const docsCommand: CommandSpec = {
  name: 'docs',
  args: '',
  summary: 'list documents, newest import first, or sorted by a column and filtered like search',
  example: 'assay docs --sort date --desc --source Reuters --limit 20',
  options: {
    ...PAGE_OPTIONS,
    sort: { type: 'string', value: 'COLUMN', description: `sort by ${DOCUMENT_SORT_KEYS.join(', ')}` },
    desc: { type: 'boolean', description: 'sort from the highest (newest, longest, Z) down' },
    ...SEARCH_FILTER_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  async run(ctx, args) {
    const page = pageOf(args);
    const sort = sortOf(stringOption(args, 'sort'));
    const descending = booleanOption(args, 'desc');
    if (descending && sort === undefined) throw new CliError('--desc needs --sort COLUMN, e.g. --sort date --desc.');
    const filters = searchFilters(args);
    const found = await (
      await ctx.open()
    ).browseDocuments({ ...(sort ? { sort, descending } : {}), filters, limit: page.limit ?? MAX_LIST_LIMIT, offset: page.offset ?? 0 });
    if (ctx.json) ctx.printJson(found.documents);
    else ctx.line(formatDocumentList(found.documents, page.offset ?? 0, found.total, Object.keys(filters).length > 0));
    return EXIT.ok;
  },
};

function sortOf(value: string | undefined): DocumentSort | undefined {
  if (value === undefined) return undefined;
  const key = DOCUMENT_SORT_KEYS.find((k) => k === value.trim().toLowerCase());
  if (!key) throw new CliError(`--sort must be one of ${DOCUMENT_SORT_KEYS.join(', ')}, not '${value}'.`);
  return key;
}

export const showCommand: CommandSpec = {
  name: 'show',
  args: 'ID',
  summary: "print a document's metadata and text",
  example: 'assay show 12',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the document ID');
    const doc = await (await ctx.open()).getDocument({ id });
    if (ctx.json) ctx.printJson(doc);
    else ctx.line(formatDocument(doc));
    return EXIT.ok;
  },
};

export const rmCommand: CommandSpec = {
  name: 'rm',
  args: 'ID',
  summary: 'remove a document and its highlights',
  example: 'assay rm 12',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the document ID');
    const workbench = await ctx.open();
    const { title } = await workbench.getDocument({ id });
    const result = await workbench.deleteDocument({ id });
    if (ctx.json) ctx.printJson({ ...result, title });
    else ctx.line(`Removed document #${result.id} ${quoted(title)} and its ${plural(result.annotationsDeleted, 'highlight')}`);
    return EXIT.ok;
  },
};
