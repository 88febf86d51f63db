// The question under analysis and its hypotheses: created, edited, moved and deleted in the analyst's
// order, each change in the append-only hypothesis history. The question is one line kept in meta.
import type * as v from 'valibot';
import { WorkbenchError } from '../../api/result.js';
import type { CreateHypothesisInput, UpdateHypothesisInput } from '../../api/schemas/hypotheses.js';
import type { Hypothesis, HypothesisHistoryEntry } from '../../api/types.js';
import { nowIso, type Db } from '../open-workspace.js';

type HistoryAction = HypothesisHistoryEntry['action'];

interface HypothesisRow {
  id: number;
  statement: string;
  note: string;
  position: number;
  created_at: string;
  updated_at: string;
}

const QUESTION_KEY = 'ach.question';

function toHypothesis(row: HypothesisRow): Hypothesis {
  return { id: row.id, statement: row.statement, note: row.note, position: row.position, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Statements are one line: runs of white space become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function listHypotheses(db: Db): Hypothesis[] {
  return (db.prepare('SELECT * FROM hypothesis ORDER BY position, id').all() as HypothesisRow[]).map(toHypothesis);
}

export function getHypothesis(db: Db, id: number): Hypothesis {
  const row = db.prepare('SELECT * FROM hypothesis WHERE id = ?').get(id) as HypothesisRow | undefined;
  if (!row) throw new WorkbenchError('not-found', `No hypothesis #${id} in this workspace`, 'hypothesis');
  return toHypothesis(row);
}

function record(db: Db, hypothesis: Hypothesis, action: HistoryAction, at: string): void {
  const snapshot = { statement: hypothesis.statement, note: hypothesis.note, position: hypothesis.position };
  db.prepare('INSERT INTO hypothesis_history (hypothesis_id, at, action, snapshot) VALUES (?, ?, ?, ?)').run(hypothesis.id, at, action, JSON.stringify(snapshot));
}

/** Renumbers positions 0…n−1 in the given order of ids. */
function renumber(db: Db, ids: readonly number[]): void {
  const update = db.prepare('UPDATE hypothesis SET position = ? WHERE id = ? AND position <> ?');
  ids.forEach((id, index) => update.run(index, id, index));
}

function orderWith(db: Db, id: number, position: number): number[] {
  const others = listHypotheses(db)
    .map((h) => h.id)
    .filter((other) => other !== id);
  const at = Math.min(position, others.length);
  return [...others.slice(0, at), id, ...others.slice(at)];
}

export function createHypothesis(db: Db, input: v.InferOutput<typeof CreateHypothesisInput>): Hypothesis {
  return db
    .transaction(() => {
      const now = nowIso();
      const end = db.prepare('SELECT count(*) FROM hypothesis').pluck().get() as number;
      const { lastInsertRowid } = db
        .prepare('INSERT INTO hypothesis (statement, note, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(oneLine(input.statement), input.note ?? '', end, now, now);
      const id = Number(lastInsertRowid);
      if (input.position !== undefined && input.position < end) renumber(db, orderWith(db, id, input.position));
      const created = getHypothesis(db, id);
      record(db, created, 'created', now);
      return created;
    })
    .immediate();
}

export function updateHypothesis(db: Db, input: v.InferOutput<typeof UpdateHypothesisInput>): Hypothesis {
  return db
    .transaction(() => {
      const before = getHypothesis(db, input.id);
      const statement = input.statement === undefined ? before.statement : oneLine(input.statement);
      const note = input.note ?? before.note;
      const textChanged = statement !== before.statement || note !== before.note;
      const moved = input.position !== undefined && Math.min(input.position, listHypotheses(db).length - 1) !== before.position;
      if (!textChanged && !moved) return before;
      const now = nowIso();
      if (textChanged) db.prepare('UPDATE hypothesis SET statement = ?, note = ?, updated_at = ? WHERE id = ?').run(statement, note, now, before.id);
      if (moved) {
        renumber(db, orderWith(db, before.id, input.position as number));
        db.prepare('UPDATE hypothesis SET updated_at = ? WHERE id = ?').run(now, before.id);
      }
      const after = getHypothesis(db, before.id);
      record(db, after, textChanged ? 'updated' : 'moved', now);
      return after;
    })
    .immediate();
}

/** Deletes a hypothesis with its ratings; its history (and theirs) is kept. */
export function deleteHypothesis(db: Db, id: number): { id: number; ratingsDeleted: number } {
  return db
    .transaction(() => {
      const hypothesis = getHypothesis(db, id);
      const now = nowIso();
      const ratings = db.prepare('SELECT annotation_id, rater, consistency, relevance, reason FROM rating WHERE hypothesis_id = ?').all(id) as {
        annotation_id: string;
        rater: string;
        consistency: string;
        relevance: string;
        reason: string;
      }[];
      const history = db.prepare('INSERT INTO rating_history (annotation_id, hypothesis_id, rater, at, before, after) VALUES (?, ?, ?, ?, ?, NULL)');
      for (const rating of ratings) {
        history.run(rating.annotation_id, id, rating.rater, now, JSON.stringify({ consistency: rating.consistency, relevance: rating.relevance, reason: rating.reason }));
      }
      record(db, hypothesis, 'deleted', now);
      db.prepare('DELETE FROM hypothesis WHERE id = ?').run(id);
      renumber(
        db,
        listHypotheses(db).map((h) => h.id),
      );
      return { id, ratingsDeleted: ratings.length };
    })
    .immediate();
}

export function getHypothesisHistory(db: Db, id: number): HypothesisHistoryEntry[] {
  const rows = db.prepare('SELECT at, action, snapshot FROM hypothesis_history WHERE hypothesis_id = ? ORDER BY id').all(id) as {
    at: string;
    action: HistoryAction;
    snapshot: string;
  }[];
  if (rows.length === 0) throw new WorkbenchError('not-found', `No hypothesis #${id} has ever existed in this workspace`, 'hypothesis');
  return rows.map((row) => ({ at: row.at, action: row.action, snapshot: JSON.parse(row.snapshot) as HypothesisHistoryEntry['snapshot'] }));
}

export function getQuestion(db: Db): string {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(QUESTION_KEY) as string | undefined) ?? '';
}

export function setQuestion(db: Db, question: string): { question: string } {
  const clean = oneLine(question);
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(QUESTION_KEY, clean);
  return { question: clean };
}
