/**
 * The app's codec: each job runs in a fresh Web Worker (bundled by Vite), which is terminated when
 * the job ends, so the 64 MiB of the key derivation are given back at once. A job that runs longer
 * than JOB_TIMEOUT_MS (a crafted update can keep Yjs busy, see shared/sync/README.md) is stopped and
 * reported as a damaged file: nothing has been written at that point.
 */
import { SyncPackageError } from '../../shared/sync';
import type { SyncCodec } from './syncCodec';
import { SyncAppError } from './syncErrors';
import type { SyncStep, SyncStepProgress } from './syncTypes';
import type { WorkerRequest, WorkerResponse } from './syncWorkerProtocol';

export const JOB_TIMEOUT_MS = 120_000;

function job<T>(request: WorkerRequest, transfer: Transferable[], onProgress: SyncStepProgress | undefined, pick: (response: WorkerResponse) => T | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL('./syncWorker.ts', import.meta.url), { type: 'module', name: 'tandem-sync' });
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(new SyncPackageError('damaged', 'the worker took too long'))), JOB_TIMEOUT_MS);
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.type === 'progress') return onProgress?.(response.step as SyncStep, response.fraction);
      if (response.type === 'error') {
        const error = response.kind === 'package' ? new SyncPackageError(response.code)
          : response.kind === 'app' ? new SyncAppError(response.code)
          : new SyncAppError('worker-failed', `${response.code}: ${response.detail}`);
        return finish(() => reject(error));
      }
      const value = pick(response);
      if (value !== undefined) finish(() => resolve(value));
    });
    worker.addEventListener('error', (event) => finish(() => reject(new SyncAppError('worker-failed', event.message))));
    worker.postMessage(request, transfer);
  });
}

export function workerCodec(): SyncCodec {
  return {
    encode: (content, passphrase, onProgress) =>
      job({ type: 'encode', content, passphrase }, [], onProgress, (r) => (r.type === 'encoded' ? r.bytes : undefined)),
    open: (bytes, passphrase, onProgress) => {
      // The worker gets its own copy: the caller keeps its bytes (e.g. to try another passphrase).
      const copy = bytes.slice();
      return job({ type: 'open', bytes: copy, passphrase }, [copy.buffer], onProgress, (r) => (r.type === 'opened' ? r.result : undefined));
    },
  };
}
