/**
 * The preload of the app windows: exposes `window.tandem`, exactly the `TandemApi` derived from
 * shared/ipc, nothing else. It runs sandboxed, so it may require only `electron` at runtime; it
 * imports channel names and types only (no zod: main validates, the preload just forwards).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, ipcMethods } from '../../shared/ipc/channels';
import type { TandemApi } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';

/** Each method forwards at most one argument, so the renderer cannot smuggle extra ones through. */
function invoker(method: (typeof ipcMethods)[number]) {
  return async (...args: unknown[]) => {
    try {
      return await ipcRenderer.invoke(channelOf(method), ...args.slice(0, 1));
    } catch {
      return fail('internal'); // main never throws; this is only a torn-down connection
    }
  };
}

const beforeCloseListeners = new Set<() => Promise<void>>();

ipcRenderer.on(channelOf('beforeClose'), (_event, id: unknown) => {
  void Promise.allSettled([...beforeCloseListeners].map(async (listener) => listener())).then(() => {
    ipcRenderer.send(channelOf('beforeCloseReady'), id);
  });
});

const api = {
  ...Object.fromEntries(ipcMethods.map((method) => [method, invoker(method)])),
  onBeforeClose(listener: () => Promise<void>): () => void {
    beforeCloseListeners.add(listener);
    return () => {
      beforeCloseListeners.delete(listener);
    };
  },
} as TandemApi; // the loop covers every contract key; the type system cannot see through fromEntries

contextBridge.exposeInMainWorld('tandem', api);
