/**
 * The main side of the IPC contract: one handler per contract method (`satisfies MainHandlers`),
 * and the registration that guards every call. Nothing throws across the boundary: a call resolves
 * to an `IpcResult`, whatever the renderer sent.
 */
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  MAX_FILE_BYTES,
  channelOf,
  ipcContract,
  ipcMethods,
  type AppInfo,
  type IpcMethod,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type OpenKind,
  type SaveKind,
} from '../../shared/ipc/contract';
import { canceled, fail, ok } from '../../shared/ipc/result';
import { isAppUrl } from './app-url';
import { withKindExtension } from './dialogs';
import type { ReadResult } from './files';

/** `sender` is the web contents that called, e.g. to parent a dialog to its window. */
export type MainHandlers = {
  readonly [K in IpcMethod]: (request: IpcRequest<K>, sender: WebContents) => Promise<IpcResult<IpcResponse<K>>>;
};

/** The side effects the handlers need; index.ts passes Electron's, tests pass fakes. */
export type IpcDeps = {
  readonly appInfo: () => AppInfo;
  /** Resolves to the chosen path, or undefined when the user cancels. */
  readonly showSaveDialog: (sender: WebContents, kind: SaveKind, suggestedName: string) => Promise<string | undefined>;
  readonly showOpenDialog: (sender: WebContents, kind: OpenKind) => Promise<string | undefined>;
  readonly readFile: (filePath: string, maxBytes: number) => Promise<ReadResult>;
  readonly writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  readonly printHtmlToPdf: (html: string) => Promise<Uint8Array>;
  readonly openProjector: (route: string) => void;
};

export function createIpcHandlers(deps: IpcDeps): MainHandlers {
  async function save(sender: WebContents, kind: SaveKind, suggestedName: string, bytes: () => Promise<Uint8Array>) {
    const chosen = await deps.showSaveDialog(sender, kind, suggestedName);
    if (chosen === undefined) return ok(canceled);
    const filePath = withKindExtension(kind, chosen);
    const content = await bytes();
    try {
      await deps.writeFile(filePath, content);
    } catch {
      return fail('unwritable');
    }
    return ok({ canceled: false, fileName: path.basename(filePath) } as const);
  }

  return {
    getAppInfo: async () => ok(deps.appInfo()),

    saveFile: ({ suggestedName, bytes, kind }, sender) => save(sender, kind, suggestedName, async () => bytes),

    openFile: async ({ kind }, sender) => {
      const filePath = await deps.showOpenDialog(sender, kind);
      if (filePath === undefined) return ok(canceled);
      let read: ReadResult;
      try {
        read = await deps.readFile(filePath, MAX_FILE_BYTES);
      } catch {
        return fail('unreadable');
      }
      if (read.kind === 'too-large') return fail('too-large');
      return ok({ canceled: false, fileName: path.basename(filePath), bytes: read.bytes } as const);
    },

    // The dialog comes first: if the user cancels, the case content is never rendered to a PDF.
    printPdf: ({ html, suggestedName }, sender) => save(sender, 'pdf', suggestedName, () => deps.printHtmlToPdf(html)),

    openProjector: async ({ route }) => {
      deps.openProjector(route);
      return ok(undefined);
    },
  } satisfies MainHandlers;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * A call is trusted only from the top frame of one of the app's own windows showing an app URL.
 * `isOwnWebContents` knows the windows main created with the preload (main and projector).
 */
export function createSenderCheck(isOwnWebContents: (contents: WebContents) => boolean) {
  return (event: SenderEvent): boolean => {
    const frame = event.senderFrame;
    return frame != null && frame.parent === null && isAppUrl(frame.url) && isOwnWebContents(event.sender);
  };
}

type AnyHandler = (request: unknown, sender: WebContents) => Promise<IpcResult<unknown>>;

/**
 * Registers one `ipcMain.handle` per contract method. Each call: sender check (`forbidden`), then
 * exactly one argument parsed by the contract's schema (`invalid-request`), then the handler;
 * a handler that throws yields `internal`. Payloads are never logged: they may hold case content.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: MainHandlers,
  isTrustedSender: (event: SenderEvent) => boolean,
  logError: (method: IpcMethod, error: unknown) => void = defaultLogError,
): void {
  for (const method of ipcMethods) {
    const handler = handlers[method] as AnyHandler;
    const schema = ipcContract[method].request;
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]): Promise<IpcResult<unknown>> => {
      try {
        if (!isTrustedSender(event)) return fail('forbidden');
        const parsed = args.length <= 1 ? schema.safeParse(args[0]) : undefined;
        if (!parsed?.success) return fail('invalid-request');
        return await handler(parsed.data, event.sender);
      } catch (error) {
        logError(method, error);
        return fail('internal');
      }
    });
  }
}

function defaultLogError(method: IpcMethod, error: unknown): void {
  console.error(`[ipc] ${method} failed:`, error instanceof Error ? error.message : String(error));
}
