/**
 * The typed IPC contract: every method the renderer may call in the main process, declared once.
 * The preload API (`TandemApi`), the main-side handler table (`MainHandlers` in electron/main/ipc.ts)
 * and the channel names (`channelOf`) are all derived from it. Requests are zod schemas because main
 * must validate what a renderer sends; responses are type-only, because main builds them itself.
 */
import { z } from 'zod';
import type { IpcMethod } from './channels';
import type { Canceled, IpcResult } from './result';

export { ipcMethods, channelOf, type IpcMethod } from './channels';
export type { Canceled, IpcError, IpcErrorCode, IpcResult } from './result';

/** Largest file the app writes or reads: far above any Tandem-Paket or protocol, far below memory trouble. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Largest protocol HTML to print, in UTF-16 code units (embedded fonts make up most of it). */
export const MAX_PRINT_HTML_CHARS = 20 * 1024 * 1024;
export const MAX_FILE_NAME_CHARS = 200;

export const saveKinds = ['tandem-package', 'pdf', 'markdown', 'json'] as const;
export const openKinds = ['tandem-package', 'json'] as const;
export type SaveKind = (typeof saveKinds)[number];
export type OpenKind = (typeof openKinds)[number];

export type AppInfo = { readonly version: string; readonly platform: string; readonly electron: string };
/** `fileName` is the base name only: the renderer never learns directory paths. */
export type Saved = { readonly canceled: false; readonly fileName: string };
export type Opened = { readonly canceled: false; readonly fileName: string; readonly bytes: Uint8Array };

declare const responseType: unique symbol;
/** Type-only marker naming a method's response type; carries nothing at runtime. */
export type Returns<T> = { readonly [responseType]?: T };
function returns<T>(): Returns<T> {
  return {};
}

/**
 * A file name as the user would see it in a save dialog: no directory part, nothing Windows refuses
 * (`<>:"|?*`), no control characters, not `.` or `..`.
 */
const suggestedName = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_CHARS)
  .refine((name) => !/[/\\<>:"|?*\p{Cc}]/u.test(name) && name !== '.' && name !== '..', {
    message: 'not a plain file name',
  });

const fileBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
  message: 'too large',
});

/** Hash routes of the projector view only, e.g. `/projector/<meetingId>`. */
const projectorRoute = z
  .string()
  .max(MAX_FILE_NAME_CHARS)
  .regex(/^\/projector\/(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?$/);

type ContractEntry = { readonly request: z.ZodType; readonly response?: Returns<unknown> };

export const ipcContract = {
  getAppInfo: { request: z.undefined(), response: returns<AppInfo>() },
  /** Native save dialog; main writes the bytes. */
  saveFile: {
    request: z.strictObject({ suggestedName, bytes: fileBytes, kind: z.enum(saveKinds) }),
    response: returns<Canceled | Saved>(),
  },
  /** Native open dialog; main reads the file (error `too-large` above MAX_FILE_BYTES). */
  openFile: {
    request: z.strictObject({ kind: z.enum(openKinds) }),
    response: returns<Canceled | Opened>(),
  },
  /** Prints self-contained HTML (no script runs) to PDF, then saves it through a native dialog. */
  printPdf: {
    request: z.strictObject({ html: z.string().max(MAX_PRINT_HTML_CHARS), suggestedName }),
    response: returns<Canceled | Saved>(),
  },
  /** Opens or focuses the projector window at the given hash route. */
  openProjector: {
    request: z.strictObject({ route: projectorRoute }),
  },
} as const satisfies { readonly [K in IpcMethod]: ContractEntry };

type Contract = typeof ipcContract;

/** What a renderer passes in. */
export type IpcRequestInput<K extends IpcMethod> = z.input<Contract[K]['request']>;
/** What a main-side handler receives, after validation. */
export type IpcRequest<K extends IpcMethod> = z.output<Contract[K]['request']>;
/** What a method resolves to on success; `void` when the contract names no response. */
export type IpcResponse<K extends IpcMethod> = Contract[K] extends { readonly response: Returns<infer T> } ? T : void;

type ApiMethod<Req, Res> = [Req] extends [undefined]
  ? () => Promise<IpcResult<Res>>
  : (request: Req) => Promise<IpcResult<Res>>;

/** The API the preload exposes as `window.tandem`: exactly the contract, plus the close handshake. */
export type TandemApi = { readonly [K in IpcMethod]: ApiMethod<IpcRequestInput<K>, IpcResponse<K>> } & {
  /**
   * Registers work to finish before a window closes (flushing IndexedDB). Main waits for every
   * listener, up to 5 seconds, then closes the window. Returns the unsubscribe function.
   */
  onBeforeClose(listener: () => Promise<void>): () => void;
};
