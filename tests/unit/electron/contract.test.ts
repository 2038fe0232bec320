import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  MAX_FILE_NAME_CHARS,
  MAX_PRINT_HTML_CHARS,
  channelOf,
  ipcContract,
  ipcMethods,
  type Canceled,
  type IpcResult,
  type Opened,
  type Saved,
  type TandemApi,
} from '../../../shared/ipc/contract';

const valid = (method: keyof typeof ipcContract, request: unknown) => ipcContract[method].request.safeParse(request).success;

describe('the IPC contract', () => {
  it('declares exactly the methods the preload exposes', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...ipcMethods].sort());
  });

  it('derives channel names from the method names', () => {
    expect(ipcMethods.map(channelOf)).toEqual(ipcMethods.map((method) => `tandem:${method}`));
    expect(new Set(ipcMethods.map(channelOf)).size).toBe(ipcMethods.length);
  });

  it('getAppInfo takes no argument', () => {
    expect(valid('getAppInfo', undefined)).toBe(true);
    expect(valid('getAppInfo', {})).toBe(false);
  });

  it('saveFile: a plain file name, bytes and a known kind, nothing else', () => {
    const request = { suggestedName: 'Teilnehmerliste März.pdf', bytes: new Uint8Array([1]), kind: 'pdf' };
    expect(valid('saveFile', request)).toBe(true);
    for (const kind of ['tandem-package', 'pdf', 'markdown', 'json']) expect(valid('saveFile', { ...request, kind })).toBe(true);
    expect(valid('saveFile', { ...request, kind: 'html' })).toBe(false);
    expect(valid('saveFile', { ...request, extra: 1 })).toBe(false);
    expect(valid('saveFile', { ...request, bytes: [1, 2] })).toBe(false);
  });

  it.each(['', '.', '..', 'a/b.pdf', 'a\\b.pdf', '/etc/passwd', 'C:\\x.pdf', 'C:x.pdf', 'a\u0000.pdf', 'a\nb.pdf', 'a?.pdf', 'a*.pdf', 'x'.repeat(MAX_FILE_NAME_CHARS + 1)])(
    'refuses the suggested name %j',
    (suggestedName) => {
      expect(valid('saveFile', { suggestedName, bytes: new Uint8Array(1), kind: 'json' })).toBe(false);
      expect(valid('printPdf', { suggestedName, html: '<p>x</p>' })).toBe(false);
    },
  );

  it('openFile: only packages and JSON', () => {
    expect(valid('openFile', { kind: 'tandem-package' })).toBe(true);
    expect(valid('openFile', { kind: 'json' })).toBe(true);
    expect(valid('openFile', { kind: 'pdf' })).toBe(false);
    expect(valid('openFile', {})).toBe(false);
  });

  it('printPdf: HTML up to 20 MB', () => {
    expect(valid('printPdf', { html: 'x'.repeat(MAX_PRINT_HTML_CHARS), suggestedName: 'p.pdf' })).toBe(true);
    expect(valid('printPdf', { html: 'x'.repeat(MAX_PRINT_HTML_CHARS + 1), suggestedName: 'p.pdf' })).toBe(false);
  });

  it.each(['/projector/', '/projector/m1', '/projector/m-1/case_2'])('openProjector accepts %s', (route) => {
    expect(valid('openProjector', { route })).toBe(true);
  });

  it.each(['/projector', '/settings', 'projector/m1', '/projector/../x', '/projector/m1?x=1', '/projector//m1', 'https://example.org/', '/projector/m1#x'])(
    'openProjector refuses %s',
    (route) => {
      expect(valid('openProjector', { route })).toBe(false);
    },
  );

  it('derives the renderer API types from the contract', () => {
    expectTypeOf<TandemApi['getAppInfo']>().toEqualTypeOf<
      () => Promise<IpcResult<{ readonly version: string; readonly platform: string; readonly electron: string }>>
    >();
    expectTypeOf<TandemApi['openFile']>().returns.toEqualTypeOf<Promise<IpcResult<Canceled | Opened>>>();
    expectTypeOf<TandemApi['printPdf']>().returns.toEqualTypeOf<Promise<IpcResult<Canceled | Saved>>>();
    expectTypeOf<TandemApi['openProjector']>().returns.toEqualTypeOf<Promise<IpcResult<void>>>();
    expectTypeOf<Parameters<TandemApi['saveFile']>[0]>().toEqualTypeOf<{
      suggestedName: string;
      bytes: Uint8Array;
      kind: 'tandem-package' | 'pdf' | 'markdown' | 'json';
    }>();
    expectTypeOf<TandemApi['onBeforeClose']>().toEqualTypeOf<(listener: () => Promise<void>) => () => void>();
  });
});
