// `assay search QUERY`: lunr query syntax plus "quoted phrases", with filters and snippets.
import type { CommandSpec } from '../args.js';
import { EXIT } from '../errors.js';
import { formatSearchResult, markStyleFor } from '../format/search.js';
import { SEARCH_FILTER_OPTIONS, searchFilters } from '../search-filters.js';
import { nonEmpty } from '../validate.js';
import { PAGE_OPTIONS, pageOf } from './documents.js';

export const searchCommand: CommandSpec = {
  name: 'search',
  args: 'QUERY',
  summary: 'full-text search: +must -not title:word wild* fuzzy~1 boost^3 "exact phrase" "near words"~5',
  example: `assay search '"supply lines" +bridge' --from 2024-01-01 --lang en`,
  options: {
    ...PAGE_OPTIONS,
    ...SEARCH_FILTER_OPTIONS,
  },
  positionals: { min: 1, max: Infinity },
  async run(ctx, args) {
    // Several words without quotes are one query, as the shell split them.
    const query = nonEmpty(args.positionals.join(' '), 'the query');
    const filters = searchFilters(args);
    const page = pageOf(args);
    const result = await (await ctx.open()).search({ query, filters, ...page });
    if (ctx.json) ctx.printJson(result);
    else ctx.line(formatSearchResult(result, markStyleFor(ctx.stdoutIsTTY), page.offset ?? 0));
    return EXIT.ok;
  },
};
