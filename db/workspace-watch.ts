// Notices commits to an open workspace made through any other connection (the CLI importing, a second
// window) and says which kinds of data they touched, so a door can tell its UI what to refresh.
// It polls `PRAGMA data_version` on a connection of its own: that number moves whenever another
// connection commits, including this process's main one, so a second browser tab hears of the first's writes.
import { CHANGE_TOPICS, type ChangeTopic } from '../api/transport.js';
import { openReader, type Db, type OpenOptions } from './open-workspace.js';
import { isLockError } from './workspace-lock.js';

/** Often enough to feel live, rare enough to cost nothing: a check is one pragma when idle. */
export const WATCH_INTERVAL_MS = 400;

export interface WatchOptions extends OpenOptions {
  intervalMs?: number;
}

export interface WorkspaceWatch {
  /** Looks now (the timer calls it too); returns the topics it reported, if any. */
  check(): ChangeTopic[];
  /** Stops the timer and closes the watcher's connection. Safe to call twice. */
  stop(): void;
}

/** One cheap summary per topic: counts, highest ids and change counters, never whole tables. */
const FINGERPRINTS: Record<ChangeTopic, string> = {
  // Search results read the index, which another process commits after the documents themselves.
  documents: `SELECT count(*) || ':' || coalesce(max(id), 0) || ':' ||
    coalesce((SELECT value FROM meta WHERE key = 'index.generation'), '') FROM document`,
  // Every create, edit and delete of an annotation appends to its history.
  annotations: `SELECT (SELECT count(*) FROM annotation) || ':' || coalesce((SELECT max(id) FROM annotation_history), 0)`,
  // Tags are few: their names and colours are the fingerprint.
  tags: `SELECT count(*) || ':' || coalesce(group_concat(id || '=' || name || '=' || color, ','), '') FROM (SELECT * FROM tag ORDER BY id)`,
  // Hypotheses and ratings append to their histories on every change; the question is one meta row;
  // same-claim links are counted.
  hypotheses: `SELECT (SELECT count(*) FROM hypothesis) || ':' || coalesce((SELECT max(id) FROM hypothesis_history), 0) || ':' ||
    coalesce((SELECT max(id) FROM rating_history), 0) || ':' || coalesce((SELECT value FROM meta WHERE key = 'ach.question'), '') || ':' ||
    (SELECT count(*) || '@' || coalesce(max(created_at), '') FROM claim_link)`,
};

type Fingerprint = Record<ChangeTopic, string>;

function fingerprint(db: Db): Fingerprint {
  return db.transaction(() => {
    const entries = CHANGE_TOPICS.map((topic) => [topic, String(db.prepare(FINGERPRINTS[topic]).pluck().get())]);
    return Object.fromEntries(entries) as Fingerprint;
  })();
}

function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/** Watches the workspace file at `path` (already open and migrated) until stop(). */
export function watchWorkspace(path: string, onChange: (topics: ChangeTopic[]) => void, options: WatchOptions = {}): WorkspaceWatch {
  const db = openReader(path, options);
  let version = dataVersion(db);
  let seen = fingerprint(db);

  const check = (): ChangeTopic[] => {
    const now = dataVersion(db);
    if (now === version) return [];
    // Read after the version: a commit in between moves the version again and is seen next time.
    version = now;
    const next = fingerprint(db);
    const topics = CHANGE_TOPICS.filter((topic) => next[topic] !== seen[topic]);
    seen = next;
    if (topics.length > 0) onChange(topics);
    return topics;
  };

  const stop = (): void => {
    clearInterval(timer);
    if (db.open) db.close();
  };

  const timer = setInterval(() => {
    try {
      check();
    } catch (error) {
      // A lock in the way is tried again next time; anything else (the file gone) ends the watch.
      if (!isLockError(error)) stop();
    }
  }, options.intervalMs ?? WATCH_INTERVAL_MS);
  timer.unref();

  return { check, stop };
}
