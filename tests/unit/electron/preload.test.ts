import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, ipcMethods, type TandemApi } from '../../../shared/ipc/contract';

/** Electron's renderer-side objects, faked: what the preload exposes and what it sends. */
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const sent: { channel: string; args: unknown[] }[] = [];
  let invokeResult: () => Promise<unknown> = async () => ({ ok: true, value: 'from main' });
  return {
    exposed,
    listeners,
    invoked,
    sent,
    setInvokeResult: (result: () => Promise<unknown>) => {
      invokeResult = result;
    },
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => {
          invoked.push({ channel, args });
          return invokeResult();
        },
        send: (channel: string, ...args: unknown[]) => sent.push({ channel, args }),
        on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
      },
    },
  };
});
vi.mock('electron', () => electron.module);

await import('../../../electron/preload/index');
const api = electron.exposed.get('tandem') as TandemApi & Record<string, unknown>;

beforeEach(() => {
  electron.invoked.length = 0;
  electron.sent.length = 0;
  electron.setInvokeResult(async () => ({ ok: true, value: 'from main' }));
});

describe('the preload', () => {
  it('exposes exactly the contract methods plus onBeforeClose as window.tandem', () => {
    expect([...electron.exposed.keys()]).toEqual(['tandem']);
    expect(Object.keys(api).sort()).toEqual([...ipcMethods, 'onBeforeClose'].sort());
  });

  it('forwards each call to its derived channel with at most one argument', async () => {
    expect(await api.openFile({ kind: 'json' })).toEqual({ ok: true, value: 'from main' });
    await api.getAppInfo();
    await (api.openProjector as (...args: unknown[]) => Promise<unknown>)({ route: '/projector/m1' }, 'smuggled');
    expect(electron.invoked).toEqual([
      { channel: channelOf('openFile'), args: [{ kind: 'json' }] },
      { channel: channelOf('getAppInfo'), args: [] },
      { channel: channelOf('openProjector'), args: [{ route: '/projector/m1' }] },
    ]);
  });

  it('turns a rejected invoke into an internal error value', async () => {
    electron.setInvokeResult(() => Promise.reject(new Error('No handler registered')));
    expect(await api.getAppInfo()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('runs every close listener, even a failing one, before telling main it is ready', async () => {
    const flushed: string[] = [];
    let release: () => void = () => undefined;
    const unsubscribeSlow = api.onBeforeClose(
      () =>
        new Promise<void>((resolve) => {
          release = () => {
            flushed.push('slow');
            resolve();
          };
        }),
    );
    const unsubscribeFailing = api.onBeforeClose(async () => {
      throw new Error('db closed');
    });
    electron.listeners.get(channelOf('beforeClose'))?.({}, 7);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(electron.sent).toEqual([]);
    release();
    await vi.waitFor(() => expect(electron.sent).toEqual([{ channel: channelOf('beforeCloseReady'), args: [7] }]));
    expect(flushed).toEqual(['slow']);
    unsubscribeSlow();
    unsubscribeFailing();
  });

  it('answers at once when nothing is registered, and unsubscribing works', async () => {
    const calls: string[] = [];
    api.onBeforeClose(async () => void calls.push('x'))();
    electron.listeners.get(channelOf('beforeClose'))?.({}, 8);
    await vi.waitFor(() => expect(electron.sent).toEqual([{ channel: channelOf('beforeCloseReady'), args: [8] }]));
    expect(calls).toEqual([]);
  });
});
