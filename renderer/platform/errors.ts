/** A platform call that failed (an IPC error value in the desktop app): its code and German message, to show as is. */
import type { IpcErrorCode } from '../../shared/ipc/contract';

export class PlatformError extends Error {
  constructor(readonly code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'PlatformError';
  }
}

export const isPlatformError = (error: unknown): error is PlatformError => error instanceof PlatformError;
