// JSON and JSONL collections. A file imports whole or not at all: one bad item or line refuses
// the file, with the line or item number, so the analyst can fix it and import again.
import type { ParseContext } from './build-document.js';
import { jsonDepthReason } from './json-depth.js';
import { jsonErrorDetail } from './json-error-position.js';
import { documentFromItem, isJsonObject, type JsonValue } from './json-item.js';
import { failure, type ParseOutcome, type ParsedDocument } from './parsed-document.js';

// Only the BOM goes here: full normalisation would renumber lines in error messages.
function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function parseJsonText(text: string): { ok: true; value: JsonValue } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (error) {
    return { ok: false, error };
  }
}

/** An object, an array of objects, or `{"documents": [...]}`. */
export function parseJson(raw: string, context: ParseContext): ParseOutcome {
  const text = withoutBom(raw);
  if (!text.trim()) return failure('empty file (only whitespace)');
  const tooDeep = jsonDepthReason(text);
  if (tooDeep) return failure(tooDeep);
  const parsed = parseJsonText(text);
  if (!parsed.ok) return failure(`malformed JSON on ${jsonErrorDetail(text, parsed.error)}`);
  const value = parsed.value;
  const list = Array.isArray(value) ? value : isJsonObject(value) && Array.isArray(value.documents) ? value.documents : null;
  if (list === null) {
    if (!isJsonObject(value)) return failure('JSON holds no documents (expected an object, an array of objects or {"documents": [...]})');
    const single = documentFromItem(value, 'the JSON object', context.origin, context);
    return single.ok ? { ok: true, documents: [single.document] } : failure(single.reason);
  }
  if (list.length === 0) return failure('JSON holds no documents (the list is empty)');
  const documents: ParsedDocument[] = [];
  for (const [i, item] of list.entries()) {
    const outcome = documentFromItem(item, `JSON item ${i + 1}`, `${context.origin}#${i + 1}`, context);
    if (!outcome.ok) return failure(outcome.reason);
    documents.push(outcome.document);
  }
  return { ok: true, documents };
}

/** One object per line; blank lines are allowed. Origins are `path#line`. */
export function parseJsonl(raw: string, context: ParseContext): ParseOutcome {
  const text = withoutBom(raw);
  if (!text.trim()) return failure('empty file (only whitespace)');
  const documents: ParsedDocument[] = [];
  // Split on line ends only: U+2028 is legal inside a JSON string. Bodies are normalised later.
  for (const [i, line] of text.split(/\r\n|\r|\n/).entries()) {
    if (!line.trim()) continue;
    const lineNumber = i + 1;
    const tooDeep = jsonDepthReason(line);
    if (tooDeep) return failure(`line ${lineNumber}: ${tooDeep}`);
    const parsed = parseJsonText(line);
    if (!parsed.ok) return failure(`malformed JSON on ${jsonErrorDetail(line, parsed.error, lineNumber)}`);
    const outcome = documentFromItem(parsed.value, `line ${lineNumber}`, `${context.origin}#${lineNumber}`, context);
    if (!outcome.ok) return failure(outcome.reason);
    documents.push(outcome.document);
  }
  return { ok: true, documents };
}
