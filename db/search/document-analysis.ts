// Analyses the fields an import knows before a document is stored (title, source, author, body),
// as the index will read them back (indexable-documents.ts), so the write transaction only writes.
import { analyseField, type AnalysedField } from './field-analysis.js';
import { MAX_DISTINCT_WORDS, withinWordBudget } from './word-budget.js';

export interface StoredFields {
  title: string;
  source: string | null;
  author: string | null;
  body: string;
}

export interface AnalysedDocument {
  title: AnalysedField;
  source: AnalysedField;
  author: AnalysedField;
  body: AnalysedField;
}

export function analyseDocument(document: StoredFields): AnalysedDocument {
  return {
    title: analyseField(document.title),
    source: analyseField(document.source ?? ''),
    author: analyseField(document.author ?? ''),
    body: analyseField(withinWordBudget(document.body, MAX_DISTINCT_WORDS)),
  };
}
