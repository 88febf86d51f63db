// The query box (searches as you type, at once on Enter) and its "Search syntax" help popover.
import { useState, type Ref } from 'react';
import { Dialog, type Anchor } from '../../components/Dialog.js';
import { SearchSyntaxHelp } from './SearchSyntaxHelp.js';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  /** Arrow Down in the box moves into the results. */
  onArrowDown: () => void;
  ref?: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, onSubmit, onArrowDown, ref }: SearchBoxProps) {
  const [help, setHelp] = useState<Anchor | null>(null);
  return (
    <form
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="search-query" className="visually-hidden">
        Search
      </label>
      <span className="search-box__icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={ref}
        id="search-query"
        className="search-box__input"
        type="search"
        value={value}
        placeholder="Search the corpus   ( / )"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-query-hint"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value === '') event.currentTarget.blur();
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onArrowDown();
          }
        }}
      />
      <span id="search-query-hint" className="visually-hidden">
        Lunr syntax: +must -not title:word wild* fuzzy~1 and "quoted phrases".
      </span>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label="Search syntax"
        aria-haspopup="dialog"
        aria-expanded={help !== null}
        title="Search syntax"
        onClick={(event) => {
          const rect = event.currentTarget.getBoundingClientRect();
          setHelp({ top: rect.top, bottom: rect.bottom, left: rect.left - 200 });
        }}
      >
        Syntax
      </button>
      {help ? (
        <Dialog title="Search syntax" anchor={help} className="syntax-dialog" onClose={() => setHelp(null)}>
          <SearchSyntaxHelp />
        </Dialog>
      ) : null}
    </form>
  );
}
