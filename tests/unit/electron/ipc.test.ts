import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { createIpcHandlers, createSenderCheck, registerIpc, type IpcDeps } from '../../../electron/main/ipc';
import { MAX_FILE_BYTES, channelOf, ipcMethods, type IpcMethod } from '../../../shared/ipc/contract';
import { FakeIpcMain, FakeWebContents, asElectron } from './fakes';

const ownWindow = new FakeWebContents();
const appFrame = { url: 'app://tandem/index.html#/meetings', parent: null };
const trustedEvent = { sender: ownWindow, senderFrame: appFrame };

/** Side effects as plain recorders; each test overrides what it exercises. */
function deps(overrides: Partial<IpcDeps> = {}) {
  const calls: { method: string; args: unknown[] }[] = [];
  const record =
    <R>(method: string, result: R) =>
    async (...args: unknown[]) => {
      calls.push({ method, args });
      return result;
    };
  const base: IpcDeps = {
    appInfo: () => ({ version: '0.1.0', platform: 'linux', electron: '45.4.1' }),
    showSaveDialog: record('showSaveDialog', '/home/mod/Dokumente/Protokoll.pdf'),
    showOpenDialog: record('showOpenDialog', '/media/usb/sitzung.tandem'),
    readFile: record('readFile', { kind: 'ok', bytes: new Uint8Array([1, 2, 3]) } as const),
    writeFile: record('writeFile', undefined),
    printHtmlToPdf: record('printHtmlToPdf', new Uint8Array([37, 80, 68, 70])),
    openProjector: (route) => void calls.push({ method: 'openProjector', args: [route] }),
  };
  return { deps: { ...base, ...overrides }, calls };
}

function setup(overrides: Partial<IpcDeps> = {}, isTrusted = (event: { sender: unknown }) => event.sender === ownWindow) {
  const ipcMain = new FakeIpcMain();
  const { deps: allDeps, calls } = deps(overrides);
  const errors: { method: IpcMethod; error: unknown }[] = [];
  registerIpc(asElectron(ipcMain), createIpcHandlers(allDeps), isTrusted, (method, error) => errors.push({ method, error }));
  const invoke = (method: IpcMethod, ...args: unknown[]) => ipcMain.invoke(channelOf(method), trustedEvent, ...args);
  return { ipcMain, calls, errors, invoke };
}

const pdfRequest = { html: '<!doctype html><p>Protokoll</p>', suggestedName: 'Protokoll 2025-03-12.pdf' };

describe('registerIpc', () => {
  it('registers exactly one handler per contract method, on the derived channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(ipcMethods.map((method) => `tandem:${method}`).sort());
  });

  it('answers getAppInfo', async () => {
    const { invoke } = setup();
    expect(await invoke('getAppInfo')).toEqual({ ok: true, value: { version: '0.1.0', platform: 'linux', electron: '45.4.1' } });
  });

  it('refuses an untrusted sender with forbidden, before any side effect', async () => {
    const { ipcMain, calls } = setup();
    const stranger = { sender: new FakeWebContents(), senderFrame: appFrame };
    const result = await ipcMain.invoke(channelOf('saveFile'), stranger, { suggestedName: 'a.json', bytes: new Uint8Array(1), kind: 'json' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it.each<[IpcMethod, unknown[]]>([
    ['saveFile', [{ suggestedName: 'a.json', bytes: 'not bytes', kind: 'json' }]],
    ['saveFile', [{ suggestedName: '../../.bashrc', bytes: new Uint8Array(1), kind: 'json' }]],
    ['saveFile', [{ suggestedName: 'a.exe', bytes: new Uint8Array(1), kind: 'exe' }]],
    ['saveFile', [{ suggestedName: 'a.json', bytes: new Uint8Array(1), kind: 'json', path: '/etc/passwd' }]],
    ['saveFile', [{ suggestedName: 'a.json', bytes: new Uint8Array(MAX_FILE_BYTES + 1), kind: 'json' }]],
    ['openFile', [{ kind: 'pdf' }]],
    ['openFile', []],
    ['printPdf', [{ html: 42, suggestedName: 'p.pdf' }]],
    ['openProjector', [{ route: 'https://example.org/' }]],
    ['openProjector', [{ route: '/settings' }]],
    ['getAppInfo', [{ unexpected: true }]],
    ['openFile', [{ kind: 'json' }, 'a second argument']],
  ])('answers %s with invalid-request for a bad payload %#', async (method, args) => {
    const { invoke, calls } = setup();
    const result = await invoke(method, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/Ungültige Anfrage/);
    expect(calls).toEqual([]);
  });

  it('turns a handler that throws into internal, with a German message, and logs only the method', async () => {
    const { invoke, errors } = setup({ openProjector: () => { throw new Error('window gone'); } });
    const result = await invoke('openProjector', { route: '/projector/m1' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/unerwarteter Fehler/) } });
    expect(errors).toEqual([{ method: 'openProjector', error: new Error('window gone') }]);
  });

  it('turns a sender check that throws into internal instead of an exception', async () => {
    const { invoke } = setup({}, () => {
      throw new Error('frame disposed');
    });
    expect(await invoke('getAppInfo')).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('the handlers', () => {
  it('saveFile: asks where, writes the bytes there, returns only the base name', async () => {
    const bytes = new Uint8Array([7, 7, 7]);
    const { invoke, calls } = setup();
    const result = await invoke('saveFile', { suggestedName: 'Protokoll.pdf', bytes, kind: 'pdf' });
    expect(result).toEqual({ ok: true, value: { canceled: false, fileName: 'Protokoll.pdf' } });
    expect(calls.map((call) => call.method)).toEqual(['showSaveDialog', 'writeFile']);
    expect(calls[0]?.args.slice(1)).toEqual(['pdf', 'Protokoll.pdf']);
    expect(calls[1]?.args).toEqual(['/home/mod/Dokumente/Protokoll.pdf', bytes]);
  });

  it('saveFile: main decides the extension of each kind, whatever the dialog returned', async () => {
    const { invoke, calls } = setup({ showSaveDialog: async () => '/home/mod/Dokumente/Paket' });
    const result = await invoke('saveFile', { suggestedName: 'Paket.tandem', bytes: new Uint8Array(1), kind: 'tandem-package' });
    expect(result).toEqual({ ok: true, value: { canceled: false, fileName: 'Paket.tandem' } });
    expect(calls.find((call) => call.method === 'writeFile')?.args[0]).toBe('/home/mod/Dokumente/Paket.tandem');
    const again = setup({ showSaveDialog: async () => '/home/mod/Protokoll.PDF.exe' });
    await again.invoke('saveFile', { suggestedName: 'Protokoll.pdf', bytes: new Uint8Array(1), kind: 'pdf' });
    expect(again.calls.find((call) => call.method === 'writeFile')?.args[0]).toBe('/home/mod/Protokoll.PDF.exe.pdf');
  });

  it('saveFile: a closed dialog is canceled, and nothing is written', async () => {
    const { invoke, calls } = setup({ showSaveDialog: async () => undefined });
    expect(await invoke('saveFile', { suggestedName: 'a.json', bytes: new Uint8Array(1), kind: 'json' })).toEqual({
      ok: true,
      value: { canceled: true },
    });
    expect(calls).toEqual([]);
  });

  it('saveFile: a failed write is unwritable', async () => {
    const { invoke } = setup({
      writeFile: async () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      },
    });
    const result = await invoke('saveFile', { suggestedName: 'a.json', bytes: new Uint8Array(1), kind: 'json' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unwritable' } });
  });

  it('openFile: reads the chosen file with the 64 MiB limit', async () => {
    const { invoke, calls } = setup();
    const result = await invoke('openFile', { kind: 'tandem-package' });
    expect(result).toEqual({ ok: true, value: { canceled: false, fileName: 'sitzung.tandem', bytes: new Uint8Array([1, 2, 3]) } });
    expect(calls.find((call) => call.method === 'readFile')?.args).toEqual(['/media/usb/sitzung.tandem', MAX_FILE_BYTES]);
  });

  it('openFile: too large is an error value with a German message', async () => {
    const { invoke } = setup({ readFile: async () => ({ kind: 'too-large' }) });
    const result = await invoke('openFile', { kind: 'json' });
    expect(result).toEqual({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/zu groß/) } });
  });

  it('openFile: an unreadable file is unreadable; a closed dialog is canceled', async () => {
    const failing = setup({
      readFile: async () => {
        throw new Error('EACCES');
      },
    });
    expect(await failing.invoke('openFile', { kind: 'json' })).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    const closed = setup({ showOpenDialog: async () => undefined });
    expect(await closed.invoke('openFile', { kind: 'json' })).toEqual({ ok: true, value: { canceled: true } });
  });

  it('printPdf: asks where first, then prints, then writes the PDF', async () => {
    const { invoke, calls } = setup();
    const result = await invoke('printPdf', pdfRequest);
    expect(result).toEqual({ ok: true, value: { canceled: false, fileName: 'Protokoll.pdf' } });
    expect(calls.map((call) => call.method)).toEqual(['showSaveDialog', 'printHtmlToPdf', 'writeFile']);
    expect(calls[0]?.args.slice(1)).toEqual(['pdf', pdfRequest.suggestedName]);
    expect(calls[1]?.args).toEqual([pdfRequest.html]);
    expect(calls[2]?.args[1]).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it('printPdf: when the dialog is closed, the case is never rendered', async () => {
    const { invoke, calls } = setup({ showSaveDialog: async () => undefined });
    expect(await invoke('printPdf', pdfRequest)).toEqual({ ok: true, value: { canceled: true } });
    expect(calls).toEqual([]);
  });

  it('openProjector: opens the validated route', async () => {
    const { invoke, calls } = setup();
    expect(await invoke('openProjector', { route: '/projector/m-1/case_2' })).toEqual({ ok: true, value: undefined });
    expect(calls).toEqual([{ method: 'openProjector', args: ['/projector/m-1/case_2'] }]);
  });
});

describe('createSenderCheck', () => {
  const own = new FakeWebContents();
  const check = createSenderCheck((contents) => contents === asElectron<WebContents>(own));
  const event = (sender: FakeWebContents, senderFrame: { url: string; parent: unknown } | null) =>
    asElectron<Parameters<typeof check>[0]>({ sender, senderFrame });

  it('trusts the top frame of an own window showing the app', () => {
    expect(check(event(own, { url: 'app://tandem/index.html#/projector/m1', parent: null }))).toBe(true);
  });

  it.each([
    ['a foreign web contents', event(new FakeWebContents(), { url: 'app://tandem/index.html', parent: null })],
    ['a remote page in an own window', event(own, { url: 'https://example.org/', parent: null })],
    ['another app:// host', event(own, { url: 'app://print/x.html', parent: null })],
    ['a sub frame', event(own, { url: 'app://tandem/index.html', parent: {} })],
    ['a destroyed frame', event(own, null)],
  ])('refuses %s', (_name, untrusted) => {
    expect(check(untrusted)).toBe(false);
  });
});
