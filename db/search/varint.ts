// Unsigned LEB128 integers, the compact form postings are stored in (as in Lucene and SQLite FTS5):
// small numbers — gaps between document ids and positions — take one byte.

/** Appends varints to a growing buffer. */
export class VarintWriter {
  private buffer = new Uint8Array(32);
  private length = 0;

  write(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.buffer[this.length++] = rest;
  }

  /** A copy of what was written (the writer may be reused after reset). */
  bytes(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }

  reset(): void {
    this.length = 0;
  }
}

/** Reads varints from `bytes`, starting at `at`. */
export class VarintReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  done(): boolean {
    return this.at >= this.bytes.length;
  }

  read(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new Error('truncated posting list');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  skip(count: number): void {
    for (let i = 0; i < count; i++) while ((this.bytes[this.at++] ?? 0) >= 0x80);
  }
}
