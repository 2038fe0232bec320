import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-url';
import {
  hardenSession,
  hardenWebContents,
  mainWindowOptions,
  pickProjectorDisplay,
  projectorWindowOptions,
  secureWebPreferences,
} from '../../../electron/main/window';
import { FakeSession, FakeWebContents, asElectron, fakeEvent } from './fakes';

const PRELOAD = '/app/dist/electron/preload.cjs';

describe('secure web preferences', () => {
  const expectSecure = (preferences: object | undefined) =>
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });

  it('sets every security flag, with the preload', () => {
    const preferences = secureWebPreferences(PRELOAD, { devTools: false });
    expectSecure(preferences);
    expect(preferences.preload).toBe(PRELOAD);
    expect(preferences.devTools).toBe(false);
  });

  it('has no preload key at all when none is given', () => {
    expect(secureWebPreferences(undefined, { devTools: false })).not.toHaveProperty('preload');
  });

  it('allows DevTools only when asked to (TANDEM_DEV=1)', () => {
    expect(secureWebPreferences(PRELOAD, { devTools: true }).devTools).toBe(true);
  });

  it('main window: German title, hidden until ready, secure preferences', () => {
    const options = mainWindowOptions(PRELOAD, { devTools: false });
    expect(options).toMatchObject({ title: 'Tandem', show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expectSecure(options.webPreferences);
    expect(options.webPreferences?.preload).toBe(PRELOAD);
  });

  it('projector window: same preferences, fills the second display when there is one', () => {
    const workArea = { x: 1920, y: 0, width: 1280, height: 800 };
    const options = projectorWindowOptions(PRELOAD, { devTools: false }, { workArea });
    expect(options).toMatchObject({ show: false, ...workArea });
    expect(options.title).toContain('Projektor');
    expectSecure(options.webPreferences);
    expect(projectorWindowOptions(PRELOAD, { devTools: false }, undefined)).toMatchObject({ width: 1280, height: 720 });
  });

  it('prefers a display other than the primary one for the projector', () => {
    const primary = { id: 1 };
    const beamer = { id: 2 };
    expect(pickProjectorDisplay([primary, beamer], primary)).toBe(beamer);
    expect(pickProjectorDisplay([primary], primary)).toBeUndefined();
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron(contents), { isAppUrl });
    return contents;
  }

  it.each(['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)'])(
    'refuses navigating the window to %s',
    (url) => {
      const contents = hardened();
      const navigate = fakeEvent({ url, isMainFrame: true });
      const redirect = fakeEvent({ url, isMainFrame: true });
      contents.emit('will-navigate', navigate);
      contents.emit('will-redirect', redirect);
      expect(navigate.defaultPrevented).toBe(true);
      expect(redirect.defaultPrevented).toBe(true);
    },
  );

  it('lets the app navigate within app://tandem', () => {
    const contents = hardened();
    const navigate = fakeEvent({ url: 'app://tandem/index.html#/projector/m1', isMainFrame: true });
    contents.emit('will-navigate', navigate);
    expect(navigate.defaultPrevented).toBe(false);
  });

  it('lets frames show inline documents (protocol preview) but not remote pages', () => {
    const contents = hardened();
    const inline = ['about:srcdoc', 'blob:app://tandem/0b6c', 'data:text/html,<p>x</p>'].map((url) =>
      fakeEvent({ url, isMainFrame: false }),
    );
    const remote = fakeEvent({ url: 'https://example.org/', isMainFrame: false });
    for (const event of [...inline, remote]) contents.emit('will-frame-navigate', event);
    expect(inline.map((event) => event.defaultPrevented)).toEqual([false, false, false]);
    expect(remote.defaultPrevented).toBe(true);
  });

  it('denies every window.open, even to app URLs', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://tandem/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const contents = hardened();
    const attach = fakeEvent({});
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  function hardened() {
    const session = new FakeSession();
    hardenSession(asElectron(session));
    return session;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses the %s permission', (permission) => {
    const session = hardened();
    let granted: boolean | undefined;
    session.permissionRequestHandler?.({}, permission, (answer) => {
      granted = answer;
    });
    expect(granted).toBe(false);
    expect(session.permissionCheckHandler?.({}, permission, 'app://tandem', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://tandem' })).toBe(false);
  });

  it.each([
    'http://example.org/',
    'https://fonts.googleapis.com/css',
    'ws://localhost:1234/',
    'wss://sync.example.org/',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'chrome-extension://abc/x.js',
    'not a url',
  ])('blocks the request %s', (url) => {
    expect(hardened().isCancelled(url)).toBe(true);
  });

  it.each(['app://tandem/index.html', 'app://tandem/assets/app.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AA==', 'blob:app://tandem/4d2a'])(
    'lets %s through',
    (url) => {
      expect(hardened().isCancelled(url)).toBe(false);
    },
  );
});
