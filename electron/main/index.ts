/**
 * Entry of the main process: wires Electron's objects into the small modules beside this file.
 * No domain logic here (docs/architecture.md); every rule lives in a module with its own tests.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session } from 'electron';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { APP_INDEX_URL, APP_SCHEME, isAppUrl } from './app-url';
import { createCloseGuard } from './close-guard';
import { devToolsAllowed } from './dev';
import { openDialogOptions, saveDialogOptions } from './dialogs';
import { readFileLimited, writeFileAtomic } from './files';
import { createIpcHandlers, createSenderCheck, registerIpc } from './ipc';
import { setAppLocale } from './locale';
import { menuTemplate } from './menu';
import { createPrintDocuments, printHtmlToPdf } from './print';
import { createProjector } from './projector';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents, mainWindowOptions, pickProjectorDisplay, projectorWindowOptions } from './window';

const devTools = devToolsAllowed({ isPackaged: app.isPackaged, env: process.env });
/** Built by scripts/build-electron.mjs next to this file. */
const preloadPath = path.join(__dirname, 'preload.cjs');
/** Built by Vite; inside app.asar when packaged. */
const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');

function start(): void {
  setAppLocale(app.commandLine); // German dates, pickers and context menus whatever the OS language; before 'ready'
  app.enableSandbox();
  registerAppScheme(protocol); // before 'ready', or the scheme is not privileged

  // One instance only: two would write the same IndexedDB at once.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  /** Windows created with the preload; only these may call IPC. */
  const ownContents = new WeakSet<WebContents>();
  const guardClose = createCloseGuard(ipcMain);
  const printDocuments = createPrintDocuments();
  let mainWindow: BrowserWindow | undefined;

  function createAppWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
    const window = new BrowserWindow(options);
    ownContents.add(window.webContents);
    guardClose(window);
    return window;
  }

  const projector = createProjector(() =>
    createAppWindow(
      projectorWindowOptions(preloadPath, { devTools }, pickProjectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay())),
    ),
  );

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { isAppUrl }));
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // Tandem is one window (plus the projector): closing it ends the app on every platform, and the
  // close guard is the only way out, so pending writes are always flushed.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, readFile: (file) => readFile(file), realpath: (file) => realpath(file), printDocuments }));
    const handlers = createIpcHandlers({
      appInfo: () => ({ version: app.getVersion(), platform: process.platform, electron: process.versions.electron }),
      showSaveDialog: async (sender, kind, suggestedName) => {
        const options = saveDialogOptions(kind, suggestedName, app.getPath('documents'));
        const parent = BrowserWindow.fromWebContents(sender);
        const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
        return result.canceled || !result.filePath ? undefined : result.filePath;
      },
      showOpenDialog: async (sender, kind) => {
        const parent = BrowserWindow.fromWebContents(sender);
        const options = openDialogOptions(kind);
        const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
        return result.canceled ? undefined : result.filePaths[0];
      },
      readFile: readFileLimited,
      writeFile: writeFileAtomic,
      printHtmlToPdf: (html) => printHtmlToPdf(html, { createWindow: (options) => new BrowserWindow(options), documents: printDocuments }),
      openProjector: (route) => projector.open(route),
    });
    registerIpc(ipcMain, handlers, createSenderCheck((contents) => ownContents.has(contents)));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, devTools })));

    const window = createAppWindow(mainWindowOptions(preloadPath, { devTools }));
    mainWindow = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      mainWindow = undefined;
      projector.close();
    });
    void window.loadURL(APP_INDEX_URL);
  });
}

start();
