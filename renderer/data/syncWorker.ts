/**
 * The sync worker: builds and opens Tandem-Pakete off the UI thread (Argon2id blocks its thread for
 * about half a second; the trial merge of a large package for longer). One job per worker; the
 * window terminates it afterwards (and after a timeout). Errors travel as codes, never as text.
 */
import { encodeSyncPackage, isSyncPackageError } from '../../shared/sync';
import { localStateReader } from './syncCodec';
import { isSyncAppError } from './syncErrors';
import type { WorkerRequest, WorkerResponse } from './syncWorkerProtocol';
import { openPackage } from './syncOpen';

const post = (message: WorkerResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void run(event.data);
});

async function run(request: WorkerRequest): Promise<void> {
  const onProgress = (step: string, fraction?: number) => post({ type: 'progress', step, fraction });
  try {
    if (request.type === 'encode') {
      const bytes = await encodeSyncPackage(request.content, request.passphrase, { onProgress });
      post({ type: 'encoded', bytes }, [bytes.buffer]);
    } else {
      const result = await openPackage(request.bytes, request.passphrase, await localStateReader(), onProgress);
      post({ type: 'opened', result });
    }
  } catch (error) {
    if (isSyncPackageError(error)) post({ type: 'error', kind: 'package', code: error.code });
    else if (isSyncAppError(error)) post({ type: 'error', kind: 'app', code: error.code });
    else post({ type: 'error', kind: 'other', code: error instanceof RangeError || error instanceof TypeError ? error.name : 'Error', detail: String(error) });
  }
}
