// The notes panel's filters: tag and the four assessments (each "Any …" when unset).
import type { AnnotationFilter, Tag } from '../../../api/types.js';
import { ASSESSMENT_FIELDS, assessmentValue } from '../annotations/highlight-draft.js';

export type NotesFilter = Omit<AnnotationFilter, 'documentId'>;

interface NotesFiltersProps {
  filter: NotesFilter;
  tags: Tag[];
  onChange: (filter: NotesFilter) => void;
  /** Keeps ids unique when two filter sets are on screen (notes panel, export dialog). */
  idPrefix?: string;
  legend?: string;
  /** Read before each visible label by screen readers, e.g. "Filter notes by Tag". */
  labelPrefix?: string;
}

export function NotesFilters({ filter, tags, onChange, idPrefix = 'notes-filter', legend = 'Filter notes', labelPrefix = 'Filter notes by ' }: NotesFiltersProps) {
  return (
    <fieldset className="filters filters--notes">
      <legend className="visually-hidden">{legend}</legend>
      <div className="field">
        <label htmlFor={`${idPrefix}-tag`}>{labelPrefix ? <span className="visually-hidden">{labelPrefix}</span> : null}Tag</label>
        <select
          id={`${idPrefix}-tag`}
          value={filter.tag ?? ''}
          onChange={(event) => {
            const { tag: _old, ...rest } = filter;
            onChange(event.target.value ? { ...rest, tag: event.target.value } : rest);
          }}
        >
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.name}>
              {tag.name}
            </option>
          ))}
        </select>
      </div>
      {ASSESSMENT_FIELDS.map((field) => {
        const current = filter[field.key];
        return (
          <div className="field" key={field.key}>
            <label htmlFor={`${idPrefix}-${field.key}`}>
              {labelPrefix ? <span className="visually-hidden">{labelPrefix}</span> : null}
              {field.label}
            </label>
            <select
              id={`${idPrefix}-${field.key}`}
              value={current === undefined || current === null ? '' : String(current)}
              onChange={(event) => {
                const next: NotesFilter = { ...filter };
                const value = assessmentValue(field.key, event.target.value);
                if (value === null) delete next[field.key];
                else Object.assign(next, { [field.key]: value });
                onChange(next);
              }}
            >
              <option value="">Any {field.label.toLowerCase()}</option>
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
