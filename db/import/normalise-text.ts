// The single text normalisation every format goes through, so that stored offsets never drift:
// the body an annotation points into is exactly what this returns.

const BOM = '\uFEFF';
// Control characters other than tab, line feed and form feed carry no text; left in, they
// break quoting and exports (C1 ones are only ever debris of a wrong decoding).
const STRAY_CONTROLS = /[^\P{Cc}\t\n\f]/gu;

/** BOM removed, CRLF/CR/NEL/LS -> LF, PS -> blank line, Unicode NFC, leading blank lines and trailing whitespace trimmed. */
export function normaliseText(text: string): string {
  let out = text.startsWith(BOM) ? text.slice(1) : text;
  out = out
    .replace(/\r\n?|\u0085|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(STRAY_CONTROLS, '')
    .normalize('NFC');
  return out.replace(/^(?:[ \t\f]*\n)+/, '').trimEnd();
}

/** For one-line fields (title, author, source): NFC with all whitespace runs collapsed. */
export function normaliseLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ').trim();
}
