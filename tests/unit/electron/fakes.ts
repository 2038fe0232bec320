/**
 * Fakes of Electron's own objects (never of Tandem code), recording what the modules under test
 * register, so the tests can fire events the way Electron would.
 */
import { EventEmitter } from 'node:events';

/** An Electron-style event: `preventDefault()` is observable. */
export function fakeEvent<T extends object>(fields: T): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;
  crashed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
}

type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: BeforeRequestListener | undefined;

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
  webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest = listener;
    },
  };

  /** What the session decides for a request to `url`: true if cancelled. */
  isCancelled(url: string): boolean {
    let cancelled: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => {
      cancelled = response.cancel === true;
    });
    if (cancelled === undefined) throw new Error(`no decision for ${url}`);
    return cancelled;
  }
}

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** ipcMain: `handle` for invokable channels, `on`/`removeListener` for one-way messages. */
export class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  /** Calls a channel the way `ipcRenderer.invoke` from `event`'s sender would. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  }
}

/** Type the fakes as the Electron objects they stand in for. */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}
