// The tags field: a combobox that suggests existing tags as you type and creates new ones
// inline. Enter or comma adds a chip, Backspace on an empty field removes the last one.
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Tag } from '../../../api/types.js';
import { TagChip } from '../../components/TagChip.js';

interface TagInputProps {
  id: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  known: Tag[];
  pending: string;
  onPendingChange: (text: string) => void;
  autoFocus?: boolean;
}

type Option = { kind: 'existing'; tag: Tag } | { kind: 'create'; name: string };

export function normaliseTag(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Adds `name` unless present (regardless of case), using an existing tag's spelling. */
export function addTag(tags: string[], name: string, known: Tag[]): string[] {
  const clean = normaliseTag(name);
  if (!clean || tags.some((t) => t.toLowerCase() === clean.toLowerCase())) return tags;
  const existing = known.find((t) => t.name.toLowerCase() === clean.toLowerCase());
  return [...tags, existing ? existing.name : clean];
}

export function TagInput({ id, tags, onChange, known, pending, onPendingChange, autoFocus }: TagInputProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const colors = useMemo(() => new Map(known.map((t) => [t.name.toLowerCase(), t.color])), [known]);

  const options = useMemo<Option[]>(() => {
    const text = normaliseTag(pending).toLowerCase();
    const chosen = new Set(tags.map((t) => t.toLowerCase()));
    const matches = known
      .filter((t) => !chosen.has(t.name.toLowerCase()) && t.name.toLowerCase().includes(text))
      .sort((a, b) => Number(b.name.toLowerCase().startsWith(text)) - Number(a.name.toLowerCase().startsWith(text)) || b.annotationCount - a.annotationCount)
      .slice(0, 8)
      .map((tag): Option => ({ kind: 'existing', tag }));
    const exists = known.some((t) => t.name.toLowerCase() === text) || chosen.has(text);
    return text && !exists ? [...matches, { kind: 'create', name: normaliseTag(pending) }] : matches;
  }, [known, pending, tags]);

  const expanded = open && options.length > 0;
  const listId = `${id}-options`;

  const choose = (name: string): void => {
    onChange(addTag(tags, name, known));
    onPendingChange('');
    setActive(-1);
    // The list has done its job: closed, so it no longer covers the Note field below.
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const option = options[active];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter' && expanded && option) {
      event.preventDefault();
      choose(option.kind === 'existing' ? option.tag.name : option.name);
    } else if ((event.key === 'Enter' || event.key === ',') && normaliseTag(pending)) {
      event.preventDefault();
      choose(pending);
    } else if (event.key === ',') {
      event.preventDefault();
    } else if (event.key === 'Backspace' && pending === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="tag-input">
      <div className="tag-input__box">
        {tags.length > 0 ? (
          <ul className="tag-input__chips">
            {tags.map((tag) => (
              <li key={tag}>
                <TagChip name={tag} color={colors.get(tag.toLowerCase())} onRemove={() => onChange(tags.filter((t) => t !== tag))} />
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          className="tag-input__field"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          data-autofocus={autoFocus ? true : undefined}
          value={pending}
          placeholder={tags.length ? 'Add another…' : 'Type a tag, Enter to add'}
          onChange={(event) => {
            onPendingChange(event.target.value.replace(',', ''));
            setOpen(true);
            setActive(-1);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <span id={`${id}-hint`} className="visually-hidden">
        Enter or comma adds a tag; new names create a tag.
      </span>
      {expanded ? (
        <ul id={listId} role="listbox" aria-label="Suggestions" className="tag-input__options">
          {options.map((option, index) => (
            <li
              key={option.kind === 'existing' ? option.tag.id : `new:${option.name}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="tag-input__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option.kind === 'existing' ? option.tag.name : option.name)}
            >
              {option.kind === 'existing' ? (
                <>
                  <span className="chip__swatch" style={{ background: option.tag.color }} aria-hidden="true" />
                  {option.tag.name}
                  <span className="tag-input__count">{option.tag.annotationCount}</span>
                </>
              ) : (
                <>Create tag “{option.name}”</>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
