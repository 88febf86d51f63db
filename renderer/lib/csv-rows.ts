// Reads CSV (RFC 4180: commas, CRLF or LF, "quoted" fields with "" for a quote, line breaks inside
// quotes) into rows of fields, for previewing an export as a table. A leading BOM is dropped. Pure.

export function parseCsv(text: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let started = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length && rows.length < maxRows; i++) {
    const c = text[i] as string;
    started = true;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
    } else field += c;
  }
  if (started && rows.length < maxRows) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** How many records the text holds (for "first 200 of 1,234 rows"), without building them. */
export function countCsvRows(text: string): number {
  let count = 0;
  let quoted = false;
  let open = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      count++;
      open = false;
      continue;
    }
    open = true;
  }
  return open ? count + 1 : count;
}
