// The stored form of one term's postings in one batch: for each (document, field) holding the
// term, in ascending order — the gap from the previous document id, the field's number, the field's
// length in terms, the term's frequency, then the gaps between its positions. All varints.
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
