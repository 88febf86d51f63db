// A document's structure (blocks, page starts) and its parent link, stored beside the body and
// read back with it; page citations for passages; documents from before structure was kept.
import { describe, expect, it } from 'vitest';
import { pageAt, pagesCited } from '../../db/document-structure.js';
import { buildDocument } from '../../db/import/build-document.js';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

const REPORT = buildDocument({
  origin: 'report.pdf',
  fileName: 'report.pdf',
  body: '',
  blocks: [
    { kind: 'heading', level: 1, text: 'Border report', page: 1 },
    { kind: 'paragraph', text: 'Troops were seen near the crossing.', page: 1 },
    { kind: 'list-item', text: '• 30,000 soldiers', page: 2, gap: 2 },
    { kind: 'list-item', text: '• 200 vehicles', page: 2, gap: 1 },
    { kind: 'paragraph', text: '   ', page: 3 },
    { kind: 'paragraph', text: 'Nothing further.', page: 3 },
  ],
});

describe('document structure', () => {
  it('assembles the body from blocks with exact offsets and page starts', () => {
    expect(REPORT.body).toBe('Border report\n\nTroops were seen near the crossing.\n\n• 30,000 soldiers\n• 200 vehicles\n\nNothing further.');
    for (const block of REPORT.blocks) expect(REPORT.body.slice(block.start, block.end).trim()).not.toBe('');
    expect(REPORT.blocks.map((b) => [b.kind, REPORT.body.slice(b.start, b.end)])).toEqual([
      ['heading', 'Border report'],
      ['paragraph', 'Troops were seen near the crossing.'],
      ['list-item', '• 30,000 soldiers'],
      ['list-item', '• 200 vehicles'],
      ['paragraph', 'Nothing further.'],
    ]);
    expect(REPORT.pages).toEqual([
      { page: 1, start: 0 },
      { page: 2, start: REPORT.body.indexOf('• 30,000') },
      { page: 3, start: REPORT.body.indexOf('Nothing') },
    ]);
  });

  it('stores blocks, pages and the parent link, and reads them back with the document', async () => {
    const wb = freshWorkbench();
    const attachment = { ...doc({ title: 'Attachment', body: 'Annex text.' }), parentOrigin: 'report.pdf' };
    const [reportId, attachmentId] = addDocuments(wb, [REPORT, attachment]);
    const stored = await wb.getDocument({ id: reportId as number });
    expect(stored.blocks).toEqual(REPORT.blocks);
    expect(stored.pages).toEqual(REPORT.pages);
    expect(stored.parentId).toBeNull();
    expect((await wb.getDocument({ id: attachmentId as number })).parentId).toBe(reportId);
  });

  it('gives a document stored without structure paragraphs at its blank lines', async () => {
    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [doc({ title: 'Old', body: 'First line\nsecond line\n\n\nNext paragraph' })]);
    wb.db.prepare('UPDATE document SET structure = NULL WHERE id = ?').run(id);
    const stored = await wb.getDocument({ id: id as number });
    expect(stored.blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 22 },
      { kind: 'paragraph', start: 25, end: 39 },
    ]);
    expect(stored.pages).toEqual([]);
  });

  it('cites the pages a passage lies on, and cites them in every export format', async () => {
    expect(pageAt(REPORT.pages, 0)).toBe(1);
    const spanning = [REPORT.body.indexOf('crossing'), REPORT.body.indexOf('30,000') + 6] as const;
    expect(pagesCited(REPORT.pages, ...spanning)).toBe('pp. 1–2');
    expect(pagesCited(REPORT.pages, REPORT.body.indexOf('200'), REPORT.body.indexOf('200') + 3)).toBe('p. 2');
    expect(pagesCited([], 0, 5)).toBeNull();

    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [REPORT]);
    await wb.createAnnotation({ documentId: id as number, start: spanning[0], end: spanning[1] });
    // The brief names the pages on the line under the quote.
    expect((await wb.exportAnnotations({ format: 'md' })).content).toMatch(/\n\npp\. 1–2\n/);
    expect((await wb.exportAnnotations({ format: 'csv' })).content).toMatch(/,pp\. 1–2,,\r\n$/);
    expect(JSON.parse((await wb.exportAnnotations({ format: 'json' })).content).first.items[0].target['assay:pages']).toBe('pp. 1–2');
  });
});
