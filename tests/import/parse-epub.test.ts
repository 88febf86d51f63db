// E-books: chapters in spine order, each chapter's XHTML read into blocks, chapter titles from the
// table of contents, Dublin Core metadata, and DRM-protected or cut-short books refused.
import { describe, expect, it } from 'vitest';
import { blockView, expectBlocksTileBody, fieldReportBlocks, formatDocument, formatFailure } from './format-fixtures.js';

describe('field-report-pandoc.epub (LibreOffice HTML, then pandoc: a title page and three chapters)', () => {
  it('reads the chapters in spine order with their headings, lists, quote and table', async () => {
    const document = await formatDocument('epub/field-report-pandoc.epub');
    expect(blockView(document)).toEqual([
      // pandoc's title page comes first in the spine.
      ['heading', 1, 'Field report: the Kresny Most crossing'],
      ['paragraph', undefined, 'Mira Valen'],
      ['paragraph', undefined, '2026-03-14'],
      ...fieldReportBlocks('Check the ferry schedule at Marensk.'),
    ]);
    expectBlocksTileBody(document);
    // Each chapter starts a blank line after the one before.
    expect(document.body).toContain('on the Dravian side.\n\nWhat observers saw');
  });

  it('reads title, author, date and language from the OPF', async () => {
    const document = await formatDocument('epub/field-report-pandoc.epub');
    expect(document).toMatchObject({ title: 'Field report: the Kresny Most crossing', author: 'Mira Valen', date: '2026-03-14', language: 'en' });
    expect(document.meta.identifier).toMatch(/^urn:uuid:/);
  });
});

describe('field-report.epub (LibreOffice’s own EPUB export)', () => {
  it('titles the chapter from the table of contents and keeps what the export kept', async () => {
    const document = await formatDocument('epub/field-report.epub');
    const blocks = blockView(document);
    // LibreOffice 7.4 writes headings and list items as plain <p> and drops the table's header row;
    // the chapter's title comes back as a heading from the table of contents.
    expect(blocks[0]).toEqual(['heading', 1, 'Field report: the Kresny Most crossing']);
    expect(blocks.filter(([kind]) => kind === 'table-row').map(([, , text]) => text)).toEqual(['12 March\t310', '13 March\t420']);
    expect(document.body).toContain('Пограничники закрыли переход Кресный Мост в шесть утра.\nОчередь грузовиков');
    expect(document).toMatchObject({ title: 'Field report: the Kresny Most crossing', author: 'Mira Valen', date: null });
    expectBlocksTileBody(document);
  });
});

describe('EPUB that cannot be read', () => {
  it('refuses a book under DRM (encrypted chapters listed in META-INF/encryption.xml)', async () => {
    expect(await formatFailure('epub/drm.epub')).toBe('EPUB e-book protected by DRM: its chapters are encrypted — Assay reads only DRM-free books');
  });

  it('names a cut-short package', async () => {
    expect(await formatFailure('epub/truncated.epub')).toBe('damaged or incomplete EPUB e-book: its ZIP package is cut short or corrupt');
  });
});
