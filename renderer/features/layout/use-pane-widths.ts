// The widths of the search and notes panes, remembered across sessions and kept within limits
// that leave the reader a comfortable measure.
import { useCallback, useEffect, useState } from 'react';

export interface PaneWidths {
  left: number;
  right: number;
}

const KEY = 'assay.paneWidths';
const DEFAULTS: PaneWidths = { left: 340, right: 340 };
export const PANE_MIN = 220;

export function paneMax(): number {
  return Math.max(PANE_MIN + 40, Math.round(window.innerWidth * 0.4));
}

function load(): PaneWidths {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof parsed === 'object' && parsed !== null && 'left' in parsed && 'right' in parsed) {
      const { left, right } = parsed;
      if (typeof left === 'number' && typeof right === 'number') return { left, right };
    }
  } catch {
    // Unreadable or unavailable storage: use the defaults.
  }
  return DEFAULTS;
}

export function usePaneWidths(): [PaneWidths, (side: keyof PaneWidths, value: number) => void] {
  const [widths, setWidths] = useState(load);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(widths));
    } catch {
      // Not remembered this time; nothing else depends on it.
    }
  }, [widths]);
  const set = useCallback((side: keyof PaneWidths, value: number) => setWidths((w) => ({ ...w, [side]: value })), []);
  return [widths, set];
}
