// A small RTF reader: groups, control words, \'hh bytes in the document's or the font's code page
// (iconv-lite), \uN escapes with their fallbacks skipped, and the destinations that are not text
// ({\*…}, font and colour tables, pictures, headers, footnotes, field instructions) left out.
// It yields paragraphs with the properties that make blocks (style, outline level, list, table
// cell) plus the {\info} fields. Pure: a string of the file's bytes (latin1) in, records out.
import iconv from 'iconv-lite';
import { CHARSET_CODEPAGE, encodingFor, INFO_TEXT, INFO_TIME, SKIPPED, SYMBOLS } from './rtf-vocabulary.js';

export interface RtfParagraph {
  type: 'paragraph';
  text: string;
  /** The list label LibreOffice and Word write in {\listtext}: "•", "1.". */
  marker: string;
  style: number;
  /** \outlinelevelN: 0 is a top-level heading. */
  outline: number | null;
  list: boolean;
  listLevel: number;
}

export interface RtfRow {
  type: 'row';
  cells: string[];
}

export interface RtfContent {
  items: (RtfParagraph | RtfRow)[];
  /** Paragraph style number -> its name ("heading 1", "Quotations"). */
  styles: Map<number, string>;
  /** {\info} text fields by control word (title, author, subject…), and creatim/revtim as 'YYYY-MM-DDTHH:MM'. */
  info: Map<string, string>;
  /** False when the file ends inside an open group: cut short. */
  complete: boolean;
}

interface ParagraphProps {
  style: number;
  outline: number | null;
  list: boolean;
  listLevel: number;
  inTable: boolean;
}

type Destination = 'body' | 'skip' | 'fonttbl' | 'stylesheet' | 'style-entry' | 'info' | 'info-text' | 'info-time' | 'marker';

interface GroupState {
  destination: Destination;
  /** Bytes of fallback text still to skip after a \uN. */
  uc: number;
  font: number | null;
  para: ParagraphProps;
  /** Which {\info} field or time this group holds. */
  field: string;
}

const CONTROL_WORD = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/y;
const TEXT_RUN = /[^{}\\\r\n]+/y;
const ASCII = /^[\t\x20-\x7e]*$/;

/** Reads RTF given as a latin1 string (one character per byte). */
export function readRtf(source: string): RtfContent {
  const items: RtfContent['items'] = [];
  const styles = new Map<number, string>();
  const info = new Map<string, string>();
  const fontCharsets = new Map<number, number>();
  const times = new Map<string, Record<string, number>>();
  let codepage = 1252;
  let defaultFont: number | null = null;
  let state: GroupState = { destination: 'body', uc: 1, font: null, para: { style: 0, outline: null, list: false, listLevel: 0, inTable: false }, field: '' };
  const stack: GroupState[] = [];
  let bytes: number[] = [];
  let skipFallback = 0;
  let paragraph = '';
  let marker = '';
  let cell = '';
  let cells: string[] = [];
  let entry: { style: number | null; name: string } | null = null;
  let fontBeingDefined: number | null = null;
  let captured = '';

  const currentEncoding = (): string => {
    const font = state.font ?? defaultFont;
    const charset = font === null ? undefined : fontCharsets.get(font);
    return encodingFor(charset !== undefined && CHARSET_CODEPAGE[charset] !== undefined ? (CHARSET_CODEPAGE[charset] as number) : codepage);
  };
  const write = (text: string): void => {
    switch (state.destination) {
      case 'body':
        if (state.para.inTable) cell += text;
        else paragraph += text;
        break;
      case 'marker':
        marker += text;
        break;
      case 'style-entry':
        if (entry) entry.name += text;
        break;
      case 'info-text':
        captured += text;
        break;
      default:
        break;
    }
  };
  const flush = (): void => {
    if (bytes.length === 0) return;
    write(iconv.decode(Buffer.from(bytes), currentEncoding()));
    bytes = [];
  };
  const endParagraph = (): void => {
    if (state.para.inTable) {
      cell += ' ';
      return;
    }
    const { style, outline, list, listLevel } = state.para;
    items.push({ type: 'paragraph', text: paragraph, marker: marker.trim(), style, outline, list, listLevel });
    paragraph = '';
    marker = '';
  };
  const endCell = (): void => {
    cells.push(cell.replace(/\s+/g, ' ').trim());
    cell = '';
    marker = '';
  };
  const endRow = (): void => {
    if (cell.trim() !== '') endCell();
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) items.push({ type: 'row', cells });
    cells = [];
    cell = '';
  };

  const control = (word: string, param: number | null): void => {
    if (state.destination === 'skip') return;
    if (SKIPPED.has(word)) {
      state.destination = 'skip';
      return;
    }
    if (state.destination === 'fonttbl') {
      if (word === 'f' && param !== null) fontBeingDefined = param;
      else if (word === 'fcharset' && param !== null && fontBeingDefined !== null) fontCharsets.set(fontBeingDefined, param);
      return;
    }
    if (state.destination === 'stylesheet' || state.destination === 'style-entry') {
      if (!entry) return;
      if (word === 's' && param !== null) entry.style = param;
      else if (word === 'cs' || word === 'ds' || word === 'ts') entry.style = null;
      return;
    }
    if (state.destination === 'info') {
      if (INFO_TEXT.has(word)) {
        state.destination = 'info-text';
        state.field = word;
        captured = '';
      } else if (INFO_TIME.has(word)) {
        state.destination = 'info-time';
        state.field = word;
        times.set(word, {});
      }
      return;
    }
    if (state.destination === 'info-time') {
      if (param !== null) (times.get(state.field) as Record<string, number>)[word] = param;
      return;
    }
    switch (word) {
      case 'fonttbl':
        state.destination = 'fonttbl';
        return;
      case 'stylesheet':
        state.destination = 'stylesheet';
        return;
      case 'info':
        state.destination = 'info';
        return;
      case 'listtext':
      case 'pntext':
        state.destination = 'marker';
        marker = '';
        return;
      case 'ansicpg':
        if (param !== null) codepage = param;
        return;
      case 'mac':
        codepage = 10000;
        return;
      case 'pc':
        codepage = 437;
        return;
      case 'pca':
        codepage = 850;
        return;
      case 'deff':
        defaultFont = param;
        return;
      case 'f':
        state.font = param;
        return;
      case 'uc':
        state.uc = Math.max(0, param ?? 1);
        return;
      case 'u':
        if (param !== null) write(String.fromCharCode(param < 0 ? param + 65536 : param));
        skipFallback = state.uc;
        return;
      case 'par':
        if (state.destination === 'body') endParagraph();
        return;
      case 'line':
        write('\n');
        return;
      case 'tab':
        write('\t');
        return;
      case 'cell':
      case 'nestcell':
        endCell();
        return;
      case 'row':
      case 'nestrow':
        endRow();
        return;
      case 'pard':
        state.para = { style: 0, outline: null, list: false, listLevel: 0, inTable: false };
        return;
      case 's':
        state.para.style = param ?? 0;
        return;
      case 'outlinelevel':
        state.para.outline = param;
        return;
      case 'ls':
        state.para.list = true;
        return;
      case 'ilvl':
        state.para.listLevel = Math.max(0, param ?? 0);
        return;
      case 'intbl':
        state.para.inTable = true;
        return;
      default: {
        const symbol = SYMBOLS.get(word);
        if (symbol !== undefined) write(symbol);
      }
    }
  };

  let depth = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source.charCodeAt(i);
    if (ch === 0x7b /* { */) {
      flush();
      skipFallback = 0;
      stack.push(state);
      state = { ...state, para: { ...state.para } };
      depth += 1;
      if (state.destination === 'stylesheet') {
        state.destination = 'style-entry';
        entry = { style: 0, name: '' };
      } else if (state.destination === 'fonttbl') fontBeingDefined = null;
      i += 1;
    } else if (ch === 0x7d /* } */) {
      flush();
      skipFallback = 0;
      if (state.destination === 'style-entry' && stack[stack.length - 1]?.destination === 'stylesheet' && entry) {
        if (entry.style !== null) styles.set(entry.style, entry.name.replace(/;[\s\S]*$/, '').trim());
        entry = null;
      }
      if (state.destination === 'info-text' && stack[stack.length - 1]?.destination !== 'info-text') info.set(state.field, captured.replace(/\s+/g, ' ').trim());
      state = stack.pop() ?? state;
      depth -= 1;
      i += 1;
    } else if (ch === 0x5c /* \ */) {
      const next = source[i + 1] ?? '';
      if (next === "'") {
        const byte = parseInt(source.slice(i + 2, i + 4), 16);
        i += 4;
        if (skipFallback > 0) skipFallback -= 1;
        else if (!Number.isNaN(byte) && state.destination !== 'skip') bytes.push(byte);
        continue;
      }
      flush();
      CONTROL_WORD.lastIndex = i;
      const match = CONTROL_WORD.exec(source);
      if (match) {
        i = CONTROL_WORD.lastIndex;
        const word = match[1] as string;
        const param = match[2] === undefined ? null : Number(match[2]);
        if (word === 'bin') {
          i += Math.max(0, param ?? 0);
          continue;
        }
        if (word !== 'u') skipFallback = 0;
        control(word, param);
        continue;
      }
      i += 2;
      skipFallback = 0;
      if (next === '*') state.destination = 'skip';
      else if (next === '\\' || next === '{' || next === '}') write(next);
      else if (next === '~') write('\u00A0');
      else if (next === '_') write('\u2011');
      else if (next === '\n' || next === '\r') control('par', null);
    } else if (ch === 0x0d || ch === 0x0a) {
      i += 1;
    } else {
      // A run of plain characters: skipped whole in an ignored destination, written whole when ASCII.
      TEXT_RUN.lastIndex = i;
      const run = (TEXT_RUN.exec(source) as RegExpExecArray)[0];
      i += run.length;
      const fallback = Math.min(skipFallback, run.length);
      skipFallback -= fallback;
      const text = run.slice(fallback);
      if (state.destination === 'skip' || text === '') continue;
      if (ASCII.test(text)) {
        flush();
        write(text);
      } else for (let k = 0; k < text.length; k += 1) bytes.push(text.charCodeAt(k) & 0xff);
    }
  }
  flush();
  if (paragraph.trim() !== '') endParagraph();
  if (cells.length > 0 || cell.trim() !== '') endRow();
  for (const [field, parts] of times) {
    const { yr, mo, dy, hr = 0, min = 0 } = parts;
    if (yr && mo && dy)
      info.set(field, `${yr}-${String(mo).padStart(2, '0')}-${String(dy).padStart(2, '0')}T${String(hr).padStart(2, '0')}:${String(min).padStart(2, '0')}`);
  }
  return { items, styles, info, complete: depth <= 0 };
}
