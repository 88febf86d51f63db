// A tiny change counter per kind of data: a mutation bumps it and every hook that read that data
// (search, notes, tags, workspace counts) refetches. No cache library needed for a local core.
import { useSyncExternalStore } from 'react';

export type Topic = 'documents' | 'annotations' | 'tags';

const revisions: Record<Topic, number> = { documents: 0, annotations: 0, tags: 0 };
const listeners = new Set<() => void>();

export function bump(...topics: Topic[]): void {
  for (const topic of topics) revisions[topic] += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRevision(topic: Topic): number {
  return useSyncExternalStore(subscribe, () => revisions[topic]);
}
