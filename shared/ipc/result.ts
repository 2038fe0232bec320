/**
 * How results cross the process boundary: as values, never as thrown errors (docs/architecture.md).
 * Free of dependencies so the preload can use it without bundling zod.
 */

/** Machine-readable reason, so the renderer can react without parsing the message. */
export type IpcErrorCode =
  | 'invalid-request' // payload failed the contract's schema
  | 'forbidden' // the sender is not one of the app's own windows
  | 'too-large' // a file exceeds the size limit
  | 'unreadable' // a file could not be read
  | 'unwritable' // a file could not be written
  | 'internal'; // anything unexpected

export type IpcError = {
  readonly code: IpcErrorCode;
  /** German, shown to the user as is. */
  readonly message: string;
};

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** A native dialog the user closed without choosing. Not an error. */
export type Canceled = { readonly canceled: true };

/** The user-facing German messages of the IPC layer, one per code. */
export const ipcErrorMessages = {
  'invalid-request': 'Ungültige Anfrage an die App. Bitte die App neu starten und erneut versuchen.',
  forbidden: 'Diese Anfrage ist nicht erlaubt.',
  'too-large': 'Die Datei ist zu groß. Erlaubt sind höchstens 64 MiB.',
  unreadable: 'Die Datei konnte nicht gelesen werden.',
  unwritable: 'Die Datei konnte nicht gespeichert werden. Bitte einen anderen Ort wählen.',
  internal: 'Ein unerwarteter Fehler ist aufgetreten. Bitte erneut versuchen.',
} as const satisfies Record<IpcErrorCode, string>;

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string = ipcErrorMessages[code]): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

export const canceled: Canceled = { canceled: true };
