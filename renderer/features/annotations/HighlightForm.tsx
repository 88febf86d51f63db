// The fields shared by "New highlight" and "Edit highlight": the quote, tags with autocomplete,
// a Markdown note and the four assessments, room for more fields (the ratings against the
// hypotheses), a submit button and room for more actions.
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Tag } from '../../../api/types.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { AssessmentFields } from './AssessmentFields.js';
import { addTag, normaliseTag, TagInput } from './TagInput.js';
import { sameDraft, type HighlightDraft } from './highlight-draft.js';

interface HighlightFormProps {
  quote: string;
  initial: HighlightDraft;
  knownTags: Tag[];
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (draft: HighlightDraft) => void;
  /** Reports whether the form holds unsaved input (it differs from `initial`, or a tag is half typed),
   * so Esc or a stray click outside asks before throwing it away. */
  onDirtyChange?: (dirty: boolean) => void;
  /** Fields after the assessments, kept by the dialog (the ratings against the hypotheses). */
  extraFields?: ReactNode;
  extraActions?: ReactNode;
}

export function HighlightForm({ quote, initial, knownTags, submitLabel, busy, error, onSubmit, onDirtyChange, extraFields, extraActions }: HighlightFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [pendingTag, setPendingTag] = useState('');

  const dirty = !sameDraft(draft, initial) || normaliseTag(pendingTag) !== '';
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const update = (next: HighlightDraft): void => setDraft(next);

  return (
    <form
      className="highlight-form"
      onSubmit={(event) => {
        event.preventDefault();
        // A tag typed but not yet added is surely meant: keep it.
        onSubmit({ ...draft, tags: addTag(draft.tags, pendingTag, knownTags) });
      }}
    >
      <blockquote className="highlight-form__quote">{quote.length > 400 ? `${quote.slice(0, 400)}…` : quote}</blockquote>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <TagInput
          id={`${id}-tags`}
          tags={draft.tags}
          onChange={(tags) => update({ ...draft, tags })}
          known={knownTags}
          pending={pendingTag}
          onPendingChange={setPendingTag}
          autoFocus
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          value={draft.note}
          placeholder="Why this passage matters (Markdown)"
          onChange={(event) => update({ ...draft, note: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
          }}
        />
      </div>
      <AssessmentFields draft={draft} idPrefix={id} onChange={update} />
      {extraFields}
      {error ? <ErrorAlert message={error} /> : null}
      <div className="dialog__actions">
        {extraActions}
        <span className="dialog__spacer" />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
