// The document filter options shared by `search` and `docs` (the search filters), declared once.
import type { SearchFilters } from '../api/types.js';
import { booleanOption, stringOption, type OptionTable, type ParsedArgs } from './args.js';
import { CliError } from './errors.js';
import { isoDate, nonEmpty } from './validate.js';

export const SEARCH_FILTER_OPTIONS: OptionTable = {
  source: { type: 'string', value: 'S', description: 'only documents from this source' },
  lang: { type: 'string', value: 'L', description: 'only documents in this language (ISO 639-1, e.g. en, ru)' },
  tag: { type: 'string', value: 'T', description: 'only documents with a highlight carrying this tag' },
  'doc-tag': { type: 'string', value: 'T', description: 'only documents carrying this document tag' },
  from: { type: 'string', value: 'DATE', description: 'only documents dated on or after YYYY-MM-DD' },
  to: { type: 'string', value: 'DATE', description: 'only documents dated on or before YYYY-MM-DD' },
  'has-highlights': { type: 'boolean', description: 'only documents with highlights' },
  'has-notes': { type: 'boolean', description: 'only documents with a written note (on a highlight or the document)' },
};

export function searchFilters(args: ParsedArgs): SearchFilters {
  const filters: SearchFilters = {};
  const source = stringOption(args, 'source');
  if (source !== undefined) filters.source = source;
  const lang = stringOption(args, 'lang');
  if (lang !== undefined) filters.language = nonEmpty(lang, '--lang').toLowerCase();
  const tag = stringOption(args, 'tag');
  if (tag !== undefined) filters.tag = nonEmpty(tag, '--tag');
  const docTag = stringOption(args, 'doc-tag');
  if (docTag !== undefined) filters.docTag = nonEmpty(docTag, '--doc-tag');
  const from = stringOption(args, 'from');
  if (from !== undefined) filters.from = isoDate(from, '--from');
  const to = stringOption(args, 'to');
  if (to !== undefined) filters.to = isoDate(to, '--to');
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new CliError(`--from ${filters.from} is after --to ${filters.to}.`);
  }
  if (booleanOption(args, 'has-highlights')) filters.hasHighlights = true;
  if (booleanOption(args, 'has-notes')) filters.hasNotes = true;
  return filters;
}
