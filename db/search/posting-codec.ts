// The stored form of one term's postings in one batch: for each (document, field) holding the
// term, in ascending order — the gap from the previous document id, the field's number, the field's
// length in terms, the term's frequency, then the gaps between its positions. All varints.
// Lists of consecutive documents join without decoding (joinPostings), which keeps merges cheap.
import { VarintReader, VarintWriter } from './varint.js';

export interface PostingEntry {
  document: number;
  field: number;
  length: number;
  positions: ArrayLike<number>;
}

/** `entries` must be sorted by document, then field. */
export function encodePostings(entries: readonly PostingEntry[], writer = new VarintWriter()): Buffer {
  writer.reset();
  let previous = 0;
  for (const entry of entries) {
    writer.write(entry.document - previous);
    previous = entry.document;
    writer.write(entry.field);
    writer.write(entry.length);
    writer.write(entry.positions.length);
    let last = 0;
    for (let i = 0; i < entry.positions.length; i++) {
      const position = entry.positions[i] as number;
      writer.write(position - last);
      last = position;
    }
  }
  return writer.bytes();
}

/** Calls `visit` for each entry; `positions` is only valid during the call. */
export function decodePostings(bytes: Uint8Array, visit: (document: number, field: number, length: number, positions: Uint32Array) => void): void {
  const reader = new VarintReader(bytes);
  let document = 0;
  let scratch = new Uint32Array(16);
  while (!reader.done()) {
    document += reader.read();
    const field = reader.read();
    const length = reader.read();
    const frequency = reader.read();
    if (frequency > scratch.length) scratch = new Uint32Array(Math.max(frequency, scratch.length * 2));
    let position = 0;
    for (let i = 0; i < frequency; i++) {
      position += reader.read();
      scratch[i] = position;
    }
    visit(document, field, length, scratch.subarray(0, frequency));
  }
}

/** Encodes entries as they come, in ascending (document, field) order, without holding them. */
export class PostingListWriter {
  private readonly writer = new VarintWriter();
  private previous = 0;

  add(document: number, field: number, length: number, positions: ArrayLike<number>): void {
    this.writer.write(document - this.previous);
    this.previous = document;
    this.writer.write(field);
    this.writer.write(length);
    this.writer.write(positions.length);
    let last = 0;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i] as number;
      this.writer.write(position - last);
      last = position;
    }
  }

  bytes(): Buffer {
    return this.writer.bytes();
  }
}

/** The first and last document ids of a posting list, read without decoding positions. */
function documentRange(bytes: Uint8Array): { first: number; last: number; firstGapBytes: number } {
  const reader = new VarintReader(bytes);
  let document = 0;
  let first = -1;
  let firstGapBytes = 0;
  while (!reader.done()) {
    const before = reader.at;
    document += reader.read();
    if (first < 0) {
      first = document;
      firstGapBytes = reader.at - before;
    }
    reader.skip(2);
    reader.skip(reader.read());
  }
  return { first, last: document, firstGapBytes };
}

/**
 * Joins posting lists of the same term whose documents follow one another (each list's first
 * document after the previous list's last), byte for byte: only the first gap of each list is
 * rewritten. Null when the lists interleave (they must then be decoded and sorted).
 */
export function joinPostings(parts: readonly Uint8Array[]): Buffer | null {
  const writer = new VarintWriter();
  const pieces: Uint8Array[] = [];
  let last = 0;
  for (const part of parts) {
    if (part.length === 0) continue;
    const range = documentRange(part);
    if (pieces.length > 0 && range.first <= last) return null;
    writer.reset();
    writer.write(range.first - last);
    pieces.push(writer.bytes(), part.subarray(range.firstGapBytes));
    last = range.last;
  }
  return Buffer.concat(pieces);
}
