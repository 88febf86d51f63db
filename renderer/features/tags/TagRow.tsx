// One tag in the tags manager: its colour (an <input type=color>), its name (rename in place:
// Enter or leaving the field saves; Esc on a changed name asks "Discard changes?" before reverting),
// its count, merge into another tag, delete.
import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../../../api/types.js';
import { ConfirmInline } from '../../components/ConfirmInline.js';
import { useReportDirty } from '../../components/dirty-scope.js';
import { DiscardPrompt } from '../../components/DiscardPrompt.js';
import { useDiscardGuard } from '../../components/use-discard-guard.js';
import { plural } from '../../lib/format.js';
import type { TagActions } from './use-tags.js';
import type { ReportedRun } from '../../state/use-reported-action.js';

interface TagRowProps {
  tag: Tag;
  others: Tag[];
  actions: TagActions;
  run: ReportedRun;
}

export function TagRow({ tag, others, actions, run }: TagRowProps) {
  const [name, setName] = useState(tag.name);
  const [color, setColor] = useState(tag.color.toLowerCase());
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  const colorTimer = useRef<number | undefined>(undefined);
  const submitted = useRef<string | null>(null);

  // When the tag itself changes (saved here or elsewhere), the fields follow it.
  const [shown, setShown] = useState({ name: tag.name, color: tag.color });
  if (shown.name !== tag.name || shown.color !== tag.color) {
    setShown({ name: tag.name, color: tag.color });
    if (shown.name !== tag.name) setName(tag.name);
    if (shown.color !== tag.color) setColor(tag.color.toLowerCase());
  }
  useEffect(() => () => window.clearTimeout(colorTimer.current), []);
  const renaming = name.replace(/\s+/g, ' ').trim() !== tag.name && name.trim() !== '';
  useReportDirty(renaming);
  const guard = useDiscardGuard(renaming, () => setName(tag.name));

  const rename = (): void => {
    const next = name.replace(/\s+/g, ' ').trim();
    if (!next || next === tag.name) {
      setName(tag.name);
      return;
    }
    // Enter then blur would otherwise send the same rename twice.
    if (submitted.current === next) return;
    submitted.current = next;
    void run(() => actions.rename(tag.id, next), `Renamed “${tag.name}” to “${next}”.`).then((ok) => {
      submitted.current = null;
      if (!ok) setName(tag.name);
    });
  };

  const recolor = (value: string): void => {
    setColor(value);
    // The colour picker fires while dragging: save once it settles.
    window.clearTimeout(colorTimer.current);
    colorTimer.current = window.setTimeout(() => void run(() => actions.recolor(tag.id, value)), 300);
  };

  const merge = (): void => {
    const into = others.find((t) => String(t.id) === target);
    if (!into) return;
    void run(() => actions.merge(tag.id, into.id), `Merged “${tag.name}” into “${into.name}”.`);
  };

  return (
    <li className="tag-row">
      <div className="tag-row__main">
        <input type="color" className="tag-row__color" aria-label={`Colour of ${tag.name}`} value={color} onChange={(e) => recolor(e.target.value)} />
        <input
          type="text"
          className="tag-row__name"
          aria-label={`Rename ${tag.name}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={(e) => {
            // Moving to the "Discard changes?" question is not leaving the field: its answer decides.
            if (e.relatedTarget instanceof Element && e.relatedTarget.closest('.discard-prompt')) return;
            rename();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              rename();
            } else if (e.key === 'Escape' && name !== tag.name) {
              e.preventDefault();
              if (renaming) guard.request();
              else setName(tag.name);
            }
          }}
        />
        <span className="tag-row__count">{plural(tag.annotationCount, 'highlight')}</span>
      </div>
      <div className="tag-row__actions">
        <select aria-label={`Merge ${tag.name} into`} value={target} onChange={(e) => setTarget(e.target.value)} disabled={others.length === 0}>
          <option value="">Merge into…</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={merge} disabled={target === ''}>
          Merge
        </button>
        <button type="button" className="button button--small button--danger-quiet" aria-label={`Delete ${tag.name}`} onClick={() => setConfirming(true)}>
          Delete
        </button>
      </div>
      {guard.asking ? <DiscardPrompt guard={guard} /> : null}
      {confirming ? (
        <ConfirmInline
          message={`Delete the tag “${tag.name}”? ${plural(tag.annotationCount, 'highlight')} keep their text and notes, without this tag.`}
          onConfirm={() => void run(() => actions.remove(tag.id), `Deleted “${tag.name}”.`).then(() => setConfirming(false))}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </li>
  );
}
