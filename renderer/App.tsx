// The workbench: header, then three resizable panes (search | reader | notes), the workspace
// dialogs, first-run welcome and window-wide drop-to-import. Holds only cross-pane state.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, ImportReport, SearchHit, SearchResult, Tag } from '../api/types.js';
import { subscribeToMenu } from './api/events.js';
import { errorMessage } from './api/workbench-client.js';
import { ErrorAlert } from './components/Feedback.js';
import { useLiveUpdates } from './data/use-live-updates.js';
import { ExportDialog } from './features/export/ExportDialog.js';
import { DocumentsDialog } from './features/documents/DocumentsDialog.js';
import { HypothesesDialog } from './features/hypotheses/HypothesesDialog.js';
import { ImportDialog } from './features/import/ImportDialog.js';
import { useImport } from './features/import/use-import.js';
import { useWindowDrop } from './features/import/use-window-drop.js';
import { AppHeader, type AppDialog } from './features/layout/AppHeader.js';
import { Separator } from './features/layout/Separator.js';
import { PANE_MIN, paneMax, usePaneWidths } from './features/layout/use-pane-widths.js';
import { NotesPane } from './features/notes/NotesPane.js';
import { ReaderPane } from './features/reader/ReaderPane.js';
import { useWorkspaceInfo } from './features/reader/use-document.js';
import type { FocusRequest } from './features/reader/use-reveal.js';
import { SearchPane, type QueryRequest } from './features/search/SearchPane.js';
import { useFacets } from './features/search/use-search.js';
import { ShortcutsDialog } from './features/shortcuts/ShortcutsDialog.js';
import { TagsDialog } from './features/tags/TagsDialog.js';
import { useTags } from './features/tags/use-tags.js';
import { SampleAdded } from './features/welcome/SampleAdded.js';
import { Welcome } from './features/welcome/Welcome.js';
import { UndoNotice } from './features/undo/UndoNotice.js';
import { useUndoShortcut } from './features/undo/use-undo-shortcut.js';
import { useHotkeys } from './state/use-hotkeys.js';
import { useUrlView } from './state/use-url-view.js';
// Opening a document is a history entry; null (it was removed) rewrites the current one.
import { openDocument as setOpenId } from './state/view-history.js';

const NO_MATCHES: SearchHit['matches'] = [];
const NO_TAGS: Tag[] = [];

export function App() {
  const info = useWorkspaceInfo();
  const tags = useTags();
  const importer = useImport();
  useLiveUpdates();
  const [dialog, setDialog] = useState<AppDialog | null>(null);
  const [openTitle, setOpenTitle] = useState<{ id: number; title: string } | null>(null);
  const [result, setResult] = useState<SearchResult | undefined>(undefined);
  // The open document, query and filters live in the address: reloads and back/forward keep them.
  const { openId, notice, dismissNotice } = useUrlView({ loadedId: openTitle?.id, searchSettled: result !== undefined });
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [widths, setWidth] = usePaneWidths();
  const searchRef = useRef<HTMLInputElement>(null);
  const facets = useFacets();
  const [queryRequest, setQueryRequest] = useState<QueryRequest | null>(null);

  const empty = info.data?.documentCount === 0;
  const tagList = tags.data ?? NO_TAGS;
  // The sample just loaded: say what came in until the analyst opens a document (that report is
  // then seen) or imports again (a new report).
  const sampleReport = importer.state.source === 'sample' && !importer.state.running && !importer.state.error ? importer.state.report : null;
  const [seenReport, setSeenReport] = useState<ImportReport | null>(null);
  const showSampleAdded = !empty && sampleReport !== null && sampleReport.added.length > 0 && openId === null && seenReport !== sampleReport;
  const matches = useMemo(() => result?.hits.find((h) => h.id === openId)?.matches ?? NO_MATCHES, [result, openId]);

  const openHit = useCallback(
    (hit: SearchHit) => {
      setOpenId(hit.id);
      setSeenReport(sampleReport);
    },
    [sampleReport],
  );
  // Documents chosen in the document browser for "Export notes…".
  const [chosenDocuments, setChosenDocuments] = useState<readonly number[] | undefined>(undefined);
  const openFromList = useCallback(
    (document: { id: number }) => {
      setOpenId(document.id);
      setSeenReport(sampleReport);
      setDialog(null);
    },
    [sampleReport],
  );
  const onLoaded = useCallback((id: number, title: string) => setOpenTitle({ id, title }), []);
  const onRemoved = useCallback(() => setOpenId(null), []);
  const jumpTo = useCallback(
    (annotation: Pick<Annotation, 'id' | 'documentId'>) => {
      setOpenId(annotation.documentId);
      setSeenReport(sampleReport);
      setFocusRequest({ annotationId: annotation.id, nonce: Date.now() });
    },
    [sampleReport],
  );

  const dragging = useWindowDrop((files, skipped) => {
    setDialog('import');
    void importer.importFiles(files, skipped);
  }, !importer.state.running);

  useEffect(() => subscribeToMenu(setDialog), []);
  useUndoShortcut();

  useHotkeys({
    '/': () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    '?': () => setDialog('shortcuts'),
  });

  const busy = importer.state.running ? 'Importing…' : null;
  const max = paneMax();

  return (
    <div className="app">
      <AppHeader info={info.data} showImport={!empty} busy={busy} onOpen={setDialog} />
      {info.isError ? <ErrorAlert className="app-error" message={errorMessage(info.error)} onRetry={() => void info.refetch()} /> : null}
      {notice ? (
        <div role="status" className="notice app-notice">
          <span className="alert__message">{notice}</span>
          <button type="button" className="button button--small" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
      {dialog === null ? <UndoNotice className="app-notice" /> : null}
      <div className="panes">
        <section id="pane-search" className="pane pane--search" aria-label="Search" style={{ width: widths.left }}>
          <SearchPane inputRef={searchRef} openId={openId} onOpen={openHit} onResult={setResult} workspaceEmpty={empty} queryRequest={queryRequest} />
          <Separator label="Resize search pane" controls="pane-search" value={widths.left} min={PANE_MIN} max={max} direction={1} onChange={(v) => setWidth('left', v)} />
        </section>
        <main className="pane pane--reader" aria-label="Reader">
          {empty ? (
            <Welcome importer={importer} onImport={() => setDialog('import')} />
          ) : showSampleAdded ? (
            <SampleAdded report={sampleReport} languages={facets.data?.languages} onSearch={(text) => setQueryRequest({ text, nonce: Date.now() })} />
          ) : (
            <ReaderPane documentId={openId} matches={matches} tags={tagList} focusRequest={focusRequest} onLoaded={onLoaded} onRemoved={onRemoved} />
          )}
        </main>
        <aside id="pane-notes" className="pane pane--notes" aria-label="Notes" style={{ width: widths.right }}>
          <NotesPane openDocumentId={openId} tags={tagList} onJump={jumpTo} />
          <Separator
            label="Resize notes pane"
            controls="pane-notes"
            value={widths.right}
            min={PANE_MIN}
            max={max}
            direction={-1}
            onChange={(v) => setWidth('right', v)}
          />
        </aside>
      </div>
      {dialog === 'import' ? <ImportDialog importer={importer} onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? (
        <ExportDialog
          tags={tagList}
          openDocument={openId === null ? null : { id: openId, title: openTitle?.id === openId ? openTitle.title : `document ${openId}` }}
          chosenDocuments={chosenDocuments}
          onClose={() => {
            setChosenDocuments(undefined);
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'documents' ? (
        <DocumentsDialog
          tags={tagList}
          onOpen={openFromList}
          onExport={(ids) => {
            setChosenDocuments(ids);
            setDialog('export');
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'tags' ? <TagsDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'hypotheses' ? <HypothesesDialog onClose={() => setDialog(null)} onShow={jumpTo} /> : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop to import</p>
        </div>
      ) : null}
    </div>
  );
}
