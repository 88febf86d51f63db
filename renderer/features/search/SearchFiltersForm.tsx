// The filters beside the query: source and language (from the corpus facets), a date range,
// a tag (from the workspace's tags) and "Has notes".
import type { SearchFilters, Tag } from '../../../api/types.js';
import { languageName } from '../../lib/format.js';
import type { Facets } from './use-search.js';

interface SearchFiltersFormProps {
  filters: SearchFilters;
  facets: Facets | undefined;
  tags: Tag[] | undefined;
  onChange: (filters: SearchFilters) => void;
}

/** Sets or clears one filter, so unset filters never travel as empty strings. */
function withFilter<K extends keyof SearchFilters>(filters: SearchFilters, key: K, value: SearchFilters[K] | ''): SearchFilters {
  const next = { ...filters };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function SearchFiltersForm({ filters, facets, tags, onChange }: SearchFiltersFormProps) {
  const active = Object.keys(filters).length > 0;
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="field">
        <label htmlFor="filter-source">Source</label>
        <select id="filter-source" value={filters.source ?? ''} onChange={(e) => onChange(withFilter(filters, 'source', e.target.value))}>
          <option value="">All sources</option>
          {facets?.sources.map((source) => (
            <option key={source.value} value={source.value}>
              {source.value} ({source.count})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-language">Language</label>
        <select id="filter-language" value={filters.language ?? ''} onChange={(e) => onChange(withFilter(filters, 'language', e.target.value))}>
          <option value="">All languages</option>
          {facets?.languages.map((language) => (
            <option key={language.value} value={language.value}>
              {languageName(language.value)} ({language.count})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input id="filter-from" type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => onChange(withFilter(filters, 'from', e.target.value))} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => onChange(withFilter(filters, 'to', e.target.value))} />
      </div>
      <div className="field">
        <label htmlFor="filter-tag">Tag</label>
        <select id="filter-tag" value={filters.tag ?? ''} onChange={(e) => onChange(withFilter(filters, 'tag', e.target.value))}>
          <option value="">Any tag</option>
          {tags?.map((tag) => (
            <option key={tag.id} value={tag.name}>
              {tag.name} ({tag.annotationCount})
            </option>
          ))}
        </select>
      </div>
      <div className="field field--check">
        <input
          id="filter-has-notes"
          type="checkbox"
          checked={filters.hasNotes === true}
          onChange={(e) => onChange(withFilter(filters, 'hasNotes', e.target.checked ? true : ''))}
        />
        <label htmlFor="filter-has-notes">Has notes</label>
      </div>
      {active ? (
        <button type="button" className="button button--quiet button--small filters__clear" onClick={() => onChange({})}>
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
