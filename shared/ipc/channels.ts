/**
 * The names of the IPC methods and the channel strings derived from them. Nothing else lives here:
 * the preload imports this file and must stay free of heavy dependencies (no zod), while
 * `contract.ts` declares the payloads for exactly these names (checked by `satisfies`).
 */

/** Every invokable method of the preload API, in one list. */
export const ipcMethods = ['getAppInfo', 'saveFile', 'openFile', 'printPdf', 'openProjector'] as const;

export type IpcMethod = (typeof ipcMethods)[number];

const PREFIX = 'tandem:';

/** The one place a channel string is made; no channel is ever typed as a literal elsewhere. */
export function channelOf<K extends IpcMethod | IpcEvent>(name: K): `tandem:${K}` {
  return `${PREFIX}${name}`;
}

/**
 * One-way messages outside the request/response contract: the flush-before-close handshake.
 * Main sends `beforeClose` with a request id; the preload runs the renderer's listeners and answers
 * `beforeCloseReady` with the same id.
 */
export const ipcEvents = ['beforeClose', 'beforeCloseReady'] as const;

export type IpcEvent = (typeof ipcEvents)[number];
