// `assay search QUERY`: lunr query syntax plus "quoted phrases", with filters and snippets.
import type { SearchFilters } from '../../api/types.js';
import { booleanOption, stringOption, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { formatSearchResult, markStyleFor } from '../format/search.js';
import { isoDate, nonEmpty } from '../validate.js';
import { PAGE_OPTIONS, pageOf } from './documents.js';

export const searchCommand: CommandSpec = {
  name: 'search',
  args: 'QUERY',
  summary: 'full-text search: +must -not title:word wild* fuzzy~1 boost^3 "exact phrase" "near words"~5',
  example: `assay search '"supply lines" +bridge' --from 2024-01-01 --lang en`,
  options: {
    ...PAGE_OPTIONS,
    source: { type: 'string', value: 'S', description: 'only documents from this source' },
    lang: { type: 'string', value: 'L', description: 'only documents in this language (ISO 639-1, e.g. en, ru)' },
    tag: { type: 'string', value: 'T', description: 'only documents with a highlight carrying this tag' },
    from: { type: 'string', value: 'DATE', description: 'only documents dated on or after YYYY-MM-DD' },
    to: { type: 'string', value: 'DATE', description: 'only documents dated on or before YYYY-MM-DD' },
    'has-highlights': { type: 'boolean', description: 'only documents with highlights' },
    'has-notes': { type: 'boolean', description: 'only documents with a written note (on a highlight or the document)' },
  },
  positionals: { min: 1, max: Infinity },
  async run(ctx, args) {
    // Several words without quotes are one query, as the shell split them.
    const query = nonEmpty(args.positionals.join(' '), 'the query');
    const filters: SearchFilters = {};
    const source = stringOption(args, 'source');
    if (source !== undefined) filters.source = source;
    const lang = stringOption(args, 'lang');
    if (lang !== undefined) filters.language = nonEmpty(lang, '--lang').toLowerCase();
    const tag = stringOption(args, 'tag');
    if (tag !== undefined) filters.tag = nonEmpty(tag, '--tag');
    const from = stringOption(args, 'from');
    if (from !== undefined) filters.from = isoDate(from, '--from');
    const to = stringOption(args, 'to');
    if (to !== undefined) filters.to = isoDate(to, '--to');
    if (filters.from && filters.to && filters.from > filters.to) {
      throw new CliError(`--from ${filters.from} is after --to ${filters.to}.`);
    }
    if (booleanOption(args, 'has-highlights')) filters.hasHighlights = true;
    if (booleanOption(args, 'has-notes')) filters.hasNotes = true;
    const page = pageOf(args);
    const result = await (await ctx.open()).search({ query, filters, ...page });
    if (ctx.json) ctx.printJson(result);
    else ctx.line(formatSearchResult(result, markStyleFor(ctx.stdoutIsTTY), page.offset ?? 0));
    return EXIT.ok;
  },
};
