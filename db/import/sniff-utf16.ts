// Recognises UTF-16 text that has no byte-order mark (Windows tools write it; so do some exports),
// by the high byte of each code unit: Latin text has a zero there, Cyrillic a 0x04, Greek 0x03,
// Hebrew 0x05, Arabic 0x06; legacy and UTF-8 text hardly ever has such bytes at all.

const SAMPLE_BYTES = 4096;

// A high byte of 0x00–0x1F puts the code unit in U+0000–U+1FFF: the alphabetic scripts. As a byte
// of single-byte or UTF-8 text it is a control character, which real text almost never holds
// (tab, line feed and carriage return aside, and those are counted out).
function isLowBlockHigh(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
}

interface Parities {
  evenZeros: number;
  oddZeros: number;
  evenLow: number;
  oddLow: number;
  pairs: number;
}

function countParities(bytes: Uint8Array): Parities | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  const counts: Parities = { evenZeros: 0, oddZeros: 0, evenLow: 0, oddLow: 0, pairs: n / 2 };
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] as number;
    const odd = bytes[i + 1] as number;
    if (even === 0) counts.evenZeros += 1;
    if (odd === 0) counts.oddZeros += 1;
    if (isLowBlockHigh(even)) counts.evenLow += 1;
    if (isLowBlockHigh(odd)) counts.oddLow += 1;
  }
  return counts;
}

/**
 * 'utf-16le' or 'utf-16be' when the bytes look like UTF-16 without a BOM, else null. The caller
 * still decodes strictly and checks the result, so a false guess is caught, not stored.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const c = countParities(bytes);
  if (!c) return null;
  // Mostly Latin (and mixed scripts): zeros in every other byte, hardly any in the others.
  if (c.oddZeros > c.pairs * 0.4 && c.evenZeros < c.pairs * 0.05) return 'utf-16le';
  if (c.evenZeros > c.pairs * 0.4 && c.oddZeros < c.pairs * 0.05) return 'utf-16be';
  // One alphabet other than Latin (Cyrillic, Greek…): nearly every high byte is below 0x20.
  if (c.oddLow > c.pairs * 0.9 && c.evenLow < c.pairs * 0.1) return 'utf-16le';
  if (c.evenLow > c.pairs * 0.9 && c.oddLow < c.pairs * 0.1) return 'utf-16be';
  return null;
}
