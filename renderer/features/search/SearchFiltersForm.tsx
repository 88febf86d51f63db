// The filters beside the query: source and language (from the corpus facets), a date range, a tag
// (from the workspace's tags), "Has highlights" and "Has notes". A filter that cannot narrow
// anything yet (no sources, one language, no highlights) stays hidden until it can, unless set.
import type { SearchFilters, Tag } from '../../../api/types.js';
import { languageName } from '../../lib/format.js';
import type { Facets } from './use-search.js';

interface SearchFiltersFormProps {
  filters: SearchFilters;
  facets: Facets | undefined;
  tags: Tag[] | undefined;
  /** What the workspace holds; undefined while it loads. */
  counts: { documents: number; highlights: number } | undefined;
  onChange: (filters: SearchFilters) => void;
  /** Prefix of the controls' ids, so a second form (the document browser's) never shares them. */
  idPrefix?: string;
}

/** Sets or clears one filter, so unset filters never travel as empty strings. */
function withFilter<K extends keyof SearchFilters>(filters: SearchFilters, key: K, value: SearchFilters[K] | ''): SearchFilters {
  const next = { ...filters };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function SearchFiltersForm({ filters, facets, tags, counts, onChange, idPrefix = 'filter' }: SearchFiltersFormProps) {
  const active = Object.keys(filters).length > 0;
  const documents = counts?.documents ?? 0;
  const highlights = counts?.highlights ?? 0;
  const showSource = (facets?.sources.length ?? 0) > 0 || filters.source !== undefined;
  const showLanguage = (facets?.languages.length ?? 0) > 1 || filters.language !== undefined;
  const showDates = documents > 0 || filters.from !== undefined || filters.to !== undefined;
  const showTag = (tags?.length ?? 0) > 0 || filters.tag !== undefined;
  const showHighlights = highlights > 0 || filters.hasHighlights !== undefined || filters.hasNotes !== undefined;
  if (!active && !showSource && !showLanguage && !showDates && !showTag && !showHighlights) return null;
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Filters</legend>
      {showSource ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-source`}>Source</label>
          <select id={`${idPrefix}-source`} value={filters.source ?? ''} onChange={(e) => onChange(withFilter(filters, 'source', e.target.value))}>
            <option value="">All sources</option>
            {facets?.sources.map((source) => (
              <option key={source.value} value={source.value}>
                {source.value} ({source.count})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {showLanguage ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-language`}>Language</label>
          <select id={`${idPrefix}-language`} value={filters.language ?? ''} onChange={(e) => onChange(withFilter(filters, 'language', e.target.value))}>
            <option value="">All languages</option>
            {facets?.languages.map((language) => (
              <option key={language.value} value={language.value}>
                {languageName(language.value)} ({language.count})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {showDates ? (
        <>
          <div className="field">
            <label htmlFor={`${idPrefix}-from`}>From</label>
            <input
              id={`${idPrefix}-from`}
              type="date"
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(e) => onChange(withFilter(filters, 'from', e.target.value))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-to`}>To</label>
            <input id={`${idPrefix}-to`} type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => onChange(withFilter(filters, 'to', e.target.value))} />
          </div>
        </>
      ) : null}
      {showTag ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-tag`}>Tag</label>
          <select id={`${idPrefix}-tag`} value={filters.tag ?? ''} onChange={(e) => onChange(withFilter(filters, 'tag', e.target.value))}>
            <option value="">Any tag</option>
            {tags?.map((tag) => (
              <option key={tag.id} value={tag.name}>
                {tag.name} ({tag.annotationCount})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {showHighlights ? (
        <div className="filters__checks">
          <div className="field field--check">
            <input
              id={`${idPrefix}-has-highlights`}
              type="checkbox"
              checked={filters.hasHighlights === true}
              onChange={(e) => onChange(withFilter(filters, 'hasHighlights', e.target.checked ? true : ''))}
            />
            <label htmlFor={`${idPrefix}-has-highlights`}>Has highlights</label>
          </div>
          <div className="field field--check">
            <input
              id={`${idPrefix}-has-notes`}
              type="checkbox"
              checked={filters.hasNotes === true}
              onChange={(e) => onChange(withFilter(filters, 'hasNotes', e.target.checked ? true : ''))}
            />
            <label htmlFor={`${idPrefix}-has-notes`}>Has notes</label>
          </div>
        </div>
      ) : null}
      {active ? (
        <button type="button" className="button button--quiet button--small filters__clear" onClick={() => onChange({})}>
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
