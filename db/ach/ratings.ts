// Each highlight's rating against each hypothesis (consistency, relevance, a one-line reason), by a
// rater: '' is this workspace's analyst. Every change goes to the append-only rating history.
import type * as v from 'valibot';
import type { Consistency, Relevance } from '../../api/ach.js';
import type { ListRatingsInput, RateInput } from '../../api/schemas/hypotheses.js';
import type { Rating, RatingHistoryEntry } from '../../api/types.js';
import { getAnnotation } from '../annotations-read.js';
import type { ExportRating } from '../export/export-item.js';
import { nowIso, type Db } from '../open-workspace.js';
import { getHypothesis } from './hypotheses.js';

interface RatingRow {
  annotation_id: string;
  hypothesis_id: number;
  rater: string;
  consistency: Consistency;
  relevance: Relevance;
  reason: string;
  updated_at: string;
}

type Value = RatingHistoryEntry['before'];

function toRating(row: RatingRow): Rating {
  return {
    annotationId: row.annotation_id,
    hypothesisId: row.hypothesis_id,
    rater: row.rater,
    consistency: row.consistency,
    relevance: row.relevance,
    reason: row.reason,
    updatedAt: row.updated_at,
  };
}

function valueOf(row: RatingRow | undefined): Value {
  return row ? { consistency: row.consistency, relevance: row.relevance, reason: row.reason } : null;
}

function sameValue(a: Value, b: Value): boolean {
  return a === b || (a !== null && b !== null && a.consistency === b.consistency && a.relevance === b.relevance && a.reason === b.reason);
}

const ONE = 'SELECT * FROM rating WHERE annotation_id = ? AND hypothesis_id = ? AND rater = ?';

/** Sets (or, with consistency null, clears) this analyst's rating of a passage against a hypothesis; null when cleared. */
export function rate(db: Db, input: v.InferOutput<typeof RateInput>, rater = ''): Rating | null {
  return db
    .transaction(() => {
      getAnnotation(db, input.annotationId);
      getHypothesis(db, input.hypothesisId);
      const current = db.prepare(ONE).get(input.annotationId, input.hypothesisId, rater) as RatingRow | undefined;
      const now = nowIso();
      let after: Value = null;
      if (input.consistency === null) {
        db.prepare('DELETE FROM rating WHERE annotation_id = ? AND hypothesis_id = ? AND rater = ?').run(input.annotationId, input.hypothesisId, rater);
      } else {
        after = {
          consistency: input.consistency,
          relevance: input.relevance ?? current?.relevance ?? 'medium',
          reason: input.reason === undefined ? (current?.reason ?? '') : input.reason.trim(),
        };
        if (!sameValue(valueOf(current), after)) {
          db.prepare(
            `INSERT INTO rating (annotation_id, hypothesis_id, rater, consistency, relevance, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (annotation_id, hypothesis_id, rater) DO UPDATE SET consistency = excluded.consistency, relevance = excluded.relevance,
               reason = excluded.reason, updated_at = excluded.updated_at`,
          ).run(input.annotationId, input.hypothesisId, rater, after.consistency, after.relevance, after.reason, now);
        }
      }
      const before = valueOf(current);
      if (!sameValue(before, after)) {
        db.prepare('INSERT INTO rating_history (annotation_id, hypothesis_id, rater, at, before, after) VALUES (?, ?, ?, ?, ?, ?)').run(
          input.annotationId,
          input.hypothesisId,
          rater,
          now,
          before === null ? null : JSON.stringify(before),
          after === null ? null : JSON.stringify(after),
        );
      }
      const row = db.prepare(ONE).get(input.annotationId, input.hypothesisId, rater) as RatingRow | undefined;
      return row ? toRating(row) : null;
    })
    .immediate();
}

export function listRatings(db: Db, filter: v.InferOutput<typeof ListRatingsInput>): Rating[] {
  const where: string[] = [];
  const values: (string | number)[] = [];
  if (filter.annotationId !== undefined) {
    where.push('annotation_id = ?');
    values.push(filter.annotationId);
  }
  if (filter.hypothesisId !== undefined) {
    where.push('hypothesis_id = ?');
    values.push(filter.hypothesisId);
  }
  const sql = `SELECT r.* FROM rating r JOIN hypothesis h ON h.id = r.hypothesis_id ${where.length ? `WHERE ${where.map((w) => `r.${w}`).join(' AND ')}` : ''}
    ORDER BY r.annotation_id, h.position, r.rater`;
  return (db.prepare(sql).all(...values) as RatingRow[]).map(toRating);
}

/** How a passage's ratings changed, oldest first, even after the passage is gone; empty when it was never rated. */
export function getRatingHistory(db: Db, annotationId: string): RatingHistoryEntry[] {
  const rows = db.prepare('SELECT at, hypothesis_id, rater, before, after FROM rating_history WHERE annotation_id = ? ORDER BY id').all(annotationId) as {
    at: string;
    hypothesis_id: number;
    rater: string;
    before: string | null;
    after: string | null;
  }[];
  if (rows.length === 0) getAnnotation(db, annotationId);
  const parse = (json: string | null): Value => (json === null ? null : (JSON.parse(json) as Value));
  return rows.map((row) => ({ at: row.at, hypothesisId: row.hypothesis_id, rater: row.rater, before: parse(row.before), after: parse(row.after) }));
}

/** Every rating of these highlights (all raters), with its hypothesis's statement, for the W3C export. */
export function ratingsForExport(db: Db, annotationIds: readonly string[]): Map<string, ExportRating[]> {
  const rows = db
    .prepare(
      `SELECT r.annotation_id, h.statement, r.rater, r.consistency, r.relevance, r.reason FROM rating r JOIN hypothesis h ON h.id = r.hypothesis_id
       WHERE r.annotation_id IN (SELECT value FROM json_each(?)) ORDER BY h.position, r.rater`,
    )
    .all(JSON.stringify(annotationIds)) as { annotation_id: string; statement: string; rater: string; consistency: Consistency; relevance: Relevance; reason: string }[];
  const out = new Map<string, ExportRating[]>();
  for (const row of rows) {
    const list = out.get(row.annotation_id) ?? [];
    list.push({ hypothesis: row.statement, rater: row.rater, consistency: row.consistency, relevance: row.relevance, reason: row.reason });
    out.set(row.annotation_id, list);
  }
  return out;
}
