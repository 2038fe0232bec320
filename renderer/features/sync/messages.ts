/** What the user reads when a sync step fails: always a German message from the catalog. */
import { isSyncPackageError, syncErrorMessage } from '../../../shared/sync';
import { isSyncAppError } from '../../data/syncErrors';
import { isPlatformError } from '../../platform';
import type { SyncStep } from '../../data/syncTypes';
import { t } from '../../i18n/de';

export function syncFailure(error: unknown): string {
  if (isSyncPackageError(error)) return syncErrorMessage(error.code);
  if (isSyncAppError(error)) return t.sync.errors[error.code];
  // A file that could not be read or saved (desktop app): its message says why.
  if (isPlatformError(error)) return error.message;
  console.error(error);
  return t.sync.errors.unexpected;
}

export function stepLabel(step: SyncStep): string {
  return t.sync.steps[step];
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

export function roleLabel(role: string): string {
  return role === 'physician' || role === 'youthWelfare' ? t.profile[role] : role;
}
