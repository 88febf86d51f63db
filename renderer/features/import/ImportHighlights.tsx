// Bringing in another analyst's highlights: a W3C Web Annotation JSON file exported by Assay.
// Each highlight is re-anchored by its quote; the ones that no longer fit are listed.
import { useState } from 'react';
import { inQuotes } from '../../../api/quote-marks.js';
import type { AnnotationImportReport } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { plural } from '../../lib/format.js';
import { useImportHighlights } from './use-import.js';

export function ImportHighlights() {
  const importHighlights = useImportHighlights();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<AnnotationImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async (file: File): Promise<void> => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await importHighlights(await file.text()));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="import-highlights">
      <summary>Import highlights from another analyst (W3C Web Annotation JSON)</summary>
      <p className="muted">Documents are matched by their text; each highlight is placed again by its quote.</p>
      <span className="file-picker">
        <input
          id="import-highlights-file"
          className="file-picker__input"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void load(file);
          }}
        />
        <label htmlFor="import-highlights-file" className="button button--small">
          Choose a highlights file
        </label>
      </span>
      {busy ? <p role="status">Importing highlights…</p> : null}
      {error ? <ErrorAlert message={error} /> : null}
      {report ? (
        <div className="import-report" role="status">
          <p>
            <strong>{plural(report.added, 'highlight')} added</strong> · {report.alreadyPresent} already here · {report.reanchored} placed by quote ·{' '}
            {report.unanchored.length} not placed
          </p>
          {report.unanchored.length > 0 ? (
            <ul className="import-report__list">
              {report.unanchored.map((u) => (
                <li key={u.id}>
                  {inQuotes(u.exact.length > 80 ? `${u.exact.slice(0, 80)}…` : u.exact)}: {u.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
