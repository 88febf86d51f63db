// A CSV export previewed as the table a spreadsheet will show: the first row as column headings,
// then up to PREVIEW_ROWS rows, saying how many more the file holds.
import { useMemo } from 'react';
import { plural } from '../../lib/format.js';
import { countCsvRows, parseCsv } from '../../lib/csv-rows.js';

const PREVIEW_ROWS = 200;

interface CsvPreviewProps {
  source: string;
}

export function CsvPreview({ source }: CsvPreviewProps) {
  const { header, rows, total } = useMemo(() => {
    const [head = [], ...body] = parseCsv(source, PREVIEW_ROWS + 1);
    return { header: head, rows: body, total: Math.max(0, countCsvRows(source) - 1) };
  }, [source]);
  return (
    <>
      <div className="export-preview__table" tabIndex={0} role="group" aria-label="Spreadsheet preview">
        <table>
          <thead>
            <tr>
              {header.map((name, i) => (
                <th key={i} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((value, i) => (
                  <td key={i}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted export-preview__note">{total > rows.length ? `The first ${rows.length} of ${plural(total, 'row')}.` : plural(total, 'row')}</p>
    </>
  );
}
