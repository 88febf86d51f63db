// Quoting a passage for display: “…” around it, never ““…”” around one that brings its own marks.
import { describe, expect, it } from 'vitest';
import { hasOwnQuoteMarks, inQuotes } from '../../api/quote-marks.js';
import { quoted } from '../../cli/format/text.js';

describe('inQuotes', () => {
  it('wraps a plain passage in typographic quotes', () => {
    expect(inQuotes('Lorries were turned back')).toBe('“Lorries were turned back”');
    expect(inQuotes('  spaced  ')).toBe('“spaced”');
  });

  it('keeps a passage that already opens and closes with quote marks as it is', () => {
    for (const text of ['“Lorries were turned back”', '"straight"', '«Маренский маяк»', '„so“', '‘single’', '“He left.”', '“closed”.']) {
      expect(hasOwnQuoteMarks(text), text).toBe(true);
      expect(inQuotes(text), text).toBe(text);
    }
  });

  it('still wraps a passage with a quote mark at one end only', () => {
    expect(inQuotes('"exports rose", officials said')).toBe('“"exports rose", officials said”');
    expect(inQuotes('he said “no')).toBe('“he said “no”');
  });

  it('is what the CLI prints too', () => {
    expect(quoted('“already quoted”')).toBe('“already quoted”');
    expect(quoted('plain')).toBe('“plain”');
  });
});
