// The analyst's view of a whole document travels with each annotation on it: document tags and the
// document note in the target's citation, absent when there are none.
import { describe, expect, it } from 'vitest';
import { renderWebAnnotation } from '../../db/export/web-annotation-export.js';
import { items, RUSSIAN_NOTE } from './fixtures.js';

describe('renderWebAnnotation: the document citation', () => {
  it('carries the document tags and note', () => {
    const russian = items.find((item) => item.document.language === 'ru');
    if (!russian) return expect.fail('the fixtures have a Russian document');
    const citation = renderWebAnnotation(russian).target['assay:document'];
    expect(citation['assay:tags']).toEqual(['state-media', 'ru']);
    expect(citation['assay:note']).toBe(RUSSIAN_NOTE);
  });

  it('leaves them out when the analyst gave none', () => {
    const english = items.find((item) => item.document.language === 'en');
    if (!english) return expect.fail('the fixtures have an English document');
    const citation = renderWebAnnotation(english).target['assay:document'];
    expect(citation).not.toHaveProperty('assay:tags');
    expect(citation).not.toHaveProperty('assay:note');
  });
});
