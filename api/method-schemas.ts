// A shape check per WorkbenchApi method, run by every door (web host, Electron main) before the
// core sees a payload: unknown keys and wrong types are refused with one clear line. The core
// still validates meaning (ranges, vocabularies, anchoring); this guards the boundary.
import type { WorkbenchMethod } from './workbench-api.js';

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'string[]' | 'files' | 'nullable-string' | 'nullable-integer';
type Schema = Record<string, { type: FieldType; required?: boolean }>;

const ASSESSMENTS: Schema = {
  reliability: { type: 'nullable-string' },
  credibility: { type: 'nullable-integer' },
  probability: { type: 'nullable-string' },
  confidence: { type: 'nullable-string' },
};
const ANNOTATION_FILTER: Schema = { documentId: { type: 'integer' }, tag: { type: 'string' }, ...ASSESSMENTS };

export const METHOD_SCHEMAS: Record<WorkbenchMethod, Schema> = {
  getWorkspaceInfo: {},
  importPaths: { paths: { type: 'string[]', required: true } },
  importFiles: { files: { type: 'files', required: true } },
  importSample: {},
  listDocuments: { limit: { type: 'integer' }, offset: { type: 'integer' } },
  getDocument: { id: { type: 'integer', required: true } },
  deleteDocument: { id: { type: 'integer', required: true } },
  listFacets: {},
  search: { query: { type: 'string', required: true }, filters: { type: 'object' }, limit: { type: 'integer' }, offset: { type: 'integer' } },
  createAnnotation: {
    documentId: { type: 'integer', required: true },
    start: { type: 'integer' },
    end: { type: 'integer' },
    exact: { type: 'string' },
    occurrence: { type: 'integer' },
    note: { type: 'string' },
    tags: { type: 'string[]' },
    ...ASSESSMENTS,
  },
  updateAnnotation: { id: { type: 'string', required: true }, note: { type: 'string' }, tags: { type: 'string[]' }, ...ASSESSMENTS },
  deleteAnnotation: { id: { type: 'string', required: true } },
  listAnnotations: ANNOTATION_FILTER,
  getAnnotationHistory: { id: { type: 'string', required: true } },
  listTags: {},
  createTag: { name: { type: 'string', required: true }, color: { type: 'string' } },
  renameTag: { id: { type: 'integer', required: true }, name: { type: 'string', required: true } },
  mergeTags: { sourceId: { type: 'integer', required: true }, targetId: { type: 'integer', required: true } },
  recolorTag: { id: { type: 'integer', required: true }, color: { type: 'string', required: true } },
  deleteTag: { id: { type: 'integer', required: true } },
  exportAnnotations: { format: { type: 'string', required: true }, filter: { type: 'object' }, groupBy: { type: 'string' } },
  importAnnotations: { content: { type: 'string', required: true } },
};

function fits(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'files':
      return (
        Array.isArray(value) &&
        value.every((f) => typeof f === 'object' && f !== null && typeof (f as { name?: unknown }).name === 'string' && typeof (f as { content?: unknown }).content === 'string')
      );
    case 'nullable-string':
      return value === null || typeof value === 'string';
    case 'nullable-integer':
      return value === null || Number.isInteger(value);
  }
}

/** null when the payload has the method's shape, else a one-line reason. */
export function checkPayload(method: WorkbenchMethod, payload: unknown): string | null {
  const schema = METHOD_SCHEMAS[method];
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return `${method} takes one object argument`;
  const record = payload as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in schema)) return `${method} does not take "${key}"`;
  }
  for (const [key, field] of Object.entries(schema)) {
    const value = record[key];
    if (value === undefined) {
      if (field.required) return `${method} needs "${key}"`;
      continue;
    }
    if (!fits(value, field.type)) return `${method}: "${key}" must be ${field.type.replace('[]', ' list').replace('nullable-', '')}`;
  }
  return null;
}
