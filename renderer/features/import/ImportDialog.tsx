// "Import documents": pick files or a folder (or drop them anywhere on the window) in the
// browser, or use the native picker in the desktop app; shows progress, then the report.
import { useCallback, useState } from 'react';
import { useShell } from '../../api/bridge.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { ACCEPT_ATTRIBUTE } from '../../lib/import-batches.js';
import { ImportHighlights } from './ImportHighlights.js';
import { ImportProgressView } from './ImportProgressView.js';
import { ImportReportView } from './ImportReportView.js';
import { fromFileList } from './read-files.js';
import type { Importer } from './use-import.js';

export function ImportDialog({ importer, onClose }: { importer: Importer; onClose: () => void }) {
  const shell = useShell();
  const { state } = importer;
  const [pickError, setPickError] = useState<string | null>(null);
  const folderRef = useCallback((input: HTMLInputElement | null) => {
    input?.setAttribute('webkitdirectory', '');
    input?.setAttribute('directory', '');
  }, []);

  const chooseNative = async (): Promise<void> => {
    if (!shell) return;
    setPickError(null);
    try {
      const paths = await shell.openFiles({});
      if (paths.length > 0) await importer.importPaths(paths);
    } catch (failure) {
      setPickError(errorMessage(failure));
    }
  };

  return (
    <Dialog title="Import documents" className="import-dialog" onClose={onClose} closeOnOutsideClick={!state.running}>
      <p className="dialog__lead">
        PDF, Word (.docx), OpenDocument (.odt), EPUB, RTF, web pages (.html), e-mail (.eml, .msg) and mailboxes (.mbox), Markdown, plain text and JSON / JSONL. A file
        that cannot be read is named with the reason and the others still import; the same text twice is reported as a duplicate.
      </p>
      {shell ? (
        <div className="import-pickers">
          <button type="button" className="button button--primary" disabled={state.running} onClick={() => void chooseNative()}>
            Choose files…
          </button>
        </div>
      ) : (
        <div className="dropzone">
          <p className="dropzone__text">Drop files or folders anywhere on the window, or</p>
          <div className="import-pickers">
            <span className="file-picker">
              <input
                id="import-files"
                className="file-picker__input"
                type="file"
                multiple
                accept={ACCEPT_ATTRIBUTE}
                disabled={state.running}
                onChange={(event) => {
                  const { files } = fromFileList(event.target.files, false);
                  event.target.value = '';
                  if (files.length > 0) void importer.importFiles(files);
                }}
              />
              <label htmlFor="import-files" className="button button--primary">
                Choose files
              </label>
            </span>
            <span className="file-picker">
              <input
                id="import-folder"
                ref={folderRef}
                className="file-picker__input"
                type="file"
                multiple
                disabled={state.running}
                onChange={(event) => {
                  const { files, skipped } = fromFileList(event.target.files, true);
                  event.target.value = '';
                  if (files.length > 0) void importer.importFiles(files, skipped);
                }}
              />
              <label htmlFor="import-folder" className="button">
                Choose a folder
              </label>
            </span>
          </div>
        </div>
      )}
      {state.running || state.report ? <ImportProgressView state={state} onCancel={importer.cancel} /> : null}
      {state.error || pickError ? <ErrorAlert message={state.error ?? pickError ?? ''} /> : null}
      {state.report && !state.running ? <ImportReportView report={state.report} skipped={state.skipped} /> : null}
      <ImportHighlights />
      <div className="dialog__actions">
        <span className="dialog__spacer" />
        <button type="button" className="button" onClick={onClose}>
          {state.running ? 'Hide (import continues)' : 'Done'}
        </button>
      </div>
    </Dialog>
  );
}
