/** Messages between the window and the sync worker (syncWorker.ts, syncWorkerCodec.ts). */
import type { SyncErrorCode, SyncPackageContent } from '../../shared/sync';
import type { SyncAppErrorCode } from './syncErrors';
import type { OpenPackageResult } from './syncOpen';

export type WorkerRequest =
  | { readonly type: 'encode'; readonly content: SyncPackageContent; readonly passphrase: string }
  | { readonly type: 'open'; readonly bytes: Uint8Array; readonly passphrase: string };

export type WorkerResponse =
  | { readonly type: 'progress'; readonly step: string; readonly fraction?: number }
  | { readonly type: 'encoded'; readonly bytes: Uint8Array }
  | { readonly type: 'opened'; readonly result: OpenPackageResult }
  | { readonly type: 'error'; readonly kind: 'package'; readonly code: SyncErrorCode }
  | { readonly type: 'error'; readonly kind: 'app'; readonly code: SyncAppErrorCode }
  | { readonly type: 'error'; readonly kind: 'other'; readonly code: string; readonly detail: string };
