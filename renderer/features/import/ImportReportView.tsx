// What an import did, file by file: added, duplicates (with the existing document), and failures
// with the core's reason for each.
import type { ImportReport } from '../../../api/types.js';
import { plural } from '../../lib/format.js';

function baseName(origin: string): string {
  return origin.split(/[\\/]/).pop() ?? origin;
}

export function ImportReportView({ report, skipped }: { report: ImportReport; skipped: number }) {
  return (
    <section className="import-report" aria-label="Import report">
      <p className="import-report__summary">
        <strong>{plural(report.added.length, 'document')} added</strong>
        {' · '}
        {plural(report.duplicates.length, 'duplicate')}
        {' · '}
        <span className={report.failed.length ? 'text-danger' : undefined}>{report.failed.length} failed</span>
        {skipped > 0 ? ` · ${plural(skipped, 'file')} of other types skipped` : null}
      </p>
      {report.failed.length > 0 ? (
        <div>
          <h3 className="import-report__heading">Failed</h3>
          <ul className="import-report__list">
            {report.failed.map((f, i) => (
              <li key={`${f.origin}-${i}`}>
                <span className="import-report__file" title={f.origin}>
                  {baseName(f.origin)}
                </span>
                : {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.added.length > 0 ? (
        <details open={report.added.length <= 8}>
          <summary>Added ({report.added.length})</summary>
          <ul className="import-report__list">
            {report.added.map((a) => (
              <li key={a.id}>
                {a.title} <span className="muted">— {baseName(a.origin)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.duplicates.length > 0 ? (
        <details>
          <summary>Duplicates ({report.duplicates.length})</summary>
          <ul className="import-report__list">
            {report.duplicates.map((d, i) => (
              <li key={`${d.origin}-${i}`}>
                {baseName(d.origin)} <span className="muted">— already imported as document {d.existingId}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
