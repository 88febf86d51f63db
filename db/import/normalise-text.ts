// The single text normalisation every format goes through, so that stored offsets never drift:
// the body an annotation points into is exactly what this returns.

const BOM = '\uFEFF';
// Control characters other than tab, line feed and form feed carry no text; left in, they
// break quoting and exports (C1 ones are only ever debris of a wrong decoding).
const STRAY_CONTROLS = /[^\P{Cc}\t\n\f]/gu;

/**
 * Text is normalised this much at a time: each step of normalising makes a new string, and on a
 * 50 MB file four whole-text copies at once were most of the import's peak memory.
 */
const CHUNK_CHARS = 1 << 20;
/** How far back from a chunk's end a line or word break is looked for to cut at. */
const CUT_SEARCH = 1 << 16;
const COMBINING_MARK = /\p{M}/u;

function normaliseChunk(chunk: string): string {
  return chunk
    .replace(/\r\n?|\u0085|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(STRAY_CONTROLS, '')
    .normalize('NFC');
}

/**
 * Where to end the chunk that starts at `from`: just after a line feed or a space (nothing composes
 * across one, and a CR LF pair is never split), else before a character that starts a new
 * grapheme (not a combining mark, not the low half of a surrogate pair).
 */
function chunkEnd(text: string, from: number): number {
  const limit = from + CHUNK_CHARS;
  if (limit >= text.length) return text.length;
  const floor = limit - CUT_SEARCH;
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= floor) return newline + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= floor) return space + 1;
  let end = limit;
  while (end > floor) {
    const code = text.charCodeAt(end);
    const splitsPair = code >= 0xdc00 && code <= 0xdfff;
    const splitsChar = text.charCodeAt(end - 1) === 0x0d || COMBINING_MARK.test(text[end] ?? '');
    if (!splitsPair && !splitsChar) break;
    end -= 1;
  }
  return end;
}

/** BOM removed, CRLF/CR/NEL/LS -> LF, PS -> blank line, Unicode NFC, leading blank lines and trailing whitespace trimmed. */
export function normaliseText(text: string): string {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  let out: string;
  if (input.length <= CHUNK_CHARS) out = normaliseChunk(input);
  else {
    const parts: string[] = [];
    let changed = false;
    for (let from = 0; from < input.length;) {
      const end = chunkEnd(input, from);
      const piece = input.slice(from, end);
      const normalised = normaliseChunk(piece);
      // Unchanged text comes back as the same string: an already normal body (normalised again by buildDocument) is not copied.
      changed ||= normalised !== piece;
      parts.push(normalised);
      from = end;
    }
    out = changed ? parts.join('') : input;
  }
  return out.replace(/^(?:[ \t\f]*\n)+/, '').trimEnd();
}

/** For one-line fields (title, author, source): NFC with all whitespace runs collapsed. */
export function normaliseLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ').trim();
}
