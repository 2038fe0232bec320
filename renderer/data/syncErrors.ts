/**
 * What can go wrong in the Tandem-Paket exchange beyond the codec's own SyncPackageError codes
 * (shared/sync/errors.ts). Codes only: the UI shows the German message of the catalog (i18n/de/sync.ts).
 * Every code except 'apply-failed' is raised before anything is written.
 */
export const SYNC_APP_ERROR_CODES = [
  /** Another export or import is running. */
  'busy',
  /** The package builds on changes this laptop does not have (e.g. an earlier package was undone). */
  'needs-full-package',
  /** The package decoded but its docs are not one circle with its meetings as Tandem writes them. */
  'wrong-content',
  /** No moderator profile on this laptop yet. */
  'no-profile',
  /** The import cannot be undone: the docs changed since, or it was undone already. */
  'undo-unavailable',
  /** The background worker stopped or took far too long; nothing was changed. */
  'worker-failed',
  /** Applying failed half-way; the backups were restored. */
  'apply-failed',
  /** The package is of a circle deleted for good on this laptop (nothing is written). */
  'circle-deleted',
] as const;

export type SyncAppErrorCode = (typeof SYNC_APP_ERROR_CODES)[number];

export class SyncAppError extends Error {
  override readonly name = 'SyncAppError';
  constructor(readonly code: SyncAppErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options);
  }
}

export function isSyncAppError(error: unknown): error is SyncAppError {
  return error instanceof SyncAppError;
}
