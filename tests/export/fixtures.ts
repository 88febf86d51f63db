// Sample highlights for the export tests: plain and Cyrillic text, with and without notes,
// tags and assessments, and text full of characters that CSV and Markdown treat specially.
import { createHash } from 'node:crypto';
import type { Annotation, DocumentSummary } from '../../api/types.js';
import { quoteAt } from '../../db/anchoring.js';
import type { ExportItem } from '../../db/export/export-item.js';

export function makeDocument(id: number, body: string, fields: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    title: `Document ${id}`,
    source: null,
    author: null,
    url: null,
    date: null,
    language: 'en',
    origin: `/corpus/doc-${id}.txt`,
    contentHash: createHash('sha256').update(body, 'utf8').digest('hex'),
    importedAt: '2026-01-02T10:00:00.000Z',
    length: body.length,
    annotationCount: 1,
    tags: [],
    ...fields,
  };
}

let counter = 0;

export function makeAnnotation(document: DocumentSummary, body: string, quote: string, fields: Partial<Annotation> = {}): Annotation {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`quote not in body: ${quote}`);
  counter += 1;
  return {
    id: `0b8f5a3e-1c2d-4e5f-8a9b-${counter.toString(16).padStart(12, '0')}`,
    documentId: document.id,
    ...quoteAt(body, start, start + quote.length),
    note: '',
    tags: [],
    reliability: null,
    credibility: null,
    probability: null,
    confidence: null,
    createdAt: '2026-03-01T09:30:00.000Z',
    updatedAt: '2026-03-02T11:45:00.000Z',
    ...fields,
  };
}

const englishBody = 'The ministry said on Tuesday that "exports rose by 4%, mostly grain".\nOfficials expect, however, a fall next year.\n\nNo further details.';
const russianBody = 'Министерство сообщило во вторник, что экспорт вырос на 4 %. Эксперты ожидают спада 🌾 в следующем году.';

export const english = makeDocument(1, englishBody, {
  title: 'Grain *exports* [draft] #1',
  source: 'Reuters, Moscow',
  author: 'J. Doe',
  date: '2026-02-14',
  url: 'https://example.org/news/grain?id=1&lang=en',
});
export const russian = makeDocument(2, russianBody, {
  title: 'Экспорт зерна',
  source: 'ТАСС',
  date: '2026-02-15',
  language: 'ru',
  tags: ['state-media', 'ru'],
});

/** The analyst's note on the Russian document (document notes are Markdown, like highlight notes). */
export const RUSSIAN_NOTE = 'State agency: **check against customs**.\n\nSecond paragraph.';

export const items: ExportItem[] = [
  {
    document: english,
    pages: null,
    documentNote: '',
    annotation: makeAnnotation(english, englishBody, '"exports rose by 4%, mostly grain".\nOfficials expect', {
      note: 'Compare with **customs data**.\n\n- check Q1\n- check Q2',
      tags: ['economy', 'grain'],
      reliability: 'B',
      credibility: 2,
      probability: 'likely',
      confidence: 'moderate',
    }),
  },
  { document: english, pages: 'pp. 3–4', documentNote: '', annotation: makeAnnotation(english, englishBody, 'No further details.') },
  {
    document: russian,
    pages: null,
    documentNote: RUSSIAN_NOTE,
    annotation: makeAnnotation(russian, russianBody, 'экспорт вырос на 4 %', {
      note: 'Цифра совпадает с «Интерфаксом», но см. 🌾',
      tags: ['экономика', 'grain'],
      reliability: 'C',
    }),
  },
  {
    document: russian,
    pages: null,
    documentNote: RUSSIAN_NOTE,
    annotation: makeAnnotation(russian, russianBody, 'Эксперты ожидают спада 🌾', {
      note: '=HYPERLINK("http://evil.example") and "quotes", commas\r\nand CRLF',
      confidence: 'low',
      probability: 'almost-no-chance',
    }),
  },
];
