// Edits a document's details in the reader's header: title, source, author, URL, language, date
// (a date, or a date and time; a time typed without a zone is the analyst's own), document tags and
// a note. Saves only what changed; every change goes to the document's history. A refused value
// (e.g. an impossible date) is named in an alert and the draft is kept. Esc on a changed form asks
// "Discard changes?" first, and so does opening another document.
import { useId, useState } from 'react';
import type { DocumentWithBody, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { useReportDirty } from '../../components/dirty-scope.js';
import { DiscardPrompt } from '../../components/DiscardPrompt.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { useDiscardGuard } from '../../components/use-discard-guard.js';
import { LANGUAGE_NAMES } from '../../lib/format.js';
import { localTimeZone } from '../../lib/format-time.js';
import { addTag, TagInput } from '../annotations/TagInput.js';
import { changesOf, draftOf, type DetailsDraft } from './details-draft.js';
import { useUpdateDocument } from './use-document.js';

interface DocumentDetailsFormProps {
  doc: DocumentWithBody;
  knownTags: Tag[];
  onDone: () => void;
}

const TEXT_FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'source', label: 'Source', placeholder: 'Publication, agency or mailing list' },
  { key: 'author', label: 'Author' },
  { key: 'url', label: 'URL' },
] as const;

export function DocumentDetailsForm({ doc, knownTags, onDone }: DocumentDetailsFormProps) {
  const id = useId();
  const zone = localTimeZone();
  const [initial] = useState<DetailsDraft>(() => draftOf(doc));
  const [draft, setDraft] = useState<DetailsDraft>(initial);
  const [pendingTag, setPendingTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateDocument();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial) || pendingTag.trim() !== '';
  const guard = useDiscardGuard(dirty, onDone);
  // The reader asks before another document replaces this one (use-switch-guard.ts).
  useReportDirty(dirty);
  const languages = Object.entries(LANGUAGE_NAMES);
  if (!Object.hasOwn(LANGUAGE_NAMES, doc.language)) languages.push([doc.language, doc.language]);

  const save = (): void => {
    const changes = changesOf(doc, { ...draft, tags: addTag(draft.tags, pendingTag, knownTags) }, zone);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    setBusy(true);
    setError(null);
    update({ id: doc.id, ...changes }).then(onDone, (failure: unknown) => {
      setError(errorMessage(failure));
      setBusy(false);
    });
  };

  return (
    <form
      className="details-form"
      aria-label="Document details"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          guard.request();
        }
      }}
    >
      {TEXT_FIELDS.map((field) => (
        <div className="field" key={field.key}>
          <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
          <input
            id={`${id}-${field.key}`}
            type="text"
            value={draft[field.key]}
            placeholder={'placeholder' in field ? field.placeholder : undefined}
            onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
            autoFocus={field.key === 'title'}
          />
        </div>
      ))}
      <div className="details-form__row">
        <div className="field">
          <label htmlFor={`${id}-language`}>Language</label>
          <select id={`${id}-language`} value={draft.language} onChange={(event) => setDraft({ ...draft, language: event.target.value })}>
            {languages.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="text"
            value={draft.date}
            placeholder="2026-03-14 or 2026-03-14 21:30"
            aria-describedby={`${id}-date-hint`}
            onChange={(event) => setDraft({ ...draft, date: event.target.value })}
          />
          <span id={`${id}-date-hint`} className="field__hint">
            A date, or a date and time. A time without a zone is taken as {zone}.
          </span>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Document tags</label>
        <TagInput
          id={`${id}-tags`}
          tags={draft.tags}
          onChange={(tags) => setDraft({ ...draft, tags })}
          known={knownTags}
          pending={pendingTag}
          onPendingChange={setPendingTag}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note on the document</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          value={draft.note}
          placeholder="What this document is and how far to trust it (Markdown)"
          onChange={(event) => setDraft({ ...draft, note: event.target.value })}
        />
      </div>
      {error ? <ErrorAlert message={error} /> : null}
      {guard.asking ? <DiscardPrompt guard={guard} /> : null}
      <div className="dialog__actions">
        <span className="dialog__spacer" />
        <button type="button" className="button" onClick={onDone} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save details'}
        </button>
      </div>
    </form>
  );
}
