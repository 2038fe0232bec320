/**
 * The flush-before-close handshake. y-indexeddb writes asynchronously and never says "saved", so a
 * window must not close while the renderer still has writes pending:
 *
 *   main: window 'close' → preventDefault → send `beforeClose(id)`
 *   preload: run every `onBeforeClose` listener (the renderer flushes its docs) → send `beforeCloseReady(id)`
 *   main: on the matching reply, or after the timeout, destroy the window
 *
 * The timeout keeps a hung or crashed renderer from holding the app open.
 */
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { channelOf } from '../../shared/ipc/channels';

export const CLOSE_TIMEOUT_MS = 5_000;

/** The part of a BrowserWindow the guard uses. */
export type GuardedWindow = {
  readonly webContents: Pick<WebContents, 'send' | 'isDestroyed' | 'isCrashed'>;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
};

export function createCloseGuard(ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, timeoutMs = CLOSE_TIMEOUT_MS) {
  let nextId = 1;

  return function guard(window: GuardedWindow): void {
    let closing = false;
    window.on('close', (event) => {
      event.preventDefault();
      if (closing) return; // a second click on ✕ while flushing changes nothing
      closing = true;
      const { webContents } = window;
      const destroy = (): void => {
        if (!window.isDestroyed()) window.destroy();
      };
      if (webContents.isDestroyed() || webContents.isCrashed()) return destroy();
      const id = nextId++;
      const finish = (): void => {
        clearTimeout(timer);
        ipcMain.removeListener(channelOf('beforeCloseReady'), onReady);
        destroy();
      };
      const onReady = (reply: IpcMainEvent, repliedId: unknown): void => {
        if (reply.sender === webContents && repliedId === id) finish();
      };
      const timer = setTimeout(finish, timeoutMs);
      ipcMain.on(channelOf('beforeCloseReady'), onReady);
      try {
        webContents.send(channelOf('beforeClose'), id);
      } catch {
        finish();
      }
    });
  };
}
