// Import progress: a labelled <progress> with "12 of 40 files", and what the core is doing now
// (reading a file) from its progress events.
import { plural } from '../../lib/format.js';
import type { ImportState } from './use-import.js';

function phaseText(state: ImportState): string {
  const progress = state.progress;
  if (!state.running) return state.cancelled ? 'Stopped.' : 'Finished.';
  if (progress?.phase === 'scanning') return 'Looking for files…';
  if (progress?.phase === 'copies') return 'Looking for copied passages (the documents can be searched meanwhile)…';
  if (progress?.phase === 'importing' && progress.current) return `Reading ${progress.current.split(/[\\/]/).pop() ?? ''}`;
  return state.source === 'sample' ? 'Loading the sample corpus…' : 'Importing…';
}

export function ImportProgressView({ state, onCancel }: { state: ImportState; onCancel: () => void }) {
  const batched = state.source === 'files';
  const done = batched ? state.done : (state.progress?.done ?? (state.running ? 0 : state.total));
  const total = batched ? state.total : (state.progress?.total ?? state.total);
  const known = total > 0;
  return (
    <div className="import-progress">
      <progress aria-label="Import progress" max={known ? total : undefined} value={known ? done : undefined} />
      <p className="import-progress__text" aria-live="polite">
        {known ? `${done.toLocaleString('en')} of ${plural(total, state.progress?.phase === 'copies' ? 'document' : 'file')}` : ''}
        {known ? ' — ' : ''}
        {phaseText(state)}
      </p>
      {state.running ? (
        <button type="button" className="button button--small" onClick={onCancel}>
          Stop after this batch
        </button>
      ) : null}
    </div>
  );
}
