// A value that follows its input after `delay` ms of quiet, with a way to catch up at once
// (e.g. when the analyst presses Enter).
import { useCallback, useEffect, useState } from 'react';

export function useDebounced<T>(value: T, delay: number): [T, () => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  const flush = useCallback(() => setSettled(value), [value]);
  return [settled, flush];
}
