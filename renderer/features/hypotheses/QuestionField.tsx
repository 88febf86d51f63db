// The question the hypotheses answer, edited in place and saved with Enter or the Save button.
import { useState } from 'react';
import { useReportDirty } from '../../components/dirty-scope.js';

interface QuestionFieldProps {
  question: string;
  onSave: (question: string) => Promise<unknown>;
}

export function QuestionField({ question, onSave }: QuestionFieldProps) {
  const [draft, setDraft] = useState(question);
  const [savedAs, setSavedAs] = useState(question);
  // A question changed elsewhere (another window, the CLI) replaces an untouched draft.
  if (question !== savedAs) {
    setSavedAs(question);
    if (draft === savedAs) setDraft(question);
  }
  const dirty = draft.trim() !== question;
  useReportDirty(dirty);
  return (
    <form
      className="ach-question"
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty) void onSave(draft);
      }}
    >
      <label htmlFor="ach-question">Question</label>
      <input
        id="ach-question"
        type="text"
        value={draft}
        placeholder="What are the hypotheses answering? e.g. Will Belarus join Russia's war with its own troops?"
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="button button--small" disabled={!dirty}>
        Save question
      </button>
    </form>
  );
}
