// The import machine, kept above the dialog so an import goes on when the dialog closes: files
// go to importFiles in batches (20 files / 20 MB), paths to importPaths, or the sample corpus;
// progress comes from the batch count and the core's progress events.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationImportReport, ImportProgress, ImportReport } from '../../../api/types.js';
import { subscribeToEvents } from '../../api/events.js';
import { errorMessage } from '../../api/workbench-client.js';
import { useWorkbenchMutation } from '../../data/workbench-hooks.js';
import { planBatches } from '../../lib/import-batches.js';
import { fileToBase64, type PickedFile } from './read-files.js';

export interface ImportState {
  running: boolean;
  source: 'files' | 'paths' | 'sample' | null;
  done: number;
  total: number;
  skipped: number;
  progress: ImportProgress | null;
  report: ImportReport | null;
  error: string | null;
  cancelled: boolean;
}

const IDLE: ImportState = { running: false, source: null, done: 0, total: 0, skipped: 0, progress: null, report: null, error: null, cancelled: false };

function merge(a: ImportReport, b: ImportReport): ImportReport {
  return { added: [...a.added, ...b.added], duplicates: [...a.duplicates, ...b.duplicates], failed: [...a.failed, ...b.failed] };
}

export interface Importer {
  state: ImportState;
  importFiles(files: PickedFile[], skipped?: number): Promise<void>;
  importPaths(paths: string[]): Promise<void>;
  importSample(): Promise<void>;
  cancel(): void;
  reset(): void;
}

export function useImport(): Importer {
  const { mutateAsync: sendFiles } = useWorkbenchMutation('importFiles');
  const { mutateAsync: sendPaths } = useWorkbenchMutation('importPaths');
  const { mutateAsync: sendSample } = useWorkbenchMutation('importSample');
  const { mutate: stopImport } = useWorkbenchMutation('cancelImport');
  const [state, setState] = useState<ImportState>(IDLE);
  const stop = useRef(false);

  useEffect(() => {
    if (!state.running) return;
    return subscribeToEvents((event) => {
      if (event.type === 'progress') setState((s) => (s.running ? { ...s, progress: event.progress } : s));
    });
  }, [state.running]);

  const finish = useCallback((report: ImportReport, error: string | null) => {
    setState((s) => ({ ...s, running: false, report, error, cancelled: stop.current || report.cancelled === true }));
  }, []);

  const importFiles = useCallback(
    async (files: PickedFile[], skipped = 0) => {
      stop.current = false;
      setState({ ...IDLE, running: true, source: 'files', total: files.length, skipped });
      let report: ImportReport = { added: [], duplicates: [], failed: [] };
      let done = 0;
      try {
        for (const batch of planBatches(files)) {
          if (stop.current) break;
          const payload: { name: string; content: string }[] = [];
          for (const picked of batch) {
            try {
              payload.push({ name: picked.path, content: await fileToBase64(picked.file) });
            } catch (failure) {
              report.failed.push({ origin: picked.path, reason: `unreadable: ${errorMessage(failure)}` });
            }
          }
          if (payload.length > 0) report = merge(report, await sendFiles({ files: payload }));
          done += batch.length;
          setState((s) => ({ ...s, done, report }));
        }
        finish(report, null);
      } catch (failure) {
        finish(report, errorMessage(failure));
      }
    },
    [sendFiles, finish],
  );

  const runWhole = useCallback(
    async (source: 'paths' | 'sample', call: () => Promise<ImportReport>, total: number) => {
      stop.current = false;
      setState({ ...IDLE, running: true, source, total });
      try {
        finish(await call(), null);
      } catch (failure) {
        finish({ added: [], duplicates: [], failed: [] }, errorMessage(failure));
      }
    },
    [finish],
  );

  return {
    state,
    importFiles,
    importPaths: (paths) => runWhole('paths', () => sendPaths({ paths }), paths.length),
    importSample: () => runWhole('sample', () => sendSample({}), 0),
    // Stops between uploads here, and the running import on the host after its current batch.
    cancel: () => {
      stop.current = true;
      stopImport({});
    },
    reset: () => setState(IDLE),
  };
}

/** Imports a W3C Web Annotation collection (another analyst's highlights) into this workspace. */
export function useImportHighlights(): (content: string) => Promise<AnnotationImportReport> {
  const { mutateAsync } = useWorkbenchMutation('importAnnotations');
  return useCallback((content: string) => mutateAsync({ content }), [mutateAsync]);
}
