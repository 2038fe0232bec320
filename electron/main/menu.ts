/** The application menu: German labels, standard roles, developer tools only in development. */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = { readonly platform: NodeJS.Platform; readonly devTools: boolean };

export function menuTemplate({ platform, devTools }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: 'Tandem',
    submenu: [
      { role: 'about', label: 'Über Tandem' },
      { type: 'separator' },
      { role: 'hide', label: 'Tandem ausblenden' },
      { role: 'hideOthers', label: 'Andere ausblenden' },
      { role: 'unhide', label: 'Alle einblenden' },
      { type: 'separator' },
      { role: 'quit', label: 'Tandem beenden' },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: 'Datei',
    submenu: [isMac ? { role: 'close', label: 'Fenster schließen' } : { role: 'quit', label: 'Beenden' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Bearbeiten',
    submenu: [
      { role: 'undo', label: 'Rückgängig' },
      { role: 'redo', label: 'Wiederholen' },
      { type: 'separator' },
      { role: 'cut', label: 'Ausschneiden' },
      { role: 'copy', label: 'Kopieren' },
      { role: 'paste', label: 'Einfügen' },
      { role: 'selectAll', label: 'Alles auswählen' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'Ansicht',
    submenu: [
      { role: 'resetZoom', label: 'Originalgröße' },
      { role: 'zoomIn', label: 'Vergrößern' },
      { role: 'zoomOut', label: 'Verkleinern' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Vollbild' },
      ...(devTools
        ? ([
            { type: 'separator' },
            { role: 'reload', label: 'Neu laden' },
            { role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };
  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu];
}
