// Export through the UI: each format downloads a file whose content carries the highlight.
import { parse } from 'csv-parse/sync';
import { expect, test } from './support/fixtures.js';
import { highlightPassage, openCourier, TIMELINE_FIELDS } from './support/flows.js';
import { PASSAGE } from './support/sample.js';

const NOTE = TIMELINE_FIELDS.note ?? '';

interface JsonSelector {
  type?: string;
  exact?: string;
}
interface JsonAnnotation {
  target?: { selector?: JsonSelector | JsonSelector[] } | { selector?: JsonSelector | JsonSelector[] }[];
}

function selectors(item: JsonAnnotation): JsonSelector[] {
  const targets = Array.isArray(item.target) ? item.target : item.target ? [item.target] : [];
  return targets.flatMap((target) => (Array.isArray(target.selector) ? target.selector : target.selector ? [target.selector] : []));
}

test('exports the highlight as Markdown, CSV and JSON', async ({ workbench }) => {
  await openCourier(workbench);
  await highlightPassage(workbench, PASSAGE, TIMELINE_FIELDS);
  const dialog = await workbench.openExport();

  await test.step('Markdown', async () => {
    await dialog.choose('Markdown');
    await expect(dialog.preview).toContainText(PASSAGE);
    const file = await dialog.download();
    expect(file.name).toMatch(/\.md$/);
    expect(file.text).toContain(PASSAGE);
    expect(file.text).toContain('Usually reliable');
    expect(file.text).toContain(NOTE);
  });

  await test.step('CSV', async () => {
    await dialog.choose('CSV');
    const file = await dialog.download();
    expect(file.name).toMatch(/\.csv$/);
    expect(file.text.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 BOM so spreadsheets read it as UTF-8').toBe(true);
    const rows = parse(file.text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    expect(Object.values(row)).toEqual(expect.arrayContaining([PASSAGE, NOTE]));
  });

  await test.step('JSON', async () => {
    await dialog.choose('JSON');
    const file = await dialog.download();
    expect(file.name).toMatch(/\.json(ld)?$/);
    const collection = JSON.parse(file.text) as { type?: string; first?: { items?: JsonAnnotation[] }; items?: JsonAnnotation[] };
    expect(collection.type).toBe('AnnotationCollection');
    const items = collection.first?.items ?? collection.items ?? [];
    expect(items).toHaveLength(1);
    const quote = selectors(items[0] ?? {}).find((selector) => selector.type === 'TextQuoteSelector');
    expect(quote?.exact).toBe(PASSAGE);
  });
});
