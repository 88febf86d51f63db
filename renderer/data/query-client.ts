// The renderer's one QueryClient. Data changes only when someone writes, and every write is
// announced (our own mutations, `changed` events from other processes), so cached answers stay
// fresh until invalidated: no polling, no refetch on focus, no retries of a local core's refusals.
import { MutationCache, QueryClient } from '@tanstack/react-query';
import type { ChangeTopic } from '../../api/transport.js';
import { noteWrite } from './session-changes.js';
import { CHANGES, isMutationMethod, reportedAfter, topicsRead, type MutationMethod } from './topics.js';

/**
 * How long after our own write settles a `changed` event naming only what it changed is taken for
 * its echo: the host's watcher reports every commit to the file, ours included, at its next look.
 */
const ECHO_MS = 1000;

/** Per client: until when each topic's next `changed` event is taken for our own write's echo. */
const echoes = new WeakMap<QueryClient, Map<ChangeTopic, number>>();

function methodOf(mutationKey: readonly unknown[] | undefined): MutationMethod | null {
  const method = mutationKey?.[0];
  return isMutationMethod(method) ? method : null;
}

/** Marks stale every query that reads one of `topics` and refetches those on screen: one call. */
export function invalidateTopics(client: QueryClient, topics: readonly ChangeTopic[]): Promise<void> {
  if (topics.length === 0) return Promise.resolve();
  return client.invalidateQueries({ predicate: (query) => topicsRead(query.queryKey).some((topic) => topics.includes(topic)) });
}

/**
 * Another process (or page) changed `topics`. An event naming only what our own writes change,
 * while one is under way or within ECHO_MS after, is those writes coming back: it is dropped, once,
 * so a save costs one refresh, not two. (A foreign commit of the same kinds in the same look of the
 * watcher would then wait for the next change: the price of events that do not say whose they
 * are.) Otherwise the topics are refreshed, except those a write of ours under way will refresh
 * when it settles, after this change was made.
 */
export function applyChange(client: QueryClient, topics: readonly ChangeTopic[]): Promise<void> {
  const pending = client
    .getMutationCache()
    .findAll({ status: 'pending' })
    .map((mutation) => methodOf(mutation.options.mutationKey))
    .filter((method) => method !== null);
  const refreshing = new Set(pending.flatMap((method) => CHANGES[method]));
  const reporting = new Set(pending.flatMap(reportedAfter));
  const settled = echoes.get(client);
  const now = Date.now();
  if (topics.length > 0 && topics.every((topic) => reporting.has(topic) || (settled?.get(topic) ?? 0) > now)) {
    for (const topic of topics) settled?.delete(topic);
    return Promise.resolve();
  }
  return invalidateTopics(
    client,
    topics.filter((topic) => !refreshing.has(topic)),
  );
}

export function createQueryClient(): QueryClient {
  const expected = new Map<ChangeTopic, number>();
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false, retry: false },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      // An undoable write (its value carries a changeId) joins this session's changes and is announced with Undo.
      onSuccess: (data) => noteWrite(data),
      // After a write's own cache updates (its onSuccess), whether it worked or not: a failed
      // write may have been half-shown by an optimistic update, so the truth is read again.
      onSettled: (_data, _error, _variables, _context, mutation) => {
        const method = methodOf(mutation.options.mutationKey);
        if (!method) return;
        for (const topic of reportedAfter(method)) expected.set(topic, Date.now() + ECHO_MS);
        void invalidateTopics(client, CHANGES[method]);
      },
    }),
  });
  echoes.set(client, expected);
  return client;
}
