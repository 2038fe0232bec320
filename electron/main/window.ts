/**
 * Secure defaults for every window and every web contents (docs/electron.md, docs/architecture.md).
 * Each function takes what it needs, so the rules are unit-tested without launching Electron.
 */
import type { BrowserWindowConstructorOptions, Display, Session, WebContents, WebPreferences } from 'electron';
import { APP_SCHEME } from './app-url';

export type WindowSecurityOptions = {
  /** DevTools only in an unpackaged development build (dev.ts), never in a release. */
  readonly devTools: boolean;
};

/** Web preferences for app windows. Pass no preload for windows that must not reach main at all. */
export function secureWebPreferences(preloadPath: string | undefined, { devTools }: WindowSecurityOptions): WebPreferences {
  return {
    ...(preloadPath === undefined ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools,
  };
}

const BACKGROUND = '#f7f5f0';

/** The main window: hidden until `ready-to-show`, so it never flashes an empty frame. */
export function mainWindowOptions(preloadPath: string, security: WindowSecurityOptions): BrowserWindowConstructorOptions {
  return {
    title: 'Tandem',
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 600,
    show: false,
    backgroundColor: BACKGROUND,
    webPreferences: secureWebPreferences(preloadPath, security),
  };
}

/** The projector view: same preload and preferences as the main window, on the second display if there is one. */
export function projectorWindowOptions(
  preloadPath: string,
  security: WindowSecurityOptions,
  display: Pick<Display, 'workArea'> | undefined,
): BrowserWindowConstructorOptions {
  return {
    title: 'Tandem – Projektor',
    ...(display ? display.workArea : { width: 1280, height: 720 }),
    show: false,
    backgroundColor: BACKGROUND,
    webPreferences: secureWebPreferences(preloadPath, security),
  };
}

/** Prefers a display other than the primary one (the projector), if connected. */
export function pickProjectorDisplay<D extends Pick<Display, 'id'>>(displays: readonly D[], primary: D): D | undefined {
  return displays.find((display) => display.id !== primary.id);
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Navigation stays inside the app: the top frame may only go to app URLs, redirects likewise.
 * Frames inside the page may also show inline documents (the sandboxed protocol preview).
 * New windows are always refused; the app opens its projector window itself through IPC.
 */
export function hardenWebContents(contents: HardenableContents, { isAppUrl }: { isAppUrl: (url: string) => boolean }): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url) && !isInlineDocumentUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function isInlineDocumentUrl(url: string): boolean {
  return url === 'about:srcdoc' || url === 'about:blank' || url.startsWith('blob:') || url.startsWith('data:');
}

/**
 * The only schemes a request may use. Everything else, above all http(s), ws(s), ftp and file,
 * is cancelled: the app works the same with the cable pulled and never sends anything anywhere.
 */
const ALLOWED_REQUEST_SCHEMES: ReadonlySet<string> = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

type HardenableSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  setDevicePermissionHandler: Session['setDevicePermissionHandler'];
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/**
 * Every permission (camera, notifications, clipboard-read, …) is refused and every request outside
 * the app's own schemes is cancelled. The Content-Security-Policy is not added here: webRequest's
 * header events do not fire for custom protocols, so the `app://` handler sends it itself
 * (see protocol.ts).
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
