// Finds UTF-8 inside a file that is not valid UTF-8 as a whole: a file pasted together from a
// legacy-encoded part and a UTF-8 part would otherwise be read in one legacy code page, turning the
// UTF-8 part into mojibake ("РІ С‚РѕРј"). One linear pass over the bytes.

export interface Utf8Census {
  /** Well-formed multi-byte UTF-8 sequences. */
  sequences: number;
  /** Bytes of 0x80 or above that belong to no well-formed sequence. */
  strays: number;
  firstSequence: number;
  lastSequence: number;
  firstStray: number;
  lastStray: number;
  /** The most well-formed sequences in a row with no stray byte between them, and where that run starts. */
  longestRun: number;
  longestRunStart: number;
  /** Just after the run's last sequence. */
  longestRunEnd: number;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

// How many continuation bytes follow a lead byte (RFC 3629); 0 for a byte that cannot lead.
function trailOf(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** Counts the well-formed UTF-8 sequences and the stray high bytes of `bytes`. */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  const census: Utf8Census = {
    sequences: 0,
    strays: 0,
    firstSequence: -1,
    lastSequence: -1,
    firstStray: -1,
    lastStray: -1,
    longestRun: 0,
    longestRunStart: -1,
    longestRunEnd: -1,
  };
  let run = 0;
  let runStart = -1;
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const trail = trailOf(byte);
    let wellFormed = trail > 0;
    for (let k = 1; wellFormed && k <= trail; k++) wellFormed = isContinuation(bytes[i + k]);
    if (wellFormed) {
      census.sequences += 1;
      if (census.firstSequence < 0) census.firstSequence = i;
      census.lastSequence = i;
      if (run === 0) runStart = i;
      run += 1;
      if (run > census.longestRun) {
        census.longestRun = run;
        census.longestRunStart = runStart;
        census.longestRunEnd = i + trail + 1;
      }
      i += trail + 1;
    } else {
      census.strays += 1;
      if (census.firstStray < 0) census.firstStray = i;
      census.lastStray = i;
      run = 0;
      i += 1;
    }
  }
  return census;
}

// Legacy text forms a well-formed sequence now and then by chance (a KOI8-U or IBM866 letter pair),
// but never more than three in a row in the fixtures and generated samples; a real UTF-8 part
// holds a run of them with no stray byte between (a dozen is three or four Cyrillic words).
// Shorter UTF-8 parts (a word or two pasted in) are found word by word instead: utf8-islands.ts.
const MIN_RUN = 12;

/**
 * When a file that failed strict UTF-8 still holds a real UTF-8 part, a sentence saying where
 * each part is; else null. `nameLegacy` names the code page a part that is not UTF-8 reads as.
 */
export function mixedEncodingReason(bytes: Uint8Array, nameLegacy: (part: Uint8Array) => string): string | null {
  const census = utf8Census(bytes);
  if (census.strays === 0 || census.longestRun < MIN_RUN) return null;
  // Named from the bytes around the UTF-8 run, so the run's own bytes do not sway the guess.
  const legacy = nameLegacy(Buffer.concat([bytes.subarray(0, census.longestRunStart), bytes.subarray(census.longestRunEnd)]));
  const advice = ' — save it in one encoding (UTF-8) and import it again';
  if (census.lastStray < census.longestRunStart) {
    return `mixed text encodings: the first part reads as ${legacy}, the rest (from byte ${census.longestRunStart.toLocaleString('en')}) as UTF-8${advice}`;
  }
  if (census.firstStray > census.longestRunStart && census.firstSequence === census.longestRunStart) {
    return `mixed text encodings: the first part reads as UTF-8, the rest (from byte ${census.firstStray.toLocaleString('en')}) as ${legacy}${advice}`;
  }
  return `mixed text encodings: parts of it read as UTF-8 and others as ${legacy}${advice}`;
}
