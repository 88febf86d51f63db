// The undoable changes made in this session (every write whose value carries a changeId), newest
// last, and the one notice about them: done (offer Undo), undone, or an undo refused. One store for
// the whole window, fed by the mutation cache (query-client.ts), read with useSyncExternalStore.

export type UndoNotice = { kind: 'done'; changeId: number } | { kind: 'undone'; label: string } | { kind: 'refused'; message: string };

export interface SessionChanges {
  /** Change ids this session made, oldest first. */
  readonly made: readonly number[];
  readonly undone: ReadonlySet<number>;
  readonly notice: UndoNotice | null;
}

let state: SessionChanges = { made: [], undone: new Set(), notice: null };
const listeners = new Set<() => void>();

function set(next: SessionChanges): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeSessionChanges(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sessionChanges(): SessionChanges {
  return state;
}

/** Called with every successful write's value: an undoable one is remembered and announced. */
export function noteWrite(value: unknown): void {
  if (typeof value !== 'object' || value === null || !('changeId' in value) || typeof value.changeId !== 'number') return;
  set({ ...state, made: [...state.made, value.changeId], notice: { kind: 'done', changeId: value.changeId } });
}

export function noteUndone(changeId: number, label: string): void {
  set({ ...state, undone: new Set([...state.undone, changeId]), notice: { kind: 'undone', label } });
}

export function noteRefused(message: string): void {
  set({ ...state, notice: { kind: 'refused', message } });
}

export function dismissNotice(): void {
  set({ ...state, notice: null });
}

/** The latest change of this session not undone yet, if any. */
export function latestUndoable(changes: SessionChanges): number | undefined {
  for (let i = changes.made.length - 1; i >= 0; i -= 1) {
    const id = changes.made[i] as number;
    if (!changes.undone.has(id)) return id;
  }
  return undefined;
}
