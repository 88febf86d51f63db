// The event-stream reader (chunks split anywhere) and the import batch planner (20 files or
// 20 MB per call, hidden and foreign files skipped in folders).
import { describe, expect, it } from 'vitest';
import { isImportable, planBatches } from '../../renderer/lib/import-batches.js';
import { createSseParser } from '../../renderer/lib/sse.js';

describe('createSseParser', () => {
  it('yields each event once, whatever the chunking and line endings', () => {
    const stream = ': keep-alive\n\ndata: {"a":1}\n\ndata: {"b":\ndata: 2}\r\n\r\nevent: x\ndata:{"c":3}\r\r\n';
    for (const size of [1, 2, 3, 7, stream.length]) {
      const seen: string[] = [];
      const parser = createSseParser((data) => seen.push(data));
      for (let i = 0; i < stream.length; i += size) parser.feed(stream.slice(i, i + size));
      expect(seen).toEqual(['{"a":1}', '{"b":\n2}', '{"c":3}']);
    }
  });
});

describe('planBatches', () => {
  const file = (name: string, size: number): { name: string; size: number } => ({ name, size });

  it('caps batches by count and by bytes, and sends a bigger file alone', () => {
    const many = Array.from({ length: 45 }, (_, i) => file(`f${i}.txt`, 10));
    expect(planBatches(many).map((b) => b.length)).toEqual([20, 20, 5]);
    const mb = 1024 * 1024;
    const sizes = planBatches([file('a', 15 * mb), file('b', 10 * mb), file('c', 60 * mb), file('d', 1)]).map((b) => b.map((f) => f.name));
    expect(sizes).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('keeps only importable, visible files', () => {
    expect(isImportable('case/notes.md')).toBe(true);
    expect(isImportable('case/Mail.EML')).toBe(true);
    for (const name of ['report.docx', 'notes.odt', 'book.epub', 'memo.rtf']) expect(isImportable(`case/${name}`)).toBe(true);
    expect(isImportable('case/.git/config.txt')).toBe(false);
    expect(isImportable('case/.hidden.txt')).toBe(false);
    expect(isImportable('case/scan.pdf')).toBe(true);
    expect(isImportable('case/photo.png')).toBe(false);
  });
});
