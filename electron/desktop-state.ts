// What the desktop app remembers between runs (window bounds, maximised, last workspace, theme)
// in a small JSON file in userData. A damaged file is ignored, never fatal; writes are atomic.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeSource = (typeof THEMES)[number];

export interface DesktopState {
  bounds: WindowBounds | null;
  maximized: boolean;
  lastWorkspace: string | null;
  theme: ThemeSource;
}

export const STATE_FILE_NAME = 'desktop-state.json';

export function defaultState(): DesktopState {
  return { bounds: null, maximized: false, lastWorkspace: null, theme: 'system' };
}

function isBounds(value: unknown): value is WindowBounds {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return [b.x, b.y, b.width, b.height].every(Number.isInteger) && (b.width as number) >= 200 && (b.height as number) >= 150;
}

/** Keeps what is valid in `text`, defaults for the rest. */
export function parseDesktopState(text: string): DesktopState {
  const state = defaultState();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return state;
  }
  if (typeof raw !== 'object' || raw === null) return state;
  const r = raw as Record<string, unknown>;
  if (isBounds(r.bounds)) state.bounds = { x: r.bounds.x, y: r.bounds.y, width: r.bounds.width, height: r.bounds.height };
  if (typeof r.maximized === 'boolean') state.maximized = r.maximized;
  if (typeof r.lastWorkspace === 'string' && r.lastWorkspace !== '') state.lastWorkspace = r.lastWorkspace;
  if (typeof r.theme === 'string' && (THEMES as readonly string[]).includes(r.theme)) state.theme = r.theme as ThemeSource;
  return state;
}

export function loadDesktopState(file: string): DesktopState {
  try {
    return parseDesktopState(readFileSync(file, 'utf8'));
  } catch {
    return defaultState();
  }
}

export function saveDesktopState(file: string, state: DesktopState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

/** The saved bounds if at least 100×100 px of them fall on one of the screens' work areas. */
export function visibleBounds(bounds: WindowBounds | null, workAreas: readonly WindowBounds[]): WindowBounds | null {
  if (bounds === null) return null;
  const onScreen = workAreas.some((area) => {
    const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return width >= 100 && height >= 100;
  });
  return onScreen ? bounds : null;
}
