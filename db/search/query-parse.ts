// Turns what the analyst typed into lunr clauses plus quoted phrases, or a one-line message
// saying what is wrong. Pure: no database, no index, so every odd input can be unit-tested.
import { WorkbenchError } from '../../api/result.js';
import { INDEX_FIELDS, isStopWord, lunr, type IndexField } from './lunr-setup.js';
import { QueryParser, type QueryClause } from './lunr-internals.js';
import { phrasePattern, phraseWords } from './phrase-match.js';

export interface Phrase {
  text: string;
  words: string[];
  pattern: RegExp;
  /** Fields the phrase must occur in; null means title, body or notes. */
  fields: IndexField[] | null;
  prohibited: boolean;
}

export interface ParsedQuery {
  text: string;
  clauses: QueryClause[];
  phrases: Phrase[];
  /** Nothing to search for: list documents (by filters) instead. */
  empty: boolean;
}

export const MAX_EDIT_DISTANCE = 2;

const FIELD_ALIASES: Record<string, IndexField> = { note: 'notes', tag: 'tags', text: 'body', doctag: 'doctags' };
const PHRASE = /([+-]?)(?:([\p{L}_]+):)?"([^"]*)"/gu;
const FIELD_LIST = 'title, source, author, body, notes, tags or doctags';

function badQuery(message: string): never {
  throw new WorkbenchError('bad-query', message);
}

function resolveField(name: string): IndexField {
  const lower = name.toLowerCase();
  const field = FIELD_ALIASES[lower] ?? lower;
  if ((INDEX_FIELDS as readonly string[]).includes(field)) return field as IndexField;
  return badQuery(`Unknown field "${name}" — search in ${FIELD_LIST}, e.g. title:minsk`);
}

function extractPhrases(text: string): { rest: string; phrases: Phrase[] } {
  const phrases: Phrase[] = [];
  const rest = text.replace(PHRASE, (_all, presence: string, field: string | undefined, inner: string) => {
    const words = phraseWords(inner);
    if (words.length === 0) badQuery('An empty phrase "" matches nothing — put words between the quotes');
    phrases.push({
      text: inner,
      words,
      pattern: phrasePattern(words),
      fields: field ? [resolveField(field)] : null,
      prohibited: presence === '-',
    });
    return ' ';
  });
  if (rest.includes('"')) badQuery('Unclosed quote — add the closing " to search for a phrase');
  return { rest, phrases };
}

// lunr 2.3.9 internal (pinned exactly in package.json): the wording of QueryParseError messages.
// If it changes, the analyst gets "Cannot read this query: <lunr's message>" instead of advice.
/** Maps lunr's parser messages onto sentences an analyst can act on. */
function explainParseError(message: string): string {
  if (/unrecognised field '([^']*)'/.test(message)) {
    const name = /unrecognised field '([^']*)'/.exec(message)?.[1] ?? '';
    return name === '' || name === '*'
      ? `A field name is missing before ":" — search in ${FIELD_LIST}, e.g. title:minsk`
      : `Unknown field "${name}" — search in ${FIELD_LIST}, e.g. title:minsk`;
  }
  if (/edit distance must be numeric/.test(message)) return '"~" must be followed by a number of edits, e.g. goverment~1';
  if (/boost must be numeric/.test(message)) return '"^" must be followed by a number, e.g. minsk^2';
  if (/expecting term or field, found nothing/.test(message)) return '"+" or "-" must be followed by a word, e.g. +minsk -moscow';
  if (/expecting term, found nothing/.test(message)) return 'A field needs a word after the colon, e.g. title:minsk';
  if (/found (BOOST|EDIT_DISTANCE)/.test(message)) return '"^" and "~" go right after a word, e.g. minsk^2 or goverment~1';
  if (/found (PRESENCE)/.test(message)) return '"+" or "-" go right before a word, e.g. +minsk -moscow';
  return `Cannot read this query: ${message}`;
}

function parseLunr(text: string): QueryClause[] {
  const query = new lunr.Query([...INDEX_FIELDS]);
  try {
    new QueryParser(text, query).parse();
  } catch (error) {
    if (error instanceof lunr.QueryParseError) badQuery(explainParseError(error.message));
    throw error;
  }
  return query.clauses as QueryClause[];
}

function checkClause(clause: QueryClause): void {
  const term = clause.term;
  if (term.replace(/\*/g, '') === '') {
    badQuery(`"${term}" alone matches every word — add letters, e.g. sanction*`);
  }
  if ((clause.editDistance ?? 0) > MAX_EDIT_DISTANCE) {
    badQuery(`Fuzzy matching allows at most ${MAX_EDIT_DISTANCE} edits — use ${term}~1 or ${term}~2`);
  }
}

/** A required or optional plain word that the index drops (a stop word) can only ever miss. */
function isDroppable(clause: QueryClause): boolean {
  return clause.usePipeline !== false && !clause.term.includes('*') && !clause.editDistance && isStopWord(clause.term);
}

export function parseQuery(text: string): ParsedQuery {
  const trimmed = text.trim();
  if (trimmed === '') return { text, clauses: [], phrases: [], empty: true };
  const { rest, phrases } = extractPhrases(trimmed);
  const aliased = rest.replace(/(^|[\s+-])([\p{L}_]+):/gu, (_all, before: string, name: string) => {
    const lower = name.toLowerCase();
    return `${before}${FIELD_ALIASES[lower] ?? lower}:`;
  });
  const clauses = rest.trim() === '' ? [] : parseLunr(aliased);
  clauses.forEach(checkClause);
  const phraseClauses: QueryClause[] = phrases
    .filter((phrase) => !phrase.prohibited)
    .flatMap((phrase) =>
      phrase.words.map((word) => ({
        term: word,
        fields: phrase.fields ?? ['title', 'body', 'notes'],
        presence: lunr.Query.presence.REQUIRED,
        boost: 1,
        usePipeline: true,
        wildcard: lunr.Query.wildcard.NONE,
        editDistance: 0,
      })),
    );
  const kept = [...clauses, ...phraseClauses].filter((clause) => !isDroppable(clause));
  return { text, clauses: kept, phrases, empty: false };
}
