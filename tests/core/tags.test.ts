// Tags: unique regardless of case, rename, merge, recolour and delete — never losing a highlight.
import { describe, expect, it } from 'vitest';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

describe('tags', () => {
  async function setUp() {
    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [doc({ title: 'Port fire', body: 'A fire broke out at the fuel depot. The army closed the gate. Crews arrived late.' })]);
    const a = await wb.createAnnotation({ documentId: id!, exact: 'fire broke out', tags: ['Sabotage'] });
    const b = await wb.createAnnotation({ documentId: id!, exact: 'army closed the gate', tags: ['sabotage-theory', 'Military'] });
    const c = await wb.createAnnotation({ documentId: id!, exact: 'Crews arrived late', tags: ['Sabotage', 'sabotage-theory'] });
    const tag = async (name: string) => (await wb.listTags({})).find((t) => t.name === name)!;
    return { wb, a, b, c, tag };
  }

  it('creates tags once regardless of case, with a colour', async () => {
    const { wb, tag } = await setUp();
    await wb.createAnnotation({ documentId: 1, exact: 'fuel depot', tags: ['SABOTAGE'] });
    expect((await wb.listTags({})).map((t) => [t.name, t.annotationCount])).toEqual([
      ['Military', 1],
      ['Sabotage', 3],
      ['sabotage-theory', 2],
    ]);
    expect((await tag('Military')).color).toMatch(/^#[0-9a-f]{6}$/);
    await expect(wb.createTag({ name: 'military' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(wb.createTag({ name: '   ' })).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('merges two tags without duplicating links and records the change in history', async () => {
    const { wb, a, b, c, tag } = await setUp();
    const merged = await wb.mergeTags({ sourceId: (await tag('sabotage-theory')).id, targetId: (await tag('Sabotage')).id });
    expect(merged).toMatchObject({ name: 'Sabotage', annotationCount: 3 });
    expect((await wb.listTags({})).map((t) => t.name)).toEqual(['Military', 'Sabotage']);
    for (const annotation of [a, b, c]) {
      const tags = (await wb.listAnnotations({})).find((x) => x.id === annotation.id)!.tags;
      expect(tags).toContain('Sabotage');
    }
    expect((await wb.getAnnotationHistory({ id: b.id })).at(-1)?.action).toBe('tag-merged');
  });

  it('renames (refusing a taken name), recolours, and deletes without deleting highlights', async () => {
    const { wb, a, tag } = await setUp();
    const military = await tag('Military');
    await expect(wb.renameTag({ id: military.id, name: 'sabotage' })).rejects.toThrow(/merge/);
    expect((await wb.renameTag({ id: military.id, name: 'Armed forces' })).name).toBe('Armed forces');
    expect((await wb.recolorTag({ id: military.id, color: '#AA0000' })).color).toBe('#aa0000');
    await expect(wb.recolorTag({ id: military.id, color: 'red' })).rejects.toThrow(/#rrggbb/);
    const sabotage = await tag('Sabotage');
    expect(await wb.deleteTag({ id: sabotage.id })).toMatchObject({ id: sabotage.id, annotationsUntagged: 2 });
    expect(await wb.listAnnotations({})).toHaveLength(3);
    expect((await wb.listAnnotations({})).find((x) => x.id === a.id)?.tags).toEqual([]);
    expect((await wb.search({ query: 'tags:sabotage' })).total).toBe(1);
  });
});
