// Field names in a query (`title:minsk`, `note:"…"`): aliases resolved and unknown names refused.
// Names are what the analyst typed, so they are looked up in a Map and a Set, never as properties
// of an object: `__proto__:fire` or `constructor:x` is an unknown field like any other.
import { WorkbenchError } from '../../api/result.js';
import { INDEX_FIELDS, type IndexField } from './lunr-setup.js';

export const FIELD_LIST = 'title, source, author, body, notes, tags or doctags';

const FIELD_ALIASES: ReadonlyMap<string, IndexField> = new Map([
  ['note', 'notes'],
  ['tag', 'tags'],
  ['text', 'body'],
  ['doctag', 'doctags'],
]);
const FIELDS: ReadonlySet<string> = new Set(INDEX_FIELDS);

export function badQuery(message: string): never {
  throw new WorkbenchError('bad-query', message);
}

export function unknownFieldMessage(name: string): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return `Unknown field "${shown}" — search in ${FIELD_LIST}, e.g. title:minsk`;
}

/** The index field a typed name stands for (any case, aliases too); an unknown name is refused. */
export function resolveField(name: string): IndexField {
  const lower = name.toLowerCase();
  const field = FIELD_ALIASES.get(lower) ?? lower;
  if (FIELDS.has(field)) return field as IndexField;
  return badQuery(unknownFieldMessage(name));
}

/** Rewrites every `name:` that starts a term to its index field, so lunr sees only its own field names. */
export function resolveFieldPrefixes(text: string): string {
  return text.replace(/(^|[\s+-])([\p{L}_]+):/gu, (_all, before: string, name: string) => `${before}${resolveField(name)}:`);
}
