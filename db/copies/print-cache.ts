// The copy prints (words, shingles, fingerprints) of documents already examined, kept in memory
// up to a byte budget, least recently used dropped first. An import's rounds of copy detection
// hand their prints on to the next round through it: a document found as a candidate again and
// again is then read and fingerprinted once, not once per round. A print depends on the body
// alone, which never changes, so a kept print is never stale.
import type { DocumentPrint } from './fingerprint.js';

/** What a print holds in memory: its typed arrays, plus a little for the objects around them. */
function printBytes(print: DocumentPrint): number {
  const { words, shingles, fingerprints } = print;
  return (
    words.first.byteLength +
    words.second.byteLength +
    words.start.byteLength +
    words.end.byteLength +
    shingles.hashes.byteLength +
    shingles.at.byteLength +
    fingerprints.byteLength +
    400
  );
}

export class PrintCache {
  private readonly prints = new Map<number, DocumentPrint>();
  private bytes = 0;

  constructor(private readonly budget: number) {}

  get(id: number): DocumentPrint | undefined {
    const print = this.prints.get(id);
    if (print === undefined) return undefined;
    // Map order is insertion order: moving a print to the end marks it recently used.
    this.prints.delete(id);
    this.prints.set(id, print);
    return print;
  }

  set(id: number, print: DocumentPrint): void {
    const size = printBytes(print);
    if (size > this.budget) return;
    const old = this.prints.get(id);
    if (old !== undefined) {
      this.bytes -= printBytes(old);
      this.prints.delete(id);
    }
    this.prints.set(id, print);
    this.bytes += size;
    for (const [oldest, kept] of this.prints) {
      if (this.bytes <= this.budget) break;
      this.prints.delete(oldest);
      this.bytes -= printBytes(kept);
    }
  }
}
