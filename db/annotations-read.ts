// Reading annotations: one, or a filtered list, with their tag names; rows become API objects here.
import type { Annotation, AnnotationFilter } from '../api/types.js';
import type { Confidence, Credibility, Probability, Reliability } from '../api/assessments.js';
import { WorkbenchError } from '../api/result.js';
import type { Db } from './open-workspace.js';

interface AnnotationRow {
  id: string;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  reliability: string | null;
  credibility: number | null;
  probability: string | null;
  confidence: string | null;
  created_at: string;
  updated_at: string;
  tags: string;
}

const SELECT = `SELECT a.*, (SELECT json_group_array(name) FROM (SELECT t.name FROM annotation_tag at
  JOIN tag t ON t.id = at.tag_id WHERE at.annotation_id = a.id ORDER BY t.name COLLATE NOCASE)) AS tags
  FROM annotation a`;

function rowToAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    documentId: row.document_id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    note: row.note,
    tags: JSON.parse(row.tags) as string[],
    reliability: row.reliability as Reliability | null,
    credibility: row.credibility as Credibility | null,
    probability: row.probability as Probability | null,
    confidence: row.confidence as Confidence | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findAnnotation(db: Db, id: string): Annotation | undefined {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  return row && rowToAnnotation(row);
}

export function getAnnotation(db: Db, id: string): Annotation {
  const annotation = findAnnotation(db, id);
  if (!annotation) throw new WorkbenchError('not-found', `No annotation ${id} in this workspace`, 'annotation');
  return annotation;
}

export function listAnnotations(db: Db, filter: AnnotationFilter = {}): Annotation[] {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filter.documentId !== undefined) {
    conditions.push('a.document_id = ?');
    params.push(filter.documentId);
  }
  if (filter.documentIds !== undefined) {
    conditions.push('a.document_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.documentIds));
  }
  if (filter.tag !== undefined) {
    conditions.push('EXISTS (SELECT 1 FROM annotation_tag at JOIN tag t ON t.id = at.tag_id WHERE at.annotation_id = a.id AND t.name = ? COLLATE NOCASE)');
    params.push(filter.tag);
  }
  for (const key of ['reliability', 'credibility', 'probability', 'confidence'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== null) {
      conditions.push(`a.${key} = ?`);
      params.push(value);
    }
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows = db.prepare(`${SELECT} ${where} ORDER BY a.document_id, a.start, a.created_at`).all(...params) as AnnotationRow[];
  return rows.map(rowToAnnotation);
}

export function annotationIdsWithTag(db: Db, tagId: number): string[] {
  return db.prepare('SELECT annotation_id FROM annotation_tag WHERE tag_id = ?').pluck().all(tagId) as string[];
}
