/**
 * Runs the bundled main process (dist-style build into a temp dir) against a fake `electron`
 * module, to check the wiring in electron/main/index.ts: what happens before and after 'ready'.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, ipcMethods } from '../../../shared/ipc/contract';
import { FakeIpcMain, FakeSession, FakeWebContents } from './fakes';

const root = path.resolve(import.meta.dirname, '../../..');

function fakeElectron() {
  const log: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    static fromWebContents() {
      return null;
    }
  }
  const app = Object.assign(new EventEmitter(), {
    commandLine: { appendSwitch: (name: string, value?: string) => log.push(`switch --${name}=${value}`) },
    enableSandbox: () => log.push('enableSandbox'),
    requestSingleInstanceLock: () => (log.push('singleInstanceLock'), true),
    whenReady: () => whenReady,
    getAppPath: () => '/opt/tandem/resources/app.asar',
    getVersion: () => '0.1.0',
    getPath: () => '/home/mod/Dokumente',
    quit: () => log.push('quit'),
  });
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    session: { defaultSession: new FakeSession() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => log.push(`registerSchemes ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string) => log.push(`handle ${scheme}`),
    },
    Menu: { buildFromTemplate: (template: unknown[]) => template, setApplicationMenu: () => log.push('menu') },
    dialog: {},
    screen: { getAllDisplays: () => [], getPrimaryDisplay: () => ({ id: 1 }) },
  };
  return { module, log, windows, ready: () => ready() };
}

let outDir: string;
let electron: ReturnType<typeof fakeElectron>;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-main-'));
  const script = path.join(root, 'scripts', 'build-electron.mjs');
  const { buildElectron } = (await import(/* @vite-ignore */ script)) as { buildElectron(options: { outDir: string }): Promise<void> };
  await buildElectron({ outDir });
  electron = fakeElectron();
  const file = path.join(outDir, 'main.cjs');
  const realRequire = createRequire(file);
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${await readFile(file, 'utf8')}\n})`) as (
    ...args: unknown[]
  ) => void;
  const module = { exports: {} };
  wrapper(module.exports, (name: string) => (name === 'electron' ? electron.module : realRequire(name)), module, file, outDir);
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the main process entry', () => {
  it('before ready: sets the German locale, enables the sandbox, registers app: as privileged, takes the single-instance lock', () => {
    expect(electron.log).toEqual(['switch --lang=de', 'enableSandbox', 'registerSchemes app', 'singleInstanceLock']);
    expect(electron.windows).toEqual([]);
  });

  it('on ready: hardens the session, serves app:, registers every IPC method, sets the menu, opens the main window', async () => {
    electron.ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(electron.log.slice(4)).toEqual(['handle app', 'menu']);
    expect(electron.module.session.defaultSession.isCancelled('https://example.org/')).toBe(true);
    expect([...electron.module.ipcMain.handlers.keys()].sort()).toEqual(ipcMethods.map((method) => channelOf(method)).sort());
    const [window] = electron.windows;
    expect(window?.loaded).toEqual(['app://tandem/index.html']);
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(outDir, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      devTools: false,
    });
    expect(window?.listenerCount('close')).toBe(1); // the flush-before-close guard
  });

  it('answers IPC from the main window, and refuses the same call from an unknown web contents', async () => {
    const window = electron.windows[0];
    const frame = { url: 'app://tandem/index.html', parent: null };
    const fromWindow = await electron.module.ipcMain.invoke(channelOf('getAppInfo'), { sender: window?.webContents, senderFrame: frame });
    expect(fromWindow).toMatchObject({ ok: true, value: { version: '0.1.0' } });
    const fromStranger = await electron.module.ipcMain.invoke(channelOf('getAppInfo'), { sender: new FakeWebContents(), senderFrame: frame });
    expect(fromStranger).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('hardens every web contents Electron creates', () => {
    const contents = new FakeWebContents();
    electron.module.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'app://tandem/index.html' })).toEqual({ action: 'deny' });
  });
});
