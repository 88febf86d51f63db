// Where highlights overlap, a click (or Enter on a mark) offers each of them: a small popover listing
// every highlight under that point by the start of its quote and its tags, outermost first. Arrow
// keys move between them, Enter opens one, Esc closes.
import type { KeyboardEvent } from 'react';
import type { Annotation, Tag } from '../../../api/types.js';
import { Dialog, type Anchor } from '../../components/Dialog.js';

interface HighlightChooserProps {
  highlights: Annotation[];
  knownTags: Tag[];
  anchor: Anchor;
  onChoose: (id: string) => void;
  onClose: () => void;
}

function quoteStart(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text;
}

function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0 && event.key !== 'Home' && event.key !== 'End') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + step + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

export function HighlightChooser({ highlights, knownTags, anchor, onChoose, onClose }: HighlightChooserProps) {
  const colors = new Map(knownTags.map((t) => [t.name.toLowerCase(), t.color]));
  return (
    <Dialog
      title="Overlapping highlights"
      anchor={anchor}
      className="chooser-dialog"
      description="Several highlights cover this passage. Choose one to open."
      onClose={onClose}
    >
      <ul className="chooser" aria-label="Highlights here" onKeyDown={moveFocus}>
        {highlights.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="chooser__item"
              aria-label={`“${quoteStart(a.exact)}”, ${a.tags.length ? `tags: ${a.tags.join(', ')}` : 'no tags'}`}
              onClick={() => onChoose(a.id)}
            >
              <span className="chooser__quote">“{quoteStart(a.exact)}”</span>
              <span className="chooser__tags">
                {a.tags.length === 0 ? (
                  <span className="chooser__untagged">No tags</span>
                ) : (
                  a.tags.map((tag) => (
                    <span key={tag} className="chooser__tag">
                      <span className="chip__swatch" style={{ background: colors.get(tag.toLowerCase()) ?? 'var(--highlight-default)' }} aria-hidden="true" />
                      {tag}
                    </span>
                  ))
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
