import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createCloseGuard, type GuardedWindow } from '../../../electron/main/close-guard';
import { channelOf } from '../../../shared/ipc/channels';
import { FakeIpcMain, FakeWebContents, asElectron, fakeEvent } from './fakes';

class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents();
  destroyed = false;
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
  /** What the user's click on ✕ does: emits 'close'; the window closes unless prevented. */
  userCloses() {
    const event = fakeEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroyed = true;
    return event;
  }
}

function setup(timeoutMs = 5_000) {
  const ipcMain = new FakeIpcMain();
  const window = new FakeWindow();
  createCloseGuard(asElectron(ipcMain), timeoutMs)(asElectron<GuardedWindow>(window));
  const requestId = () => window.webContents.sent.find((message) => message.channel === channelOf('beforeClose'))?.args[0];
  const reply = (sender: FakeWebContents, id: unknown) => ipcMain.emit(channelOf('beforeCloseReady'), { sender }, id);
  return { ipcMain, window, requestId, reply };
}

describe('the flush-before-close handshake', () => {
  it('holds the window open and asks the renderer to flush', () => {
    const { window, requestId } = setup();
    expect(window.userCloses().defaultPrevented).toBe(true);
    expect(window.destroyed).toBe(false);
    expect(requestId()).toEqual(expect.any(Number));
  });

  it('closes the window once the renderer reports ready, and stops listening', () => {
    const { window, requestId, reply, ipcMain } = setup();
    window.userCloses();
    reply(window.webContents, requestId());
    expect(window.destroyed).toBe(true);
    expect(ipcMain.listenerCount(channelOf('beforeCloseReady'))).toBe(0);
  });

  it('ignores replies from another window or with another id', () => {
    const { window, requestId, reply } = setup();
    window.userCloses();
    reply(new FakeWebContents(), requestId());
    reply(window.webContents, 'not-the-id');
    expect(window.destroyed).toBe(false);
  });

  it('closes anyway after the timeout when the renderer never answers', async () => {
    const { window } = setup(30);
    window.userCloses();
    expect(window.destroyed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(window.destroyed).toBe(true);
  });

  it('does not ask twice when the user clicks ✕ again while flushing', () => {
    const { window } = setup();
    window.userCloses();
    expect(window.userCloses().defaultPrevented).toBe(true);
    expect(window.webContents.sent).toHaveLength(1);
  });

  it('closes at once when the renderer has crashed', () => {
    const { window } = setup();
    window.webContents.crashed = true;
    window.userCloses();
    expect(window.destroyed).toBe(true);
    expect(window.webContents.sent).toEqual([]);
  });
});
