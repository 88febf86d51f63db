// Sets one detail on every selected document: source, author, language or date (the title and URL
// belong to one document each). An empty source, author or date clears it; the core checks a date
// and names what is wrong with it.
import { useId, useState, type FormEvent } from 'react';
import type { UpdateDocumentsInput } from '../../../api/workbench-api.js';
import { LANGUAGE_NAMES, plural } from '../../lib/format.js';

type DetailSet = NonNullable<UpdateDocumentsInput['set']>;

const DETAILS = [
  { key: 'source', name: 'Source', hint: 'empty clears it' },
  { key: 'author', name: 'Author', hint: 'empty clears it' },
  { key: 'language', name: 'Language', hint: '' },
  { key: 'date', name: 'Date', hint: 'YYYY-MM-DD, or with a time and zone; empty clears it' },
] as const;

type DetailKey = (typeof DETAILS)[number]['key'];

interface BulkDetailFormProps {
  count: number;
  busy: boolean;
  /** Sets the detail; resolves to how many documents it changed. */
  onSet: (set: DetailSet) => Promise<number>;
  /** Runs the change and reports its message (or its failure). */
  run: (work: () => Promise<string>) => Promise<void>;
}

export function BulkDetailForm({ count, busy, onSet, run }: BulkDetailFormProps) {
  const id = useId();
  const [key, setKey] = useState<DetailKey>('source');
  const [values, setValues] = useState<Record<DetailKey, string>>({ source: '', author: '', language: 'en', date: '' });
  const detail = DETAILS.find((d) => d.key === key) ?? DETAILS[0];
  const value = values[key].trim();
  const lower = detail.name.toLowerCase();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (count === 0) return;
    const set: DetailSet = key === 'language' ? { language: value } : { [key]: value === '' ? null : value };
    void run(async () => {
      const updated = await onSet(set);
      setValues((current) => ({ ...current, [key]: key === 'language' ? current.language : '' }));
      const where = `on ${plural(updated, 'document')}`;
      return value === '' ? `${detail.name} cleared ${where}.` : `${detail.name} set to “${key === 'language' ? (LANGUAGE_NAMES[value] ?? value) : value}” ${where}.`;
    });
  };

  return (
    <form className="doc-actions__group" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-detail`}>Detail to set</label>
        <select id={`${id}-detail`} value={key} onChange={(e) => setKey(e.target.value as DetailKey)}>
          {DETAILS.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>New {lower}</label>
        {key === 'language' ? (
          <select id={`${id}-value`} value={values.language} onChange={(e) => setValues({ ...values, language: e.target.value })}>
            {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        ) : (
          <input id={`${id}-value`} value={values[key]} autoComplete="off" placeholder={detail.hint} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
        )}
      </div>
      <button type="submit" className="button" disabled={count === 0 || busy}>
        Set {lower}
      </button>
    </form>
  );
}
