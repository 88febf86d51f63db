// One bad payload per WorkbenchApi method, with the line every door must answer it with. The
// Record type keeps the table complete: a new method without a bad case fails the type check.
import type { WorkbenchMethod } from '../../api/workbench-api.js';

export const BAD_PAYLOADS: Record<WorkbenchMethod, { input: unknown; message: string }> = {
  getWorkspaceInfo: { input: { verbose: true }, message: 'verbose: not a field this call takes' },
  importPaths: { input: { paths: [] }, message: 'paths: expected at least one file or folder' },
  importFiles: { input: { files: [{ name: 'a.txt' }] }, message: 'files.0.content: required' },
  importSample: { input: [], message: 'importSample takes one object argument' },
  cancelImport: { input: [], message: 'cancelImport takes one object argument' },
  listDocuments: { input: { limit: 2.5 }, message: 'limit: expected a whole number' },
  browseDocuments: { input: { sort: 'colour' }, message: 'sort: expected one of title, source, date, language, length, highlights' },
  listDocumentIds: { input: { filters: { from: '2026-02-30' } }, message: 'filters.from: expected a real date written YYYY-MM-DD, e.g. 2026-03-14' },
  getDocument: { input: { id: '3' }, message: 'id: expected a number' },
  deleteDocuments: { input: { ids: [] }, message: 'ids: expected at least one document id' },
  deleteDocument: { input: {}, message: 'id: required' },
  updateDocument: {
    input: { id: 1, date: '2026-03-14T21:30' },
    message: 'date: expected a date written YYYY-MM-DD, or a date and time with its zone, e.g. 2026-03-14T21:30+02:00',
  },
  updateDocuments: { input: { set: { source: 'MoD' } }, message: 'updateDocuments: say which documents: ids or an origin pattern' },
  getDocumentHistory: { input: { id: 1.5 }, message: 'id: expected a whole number' },
  listFacets: { input: null, message: 'listFacets takes one object argument' },
  search: { input: { query: 'x', filters: { language: 5 } }, message: 'filters.language: expected a string' },
  createAnnotation: { input: { documentId: 1, exact: 'x', reliability: 'Z' }, message: 'reliability: expected one of A, B, C, D, E, F' },
  updateAnnotation: { input: { id: 'a', credibility: 7 }, message: 'credibility: expected one of 1, 2, 3, 4, 5, 6' },
  deleteAnnotation: { input: { id: '  ' }, message: 'id: expected some text, not a blank' },
  listAnnotations: { input: { probability: 'maybe' }, message: probabilityMessage('probability') },
  getAnnotationHistory: { input: { id: 12 }, message: 'id: expected a string' },
  listTags: { input: { all: 1 }, message: 'all: not a field this call takes' },
  createTag: { input: { name: 'x', color: 'red' }, message: 'color: expected a colour written #rrggbb, e.g. #d55e00' },
  renameTag: { input: { id: 1, name: ' ' }, message: 'name: expected a tag name, not a blank' },
  mergeTags: { input: { sourceId: 2, targetId: 2 }, message: 'mergeTags: a tag cannot be merged into itself' },
  recolorTag: { input: { id: 0, color: '#aabbcc' }, message: 'id: expected a whole number, 1 or more' },
  deleteTag: { input: { id: -1 }, message: 'id: expected a whole number, 1 or more' },
  exportAnnotations: { input: { format: 'pdf' }, message: 'format: expected one of md, csv, json, ach-csv' },
  importAnnotations: { input: { content: '   ' }, message: 'content: the annotation file is empty' },
  listHypotheses: { input: { all: true }, message: 'all: not a field this call takes' },
  createHypothesis: { input: { statement: '  ' }, message: 'statement: expected some text, not a blank' },
  updateHypothesis: { input: { id: 1, position: -1 }, message: 'position: expected a whole number, 0 or more' },
  deleteHypothesis: { input: { id: 0 }, message: 'id: expected a whole number, 1 or more' },
  getHypothesisHistory: { input: {}, message: 'id: required' },
  setQuestion: { input: { question: 7 }, message: 'question: expected a string' },
  rate: { input: { annotationId: 'a', hypothesisId: 1, consistency: 'X' }, message: 'consistency: expected one of CC, C, N, I, II, NA' },
  listRatings: { input: { hypothesisId: 'h1' }, message: 'hypothesisId: expected a number' },
  getRatingHistory: { input: { id: '' }, message: 'id: expected some text, not a blank' },
  getAch: { input: { hypotheses: [1] }, message: 'hypotheses: not a field this call takes' },
  relatedPassages: { input: { annotationId: 'a', limit: 500 }, message: 'limit: expected at most 50' },
  confirmSameClaim: { input: { annotationId: 'a', documentId: 2, start: 9, end: 3 }, message: 'confirmSameClaim: start must come before end' },
  unlinkSameClaim: { input: { annotationId: 'a' }, message: 'otherId: required' },
  listSameClaims: { input: { annotationId: 'a' }, message: 'id: required' },
  listCopies: { input: { documentId: 0 }, message: 'documentId: expected a whole number, 1 or more' },
};

function probabilityMessage(field: string): string {
  return `${field}: expected one of almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain`;
}
