// First run: an empty workspace offers the sample corpus (a fictional port fire told by
// conflicting sources) or an import of the analyst's own files.
import { ErrorAlert } from '../../components/Feedback.js';
import type { Importer } from '../import/use-import.js';
import { ImportProgressView } from '../import/ImportProgressView.js';

interface WelcomeProps {
  importer: Importer;
  onImport: () => void;
}

export function Welcome({ importer, onImport }: WelcomeProps) {
  const { state } = importer;
  const loadingSample = state.running && state.source === 'sample';
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome__title">
        Welcome to Assay
      </h1>
      <p className="welcome__lead">
        An offline workbench for reading a corpus closely: search it, highlight passages, tag and assess them (source reliability, credibility, likelihood, confidence),
        then export your notes as a brief.
      </p>
      <p>This workspace is empty. Start with the sample corpus, or bring your own documents.</p>
      <div className="welcome__actions">
        <button type="button" className="button button--primary button--large" disabled={state.running} onClick={() => void importer.importSample()}>
          Load sample corpus
        </button>
        <button type="button" className="button button--large" disabled={state.running} onClick={onImport}>
          Import
        </button>
      </div>
      {loadingSample ? <ImportProgressView state={state} onCancel={importer.cancel} /> : null}
      {state.error && state.source === 'sample' ? <ErrorAlert message={state.error} onRetry={() => void importer.importSample()} /> : null}
      <dl className="welcome__facts">
        <div>
          <dt>Formats</dt>
          <dd>.txt .md .html .json .jsonl .eml — drop files or whole folders on the window</dd>
        </div>
        <div>
          <dt>Private</dt>
          <dd>Everything stays in one local workspace file. Nothing goes on the network.</dd>
        </div>
        <div>
          <dt>Keyboard</dt>
          <dd>
            Press <kbd>?</kbd> for shortcuts, <kbd>/</kbd> to search.
          </dd>
        </div>
      </dl>
    </section>
  );
}
