// Building blocks of the contract's schemas, each with the one plain message a door shows when a
// value does not fit. Rules written here are not written again in the core or in any door.
import * as v from 'valibot';

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A document's date: a calendar day, or a date and time with its zone (Z or ±HH:MM), ISO 8601. */
export function isDocumentDate(value: string): boolean {
  if (isCalendarDate(value)) return true;
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/.exec(value);
  return match !== null && isCalendarDate(match[1] as string);
}

export const WholeNumber = v.pipe(v.number(), v.safeInteger('expected a whole number'), v.minValue(0, 'expected a whole number, 0 or more'));

/** A row id: documents and tags are numbered from 1. */
export const RowId = v.pipe(v.number(), v.safeInteger('expected a whole number'), v.minValue(1, 'expected a whole number, 1 or more'));

export const CalendarDate = v.pipe(v.string(), v.check(isCalendarDate, 'expected a real date written YYYY-MM-DD, e.g. 2026-03-14'));

export const NonBlank = v.pipe(
  v.string(),
  v.check((value) => value.trim() !== '', 'expected some text, not a blank'),
);

/** An empty argument: methods that take nothing still take `{}`. */
export const NoInput = v.strictObject({});

export const DocumentDate = v.pipe(
  v.string(),
  v.check(isDocumentDate, 'expected a date written YYYY-MM-DD, or a date and time with its zone, e.g. 2026-03-14T21:30+02:00'),
);

/** A stretch of one document's body, with enough of the document to cite it. */
export const DocumentPassageSchema = v.object({
  documentId: RowId,
  title: v.string(),
  source: v.nullable(v.string()),
  date: v.nullable(v.string()),
  /** The passage, as [start, end) offsets into the document's body. */
  start: v.number(),
  end: v.number(),
  exact: v.string(),
});
