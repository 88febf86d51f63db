// Analyses the fields an import knows before a document is stored (title, source, author, body),
// as the index will read them back (indexable-documents.ts), so the write transaction only writes.
// The body's copy fingerprints (db/copies/) are computed here too, off the main thread.
import { fingerprintDocument, type DocumentPrint } from '../copies/fingerprint.js';
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
  /** What copy detection needs of the body (fingerprint.ts), handed to detectCopies after the import. */
  copies?: DocumentPrint;
}

export function analyseDocument(document: StoredFields): AnalysedDocument {
  return {
    title: analyseField(document.title),
    source: analyseField(document.source ?? ''),
    author: analyseField(document.author ?? ''),
    body: analyseField(withinWordBudget(document.body, MAX_DISTINCT_WORDS)),
    copies: fingerprintDocument(document.body),
  };
}
