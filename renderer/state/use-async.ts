// Runs an async load whenever its dependencies change, dropping stale answers, and exposes
// loading / ready / error with a retry. The previous value stays visible while reloading.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { errorMessage } from '../api/workbench-client.js';

export interface AsyncState<T> {
  status: 'loading' | 'ready' | 'error';
  value: T | undefined;
  error: string | null;
  reload: () => void;
}

export function useAsync<T>(load: () => Promise<T>, deps: DependencyList, enabled = true): AsyncState<T> {
  const [state, setState] = useState<Omit<AsyncState<T>, 'reload'>>({ status: 'loading', value: undefined, error: null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (!enabled) return;
    const ticket = ++latest.current;
    setState((previous) => (previous.status === 'loading' ? previous : { ...previous, status: 'loading', error: null }));
    loadRef.current().then(
      (value) => {
        if (ticket === latest.current) setState({ status: 'ready', value, error: null });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState((previous) => ({ status: 'error', value: previous.value, error: errorMessage(error) }));
      },
    );
  }, [...deps, attempt, enabled]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
