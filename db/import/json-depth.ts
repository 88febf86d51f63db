// Measures how deeply JSON nests, in one pass and without recursion, before it is parsed: JSON.parse
// itself copes with any depth, but everything that walks the value afterwards (a field's text, the
// metadata kept as JSON) recurses, and 100,000 levels of [[[[ overflowed the stack.

/** Levels of arrays and objects allowed; a document collection needs three or four. */
export const MAX_JSON_DEPTH = 1000;

/** The deepest nesting of `[` and `{` in `text` outside strings, stopping once past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

/** A reason when `text` nests deeper than MAX_JSON_DEPTH, else null. */
export function jsonDepthReason(text: string): string | null {
  if (jsonDepth(text, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH) return null;
  return `JSON nested too deeply (over ${MAX_JSON_DEPTH.toLocaleString('en')} levels of arrays and objects; documents need three or four)`;
}
