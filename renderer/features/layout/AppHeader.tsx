// The top bar: the app's name, what the workspace holds, and the workspace-wide actions
// (Import, Documents, Export, Hypotheses, Manage tags, keyboard shortcuts).
import type { WorkspaceInfo } from '../../../api/types.js';
import { plural } from '../../lib/format.js';

export type AppDialog = 'import' | 'export' | 'tags' | 'hypotheses' | 'shortcuts' | 'documents';

interface AppHeaderProps {
  info: WorkspaceInfo | undefined;
  showImport: boolean;
  busy: string | null;
  onOpen: (dialog: AppDialog) => void;
}

export function AppHeader({ info, showImport, busy, onOpen }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true">
          A
        </span>
        <span className="brand__name">Assay</span>
      </div>
      {info ? (
        <p className="app-header__counts">
          {plural(info.documentCount, 'document')} · {plural(info.annotationCount, 'highlight')} · {plural(info.tagCount, 'tag')}
          {busy ? <span className="app-header__busy"> · {busy}</span> : null}
        </p>
      ) : null}
      <nav className="app-header__actions" aria-label="Workspace">
        {showImport ? (
          <button type="button" className="button" onClick={() => onOpen('import')}>
            Import
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => onOpen('documents')}>
          Documents
        </button>
        <button type="button" className="button" onClick={() => onOpen('export')}>
          Export
        </button>
        <button type="button" className="button" onClick={() => onOpen('hypotheses')}>
          Hypotheses
        </button>
        <button type="button" className="button" onClick={() => onOpen('tags')}>
          Manage tags
        </button>
        <button
          type="button"
          className="icon-button icon-button--bordered"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => onOpen('shortcuts')}
        >
          <span aria-hidden="true">?</span>
        </button>
      </nav>
    </header>
  );
}
