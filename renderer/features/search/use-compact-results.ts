// Compact results (one line per hit) or full ones (title, details and two snippets), remembered
// across sessions like the pane widths.
import { useEffect, useState } from 'react';

const KEY = 'assay.compactResults';

function load(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    // Unreadable or unavailable storage: full results.
    return false;
  }
}

export function useCompactResults(): [boolean, (compact: boolean) => void] {
  const [compact, setCompact] = useState(load);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, String(compact));
    } catch {
      // Not remembered this time; nothing else depends on it.
    }
  }, [compact]);
  return [compact, setCompact];
}
