// The typed doors from feature hooks to the cache: a query per read, keyed [method, input] so
// every component asking the same question shares one answer, and a mutation per write, whose
// settling invalidates what the write changed (see query-client.ts and topics.ts).
import {
  keepPreviousData,
  skipToken,
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
  type QueryClient,
  type UseInfiniteQueryResult,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { MethodInput, MethodOutput, WorkbenchApi, WorkbenchMethod } from '../../api/workbench-api.js';
import { useApi } from '../api/workbench-client.js';
import { nextPageOffset } from './pages.js';
import type { MutationMethod, QueryMethod } from './topics.js';

export type WorkbenchQueryKey<M extends QueryMethod> = readonly [M, MethodInput<M>];

export function queryKey<M extends QueryMethod>(method: M, input: MethodInput<M>): WorkbenchQueryKey<M> {
  return [method, input];
}

function call<M extends WorkbenchMethod>(api: WorkbenchApi, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const fn = api[method] as (input: MethodInput<M>) => Promise<MethodOutput<M>>;
  return fn.call(api, input);
}

export interface WorkbenchQueryOptions {
  /** False leaves the query idle (e.g. no document open). */
  enabled?: boolean;
  /** Keeps the last answer on screen while a new input loads (search results, a preview). */
  keepPrevious?: boolean;
}

export function useWorkbenchQuery<M extends QueryMethod>(method: M, input: MethodInput<M>, options: WorkbenchQueryOptions = {}): UseQueryResult<MethodOutput<M>> {
  const api = useApi();
  return useQuery({
    queryKey: queryKey(method, input),
    queryFn: options.enabled === false ? skipToken : () => call(api, method, input),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/** The reads that page with limit/offset and answer with the total and one page of hits (search). */
export type PagedMethod = {
  [M in QueryMethod]: MethodInput<M> extends { limit?: number; offset?: number } ? (MethodOutput<M> extends { total: number; hits: unknown[] } ? M : never) : never;
}[QueryMethod];

export type PagedInput<M extends PagedMethod> = Omit<MethodInput<M>, 'offset'> & { limit: number };

/**
 * A paged read as one list that grows at the end: the first page comes with the total, each next
 * page starts where the loaded ones end. Keyed [method, input, 'pages'], so the writes that change
 * what `method` reads invalidate it like any other query (topics.ts reads the first two parts).
 */
export function useWorkbenchPages<M extends PagedMethod>(
  method: M,
  input: PagedInput<M>,
  options: WorkbenchQueryOptions = {},
): UseInfiniteQueryResult<InfiniteData<MethodOutput<M>, number>> {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: [method, input, 'pages'] as const,
    queryFn: options.enabled === false ? skipToken : ({ pageParam }) => call(api, method, { ...input, offset: pageParam } as MethodInput<M>),
    initialPageParam: 0,
    getNextPageParam: (last, _all, offset) => nextPageOffset(last, offset),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/** The cached answers of every `method` query, to read or update in place. */
export function cachedAnswers<M extends QueryMethod>(client: QueryClient, method: M): [WorkbenchQueryKey<M>, MethodOutput<M> | undefined][] {
  return client.getQueriesData<MethodOutput<M>>({ queryKey: [method] }) as [WorkbenchQueryKey<M>, MethodOutput<M> | undefined][];
}

type MutationHooks<M extends MutationMethod, C> = Omit<UseMutationOptions<MethodOutput<M>, Error, MethodInput<M>, C>, 'mutationKey' | 'mutationFn'>;

export function useWorkbenchMutation<M extends MutationMethod, C = unknown>(
  method: M,
  hooks: MutationHooks<M, C> = {},
): UseMutationResult<MethodOutput<M>, Error, MethodInput<M>, C> {
  const api = useApi();
  return useMutation({ ...hooks, mutationKey: [method], mutationFn: (input: MethodInput<M>) => call(api, method, input) });
}
