// The native menu's shape: File/Edit/View/Help, dev-only reload, and UI commands as menu events.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../api/transport.js';
import type { ThemeSource } from '../../electron/desktop-state.js';
import { buildMenuTemplate, type MenuOptions } from '../../electron/menu.js';

function build(overrides: Partial<MenuOptions> = {}) {
  const calls: string[] = [];
  const template = buildMenuTemplate(
    {
      newWorkspace: () => calls.push('new'),
      openWorkspace: () => calls.push('open'),
      sendCommand: (command: MenuCommand) => calls.push(`menu:${command}`),
      setTheme: (theme: ThemeSource) => calls.push(`theme:${theme}`),
      about: () => calls.push('about'),
    },
    { appName: 'Assay', isDev: false, platform: 'linux', theme: 'system', ...overrides },
  );
  return { template, calls };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const byLabel = (template: MenuItemConstructorOptions[], label: string) => items(template).find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('menu', () => {
  it('has File, Edit, View and Help', () => {
    expect(build().template.map((item) => item.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File creates and opens workspaces, and hands import/export to the page', () => {
    const { template, calls } = build();
    for (const label of ['New Workspace…', 'Open Workspace…', 'Import…', 'Export…', 'Keyboard Shortcuts', 'About Assay', 'Dark']) click(byLabel(template, label));
    expect(calls).toEqual(['new', 'open', 'menu:import', 'menu:export', 'menu:shortcuts', 'about', 'theme:dark']);
    expect(items(template).some((item) => item.role === 'quit')).toBe(true);
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (isDev: boolean) => items(build({ isDev }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'copy', 'paste']));
  });

  it('checks the current theme', () => {
    const { template } = build({ theme: 'light' });
    expect(byLabel(template, 'Light')?.checked).toBe(true);
    expect(byLabel(template, 'Dark')?.checked).toBe(false);
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.label).toBe('Assay');
    expect(items([template[0] as MenuItemConstructorOptions]).map((item) => item.role)).toContain('quit');
  });
});
