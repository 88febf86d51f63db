// What the app remembers between runs: tolerant parsing, atomic saves, off-screen bounds dropped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultState, loadDesktopState, parseDesktopState, saveDesktopState, visibleBounds } from '../../electron/desktop-state.js';

describe('desktop state', () => {
  it('round-trips through the JSON file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-state-'));
    try {
      const file = join(dir, 'nested', 'desktop-state.json');
      expect(loadDesktopState(file)).toEqual(defaultState());
      const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true, lastWorkspace: '/cases/a.assay.db', theme: 'dark' as const };
      saveDesktopState(file, state);
      expect(loadDesktopState(file)).toEqual(state);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps what is valid in a damaged file and defaults the rest', () => {
    expect(parseDesktopState('{not json')).toEqual(defaultState());
    expect(parseDesktopState('[]')).toEqual(defaultState());
    expect(parseDesktopState(JSON.stringify({ bounds: { x: 0, y: 0, width: 5, height: 5 }, maximized: 'yes', lastWorkspace: '', theme: 'neon' }))).toEqual(
      defaultState(),
    );
    expect(parseDesktopState(JSON.stringify({ theme: 'light', extra: 1 }))).toEqual({ ...defaultState(), theme: 'light' });
  });

  it('drops bounds that no longer fall on a screen', () => {
    const screen = { x: 0, y: 0, width: 1920, height: 1080 };
    const bounds = { x: 100, y: 100, width: 1000, height: 700 };
    expect(visibleBounds(bounds, [screen])).toEqual(bounds);
    expect(visibleBounds({ ...bounds, x: 3000 }, [screen])).toBeNull();
    expect(visibleBounds({ ...bounds, x: 1890 }, [screen])).toBeNull();
    expect(visibleBounds({ ...bounds, x: 3000 }, [screen, { x: 1920, y: 0, width: 2560, height: 1440 }])).toEqual({ ...bounds, x: 3000 });
    expect(visibleBounds(null, [screen])).toBeNull();
  });
});
