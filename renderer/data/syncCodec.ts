/**
 * The seam between the sync service and the slow, thread-blocking work (Argon2id, compression,
 * the trial merge of the preview): the app runs it in a Web Worker (syncWorkerCodec.ts), tests and
 * benchmarks inline. Both run the same functions.
 */
import { encodeSyncPackage, type KdfParams, type SyncPackageContent } from '../../shared/sync';
import { openPackage, type OpenPackageResult } from './syncOpen';
import { readStoredState, storedDocNames } from './syncStorage';
import type { SyncStepProgress } from './syncTypes';

export interface SyncCodec {
  encode(content: SyncPackageContent, passphrase: string, onProgress?: SyncStepProgress): Promise<Uint8Array>;
  /** Decodes and previews against the docs stored on this device. Writes nothing. */
  open(bytes: Uint8Array, passphrase: string, onProgress?: SyncStepProgress): Promise<OpenPackageResult>;
}

/** Reads the stored docs of this device (one listing of the databases per package). */
export async function localStateReader(idb: IDBFactory = indexedDB) {
  const names = await storedDocNames(idb);
  return (kind: 'circle' | 'meeting', id: string) => readStoredState(kind, id, idb, names);
}

/**
 * The codec on the calling thread. `kdf` is for tests and benchmarks only (shared/sync TEST_KDF):
 * packages are made with it and read with it as the least accepted; the app never passes it.
 */
export function inlineCodec({ kdf }: { readonly kdf?: KdfParams } = {}): SyncCodec {
  return {
    encode: (content, passphrase, onProgress) => encodeSyncPackage(content, passphrase, { ...(kdf && { kdf }), onProgress }),
    open: async (bytes, passphrase, onProgress) => openPackage(bytes, passphrase, await localStateReader(), onProgress, kdf),
  };
}
