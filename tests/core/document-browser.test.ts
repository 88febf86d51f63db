// The document browser's core: pages sorted by each column and filtered like search, with the total,
// at a few thousand documents; every matching id; and removing many documents in one transaction.
import { describe, expect, it } from 'vitest';
import type { DocumentSort } from '../../api/types.js';
import type { Workbench } from '../../db/workbench.js';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

const COUNT = 2000;
const SOURCES = ['Reuters', 'BBC Monitoring', 'TASS', null] as const;
const LANGUAGES = ['en', 'ru', 'uk'] as const;

interface Made {
  title: string;
  source: string | null;
  language: string;
  date: string | null;
  length: number;
}

function made(i: number): Made {
  const day = new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % 700) * 86_400_000).toISOString().slice(0, 10);
  const body = `Body ${i} ${'word '.repeat((i * 31) % 97)}`.trim();
  return {
    // Mixed case, so the title order has to ignore it.
    title: `${i % 2 === 0 ? 'report' : 'Report'} ${String((i * 1237) % COUNT).padStart(4, '0')}`,
    source: SOURCES[i % 4] ?? null,
    language: LANGUAGES[i % 3] ?? 'en',
    date: i % 10 === 0 ? null : day,
    length: body.length,
  };
}

async function corpus(): Promise<{ wb: Workbench; ids: number[]; rows: Map<number, Made> }> {
  const wb = freshWorkbench();
  const rows: Made[] = Array.from({ length: COUNT }, (_, i) => made(i));
  const ids = addDocuments(
    wb,
    rows.map((row, i) =>
      doc({
        title: row.title,
        body: `Body ${i} ${'word '.repeat((i * 31) % 97)}`.trim(),
        source: row.source,
        language: row.language,
        date: row.date,
        origin: `/c/${i}.txt`,
      }),
    ),
  );
  return { wb, ids, rows: new Map(ids.map((id, i) => [id, rows[i] as Made])) };
}

/** Every page of a sort, joined. */
async function allPages(wb: Workbench, sort: DocumentSort, descending: boolean): Promise<number[]> {
  const out: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await wb.browseDocuments({ sort, descending, limit: 1000, offset });
    out.push(...page.documents.map((d) => d.id));
    if (page.documents.length < 1000) return out;
  }
}

describe('the document browser', () => {
  it('sorts every column both ways, pages without overlap, and counts the total', async () => {
    const { wb, ids, rows } = await corpus();
    const first = await wb.browseDocuments({ limit: 50 });
    expect(first.total).toBe(COUNT);
    expect(first.documents.map((d) => d.id)).toEqual([...ids].reverse().slice(0, 50));

    const byTitle = await allPages(wb, 'title', false);
    expect(byTitle).toHaveLength(COUNT);
    expect(new Set(byTitle).size).toBe(COUNT);
    const titles = byTitle.map((id) => rows.get(id)?.title.toLowerCase() ?? '');
    expect(titles).toEqual([...titles].sort());

    const byLength = await allPages(wb, 'length', true);
    const lengths = byLength.map((id) => rows.get(id)?.length ?? -1);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));

    const byDate = await allPages(wb, 'date', false);
    const dates = byDate.map((id) => rows.get(id)?.date ?? '');
    // Undated documents come first going up (SQLite orders NULL lowest), then by day.
    expect(dates).toEqual([...dates].sort());
    const newest = await wb.browseDocuments({ sort: 'date', descending: true, limit: 1 });
    expect(newest.documents[0]?.date).toBe([...dates].sort().at(-1));

    const bySource = (await wb.browseDocuments({ sort: 'source', descending: true, limit: 3 })).documents.map((d) => d.source);
    expect(bySource).toEqual(['TASS', 'TASS', 'TASS']);
    const byLanguage = (await wb.browseDocuments({ sort: 'language', limit: 1, offset: 1000 })).documents[0]?.language;
    expect(byLanguage).toBe('ru');
  });

  it('filters like search: source regardless of case, language, dates, document tags, highlights', async () => {
    const { wb, ids, rows } = await corpus();
    const expected = ids.filter((id) => rows.get(id)?.source === 'Reuters' && rows.get(id)?.language === 'en');
    const page = await wb.browseDocuments({ sort: 'title', filters: { source: 'reuters', language: 'en' }, limit: 10 });
    expect(page.total).toBe(expected.length);
    expect(page.documents.every((d) => d.source === 'Reuters' && d.language === 'en')).toBe(true);
    expect(await wb.listDocumentIds({ filters: { source: 'reuters', language: 'en' } })).toEqual(expected);

    const inMarch = ids.filter((id) => (rows.get(id)?.date ?? '') >= '2025-03-01' && (rows.get(id)?.date ?? '') <= '2025-03-31');
    expect((await wb.browseDocuments({ filters: { from: '2025-03-01', to: '2025-03-31' } })).total).toBe(inMarch.length);

    const tagged = ids.slice(10, 15);
    await wb.updateDocuments({ ids: tagged, addTags: ['checked'] });
    const checked = await wb.browseDocuments({ filters: { docTag: 'Checked' }, sort: 'title' });
    expect(checked.total).toBe(5);
    expect(checked.documents.every((d) => d.tags.includes('checked'))).toBe(true);

    const target = ids[42] as number;
    const body = (await wb.getDocument({ id: target })).body;
    await wb.createAnnotation({ documentId: target, exact: body.slice(0, 6) });
    await wb.createAnnotation({ documentId: target, exact: body.slice(0, 4), note: 'worth a look' });
    const mostHighlighted = await wb.browseDocuments({ sort: 'highlights', descending: true, limit: 1 });
    expect(mostHighlighted.documents[0]).toMatchObject({ id: target, annotationCount: 2 });
    expect(await wb.listDocumentIds({ filters: { hasNotes: true } })).toEqual([target]);
    // Their notes export as one brief: "Export notes…" on a selection.
    expect((await wb.exportAnnotations({ format: 'csv', filter: { documentIds: [target, ids[0] as number] } })).annotationCount).toBe(2);
    expect((await wb.exportAnnotations({ format: 'csv', filter: { documentIds: [ids[0] as number] } })).annotationCount).toBe(0);
    expect((await wb.exportAnnotations({ format: 'md', filter: { documentIds: [target] } })).content).toContain('1 chosen document');
    expect((await wb.browseDocuments({ filters: { hasHighlights: false } })).total).toBe(COUNT - 1);
  });

  it('reads a sorted page from an index, not by sorting every document', async () => {
    const { wb } = await corpus();
    for (const [expression, index] of [
      ['d.title COLLATE NOCASE', 'document_title_nocase'],
      ['d.source COLLATE NOCASE', 'document_source_nocase'],
      ['d.language', 'document_language'],
      ['length(d.body)', 'document_length'],
      ['d.published_at', 'document_published_at'],
    ] as const) {
      const plan = wb.db.prepare(`EXPLAIN QUERY PLAN SELECT d.id FROM document d WHERE 1 ORDER BY ${expression} DESC, d.id DESC LIMIT 50 OFFSET 0`).all() as {
        detail: string;
      }[];
      const details = plan.map((row) => row.detail).join('\n');
      expect(details, expression).toContain(index);
      expect(details, expression).not.toContain('TEMP B-TREE');
    }
  });

  it('removes many documents in one call: their highlights go to the history and leave the index', async () => {
    const { wb, ids } = await corpus();
    const [a, b, c] = ids as [number, number, number];
    const body = (await wb.getDocument({ id: a })).body;
    const note = await wb.createAnnotation({ documentId: a, exact: body.slice(0, 4), note: 'gone soon' });
    expect((await wb.search({ query: 'gone' })).total).toBe(1);
    expect(await wb.deleteDocuments({ ids: [a, b, c, 999_999] })).toMatchObject({ deleted: 3, annotationsDeleted: 1 });
    expect((await wb.browseDocuments({})).total).toBe(COUNT - 3);
    expect((await wb.getAnnotationHistory({ id: note.id })).map((entry) => entry.action)).toEqual(['created', 'deleted']);
    expect((await wb.search({ query: 'gone' })).total).toBe(0);
    expect((await wb.getWorkspaceInfo({})).index.pending).toBe(0);
    await expect(wb.getDocument({ id: b })).rejects.toMatchObject({ code: 'not-found' });
  });
});
