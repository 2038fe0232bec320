import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('the application menu', () => {
  it('has German menus with the standard editing roles', () => {
    const menu = menuTemplate({ platform: 'linux', devTools: false });
    expect(menu.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht']);
    expect(roles(menu)).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen']));
  });

  it('offers no developer tools in a release', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const all = roles(menuTemplate({ platform, devTools: false }));
      expect(all).not.toContain('toggleDevTools');
      expect(all).not.toContain('reload');
    }
  });

  it('offers developer tools with TANDEM_DEV=1', () => {
    expect(roles(menuTemplate({ platform: 'linux', devTools: true }))).toContain('toggleDevTools');
  });

  it('on macOS starts with the app menu', () => {
    const menu = menuTemplate({ platform: 'darwin', devTools: false });
    expect(menu[0]?.label).toBe('Tandem');
    expect(roles(menu)).toContain('about');
  });
});
