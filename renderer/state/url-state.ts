// What the address keeps of the workbench (query, filters, open document, reader scroll) as a URL
// hash, so a reload, a restart and back/forward bring it back. Pure: parse and serialise only.
import { isCalendarDate } from '../../api/schemas/common.js';
import { MAX_QUERY_LENGTH } from '../../api/schemas/search.js';
import type { SearchFilters } from '../../api/types.js';

export interface ViewState {
  /** The search as committed (trimmed), '' for every document. */
  query: string;
  filters: SearchFilters;
  /** The open document's id. */
  doc: number | null;
  /** The reader's scroll offset in pixels; 0 without a document. */
  scroll: number;
}

export interface ParsedView {
  view: ViewState;
  /** One plain phrase per part of the address that could not be used (and was left out). */
  problems: string[];
}

export const EMPTY_VIEW: ViewState = { query: '', filters: {}, doc: null, scroll: 0 };

type TextFilter = 'source' | 'language' | 'from' | 'to' | 'tag' | 'docTag';
type FlagFilter = 'hasHighlights' | 'hasNotes';

/** Order of the parameters in the address, so one view always writes the same hash. */
const TEXT_FILTERS: readonly TextFilter[] = ['source', 'language', 'from', 'to', 'tag', 'docTag'];
const FLAG_FILTERS: readonly FlagFilter[] = ['hasHighlights', 'hasNotes'];

const FILTER_NAMES: Record<TextFilter | FlagFilter, string> = {
  source: 'source filter',
  language: 'language filter',
  from: '“from” date',
  to: '“to” date',
  tag: 'tag filter',
  docTag: 'document tag filter',
  hasHighlights: '“has highlights” filter',
  hasNotes: '“has notes” filter',
};

/** Longest source or tag name taken from an address; real ones are far shorter. */
const MAX_NAME = 500;
/** Far beyond any document's height in pixels, and still exact as a number. */
const MAX_SCROLL = 100_000_000;

function textFilterOk(key: TextFilter, value: string): boolean {
  if (key === 'from' || key === 'to') return isCalendarDate(value);
  if (key === 'language') return /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*|und)$/.test(value);
  return value.trim() !== '' && value.length <= MAX_NAME;
}

function flag(value: string): boolean | null {
  if (value === '1' || value === 'true' || value === 'yes') return true;
  if (value === '0' || value === 'false' || value === 'no') return false;
  return null;
}

/** Shortens what is quoted back in a notice, so a long value cannot flood it. */
function quoted(value: string): string {
  return `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`;
}

/** Reads a location hash (`#q=fire&language=en&doc=3&scroll=1200`, with or without the `#`). */
export function parseViewHash(hash: string): ParsedView {
  const params = new URLSearchParams(hash.replace(/^#\/?/, ''));
  const problems: string[] = [];
  const filters: SearchFilters = {};

  let query = (params.get('q') ?? '').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    problems.push(`a query longer than ${MAX_QUERY_LENGTH} characters`);
    query = '';
  }
  for (const key of TEXT_FILTERS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (textFilterOk(key, value)) filters[key] = value;
    else problems.push(`the ${FILTER_NAMES[key]} ${quoted(value)}`);
  }
  for (const key of FLAG_FILTERS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    const parsed = flag(value);
    if (parsed === null) problems.push(`the ${FILTER_NAMES[key]} ${quoted(value)}`);
    else filters[key] = parsed;
  }

  let doc: number | null = null;
  const docText = params.get('doc');
  if (docText !== null && docText !== '') {
    const id = /^[1-9]\d*$/.test(docText) ? Number(docText) : NaN;
    if (Number.isSafeInteger(id)) doc = id;
    else problems.push(`the document number ${quoted(docText)}`);
  }

  let scroll = 0;
  const scrollText = params.get('scroll');
  if (doc !== null && scrollText !== null && scrollText !== '') {
    const offset = /^\d+$/.test(scrollText) ? Number(scrollText) : NaN;
    if (offset <= MAX_SCROLL) scroll = offset;
    else problems.push(`the scroll position ${quoted(scrollText)}`);
  }

  return { view: { query, filters, doc, scroll }, problems };
}

/** The hash for a view, `''` for the empty one (the address then has no hash at all). */
export function viewHash(view: ViewState): string {
  const params = new URLSearchParams();
  const query = view.query.trim();
  if (query !== '') params.set('q', query);
  for (const key of TEXT_FILTERS) {
    const value = view.filters[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  for (const key of FLAG_FILTERS) {
    const value = view.filters[key];
    if (value !== undefined) params.set(key, value ? '1' : '0');
  }
  if (view.doc !== null) {
    params.set('doc', String(view.doc));
    const scroll = Math.max(0, Math.round(view.scroll));
    if (scroll > 0) params.set('scroll', String(scroll));
  }
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** The notice for what an address could not use, or null when it was all fine. */
export function problemsNotice(problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  const list = problems.length === 1 ? problems[0] : `${problems.slice(0, -1).join(', ')} and ${problems[problems.length - 1]}`;
  return `Part of this link could not be used and was left out: ${list}.`;
}

export function sameFilters(a: SearchFilters, b: SearchFilters): boolean {
  return viewHash({ ...EMPTY_VIEW, filters: a }) === viewHash({ ...EMPTY_VIEW, filters: b });
}

export function sameSearch(a: Pick<ViewState, 'query' | 'filters'>, b: Pick<ViewState, 'query' | 'filters'>): boolean {
  return a.query.trim() === b.query.trim() && sameFilters(a.filters, b.filters);
}
