/**
 * Key derivation (Argon2id, hash-wasm) and authenticated encryption (AES-256-GCM, WebCrypto).
 * Rules:
 *  - the passphrase is Unicode-NFC-normalised, then UTF-8 encoded; nothing else (no trimming),
 *    so "Förderung" typed on a Mac and on Windows gives the same key;
 *  - salt and nonce are fresh random bytes for every file; a key is never reused for a second file;
 *  - the whole plain header is the additional authenticated data.
 */
import { argon2id } from 'hash-wasm';
import { kdfParamsProblem, type KdfParams } from './header';

/**
 * Argon2id cost for new packages: 64 MiB, 6 passes, 1 lane (above the OWASP minimums). Packages
 * record their parameters, so older ones (3 or 5 passes) open as before.
 * On fast runs of this machine 3 passes took 264 ms and 5 passes 361 ms, too close to the 0.3 s
 * floor; 6 took 427 ms on the same day (see docs/sync-format.md).
 */
export const DEFAULT_KDF: KdfParams = Object.freeze({ memoryKiB: 64 * 1024, iterations: 6, parallelism: 1 });

/** Small parameters for tests only: a file made with them is as weak as its passphrase. */
export const TEST_KDF: KdfParams = Object.freeze({ memoryKiB: 64, iterations: 1, parallelism: 1 });

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** WebCrypto wants ArrayBuffer-backed views; copy only when the bytes sit in a SharedArrayBuffer. */
function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export async function deriveKey(passphrase: string, salt: Uint8Array, kdf: KdfParams): Promise<CryptoKey> {
  const problem = kdfParamsProblem(kdf); // checked by every caller too; this one guards the allocation
  if (problem) throw new RangeError(problem);
  const raw = await argon2id({
    password: new TextEncoder().encode(passphrase.normalize('NFC')),
    salt,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    memorySize: kdf.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  return globalThis.crypto.subtle.importKey('raw', buffer(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export async function encrypt(key: CryptoKey, nonce: Uint8Array, header: Uint8Array, plain: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const params = { name: 'AES-GCM', iv: buffer(nonce), additionalData: buffer(header), tagLength: 128 };
  return new Uint8Array(await globalThis.crypto.subtle.encrypt(params, key, buffer(plain)));
}

/** Rejects (with WebCrypto's OperationError) when the key, header, nonce or body do not match. */
export async function decrypt(key: CryptoKey, nonce: Uint8Array, header: Uint8Array, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const params = { name: 'AES-GCM', iv: buffer(nonce), additionalData: buffer(header), tagLength: 128 };
  return new Uint8Array(await globalThis.crypto.subtle.decrypt(params, key, buffer(sealed)));
}

/** Milliseconds one key derivation takes here, for the benchmark script and the KDF test. */
export async function measureKdf(kdf: KdfParams = DEFAULT_KDF): Promise<number> {
  const start = performance.now();
  await deriveKey('Messung der Schlüsselableitung', randomBytes(16), kdf);
  return performance.now() - start;
}
