// "Export notes": choose a format (Markdown brief, CSV, W3C Web Annotation JSON), filter by tag,
// assessment or the open document, preview the result as it will read (the brief rendered, a CSV
// as a table, or the text itself), and download (or save, in the app).
import { useState } from 'react';
import type { ExportFormat, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert, Loading } from '../../components/Feedback.js';
import { plural } from '../../lib/format.js';
import { NotesFilters, type NotesFilter } from '../notes/NotesFilters.js';
import { CsvPreview } from './CsvPreview.js';
import { MarkdownPreview } from './MarkdownPreview.js';
import { useExport, useSaveExport } from './use-export.js';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'md', label: 'Markdown brief' },
  { value: 'csv', label: 'CSV spreadsheet' },
  { value: 'json', label: 'JSON (W3C Web Annotation)' },
  { value: 'ach-csv', label: 'ACH matrix (CSV)' },
];
const PREVIEW_LIMIT = 20_000;

interface ExportDialogProps {
  tags: Tag[];
  openDocument: { id: number; title: string } | null;
  /** Documents chosen in the document browser: their notes are exported unless the analyst widens it. */
  chosenDocuments?: readonly number[];
  onClose: () => void;
}

export function ExportDialog({ tags, openDocument, chosenDocuments, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('md');
  const [groupBy, setGroupBy] = useState<'tag' | 'document'>('tag');
  const [filter, setFilter] = useState<NotesFilter>({});
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [asText, setAsText] = useState(false);
  const [onlyChosen, setOnlyChosen] = useState(chosenDocuments !== undefined && chosenDocuments.length > 0);
  const documentId = onlyOpen && openDocument ? openDocument.id : undefined;
  const documentIds = onlyChosen && chosenDocuments ? [...chosenDocuments] : undefined;
  const output = useExport({
    format,
    groupBy,
    filter: { ...filter, ...(documentId === undefined ? {} : { documentId }), ...(documentIds === undefined ? {} : { documentIds }) },
  });
  const save = useSaveExport();
  const value = output.data;
  /** Any change of what is exported: the last "Saved …" no longer describes what the preview shows. */
  const changed = (): void => {
    setStatus('');
    setSaveError(null);
  };
  const content = value ? (value.content.length > PREVIEW_LIMIT ? `${value.content.slice(0, PREVIEW_LIMIT)}\n…` : value.content) : '';
  const shownAs = value === undefined || asText || value.format === 'json' ? 'text' : value.format === 'md' ? 'brief' : 'table';

  const download = async (): Promise<void> => {
    if (!value) return;
    setSaveError(null);
    try {
      const saved = await save(value);
      setStatus(saved ? `Saved ${value.fileName}` : 'Not saved.');
    } catch (failure) {
      setSaveError(errorMessage(failure));
    }
  };

  return (
    <Dialog title="Export notes" className="export-dialog" onClose={onClose}>
      <div className="export-options">
        <div className="field">
          <label htmlFor="export-format">Format</label>
          <select
            id="export-format"
            value={format}
            onChange={(e) => {
              setFormat(e.target.value as ExportFormat);
              changed();
            }}
          >
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        {format === 'md' ? (
          <div className="field">
            <label htmlFor="export-group">Group by</label>
            <select
              id="export-group"
              value={groupBy}
              onChange={(e) => {
                setGroupBy(e.target.value === 'document' ? 'document' : 'tag');
                changed();
              }}
            >
              <option value="tag">Tag</option>
              <option value="document">Document</option>
            </select>
          </div>
        ) : null}
        {chosenDocuments && chosenDocuments.length > 0 ? (
          <div className="field field--check">
            <input
              id="export-only-chosen"
              type="checkbox"
              checked={onlyChosen}
              onChange={(e) => {
                setOnlyChosen(e.target.checked);
                changed();
              }}
            />
            <label htmlFor="export-only-chosen">Only the {plural(chosenDocuments.length, 'document')} chosen in Documents</label>
          </div>
        ) : null}
        {openDocument ? (
          <div className="field field--check">
            <input
              id="export-only-open"
              type="checkbox"
              checked={onlyOpen}
              onChange={(e) => {
                setOnlyOpen(e.target.checked);
                changed();
              }}
            />
            <label htmlFor="export-only-open">Only the open document ({openDocument.title})</label>
          </div>
        ) : null}
      </div>
      <NotesFilters
        filter={filter}
        tags={tags}
        onChange={(next) => {
          setFilter(next);
          changed();
        }}
        idPrefix="export"
        legend="Which notes to export"
        labelPrefix=""
      />
      <section className="export-preview" aria-label="Preview">
        <div className="export-preview__head">
          <h3>Preview</h3>
          {value ? (
            <span className="muted">
              {plural(value.annotationCount, 'highlight')} · {value.fileName}
            </span>
          ) : null}
          {format !== 'json' ? (
            <span className="field field--check export-preview__as-text">
              <input id="export-as-text" type="checkbox" checked={asText} onChange={(e) => setAsText(e.target.checked)} />
              <label htmlFor="export-as-text">Show as plain text</label>
            </span>
          ) : null}
        </div>
        {output.isError ? (
          <ErrorAlert message={errorMessage(output.error)} onRetry={() => void output.refetch()} />
        ) : !value ? (
          <Loading label="Rendering…" />
        ) : shownAs === 'brief' ? (
          <div className="export-preview__rendered" tabIndex={0} role="document" aria-label="The brief as it reads">
            <MarkdownPreview source={content} />
          </div>
        ) : shownAs === 'table' ? (
          <CsvPreview source={value.content} />
        ) : (
          <pre className="export-preview__text" tabIndex={0} aria-label="The file's text">
            {content}
          </pre>
        )}
        {value && shownAs !== 'table' && value.content.length > PREVIEW_LIMIT ? (
          <p className="muted">The preview shows the start of the file; Download saves all of it.</p>
        ) : null}
      </section>
      {saveError ? <ErrorAlert message={saveError} /> : null}
      <div className="dialog__actions">
        <p className="muted" role="status">
          {status}
        </p>
        <span className="dialog__spacer" />
        <button type="button" className="button button--primary" disabled={!value || output.isFetching || output.isError} onClick={() => void download()}>
          Download
        </button>
      </div>
    </Dialog>
  );
}
