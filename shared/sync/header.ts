/**
 * The plain header of a Tandem-Paket (format version 1). Byte by byte in docs/sync-format.md.
 * All integers little-endian. The whole header is the AES-GCM additional data, so none of it
 * can be changed without the body failing to decrypt.
 *
 *   0  magic "TANDEMPK"   8 | 8 version u16 | 10 header length u16 | 12 KDF id u8 | 13 reserved 3×0
 *  16  memory KiB u32       | 20 iterations u32 | 24 parallelism u32
 *  28  salt 16              | 44 nonce 12       | 56 body length u64 | 64 body (ciphertext + tag)
 */
import { SyncPackageError } from './errors';

export const SYNC_MAGIC = 'TANDEMPK';
/** Version 1: Argon2id → AES-256-GCM over raw-DEFLATE of (manifest JSON + Yjs V2 updates). */
export const SYNC_FORMAT_VERSION = 1;
export const HEADER_LENGTH = 64;
export const KDF_ID_ARGON2ID = 1;
export const SALT_LENGTH = 16;
export const NONCE_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;

/** A file larger than this is refused before any work. */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

/** Argon2id cost. Stored in every header so it can be raised without a new format version. */
export interface KdfParams {
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/**
 * Bounds on the KDF parameters a header may ask for, so that a crafted file cannot make the app
 * allocate or compute for minutes. The lower bounds are Argon2's own; the sender picks strength.
 */
export const KDF_LIMITS = {
  maxMemoryKiB: 1024 * 1024, // 1 GiB
  maxIterations: 20,
  maxParallelism: 16,
  /** memoryKiB × iterations: 1 GiB × 4 passes, about 21× DEFAULT_KDF. */
  maxCost: 4 * 1024 * 1024,
} as const;

/**
 * The least key derivation a package may have to be read: OWASP's minimum for Argon2id (19 MiB,
 * 2 passes). Tandem itself writes DEFAULT_KDF (64 MiB, 6 passes); a cheaper header is refused before
 * any key is derived, so a crafted or old file cannot offer a passphrase that is cheap to guess.
 * Tests that encode with TEST_KDF pass it as their own minimum.
 */
export const MIN_KDF = Object.freeze({ memoryKiB: 19 * 1024, iterations: 2 });

export function kdfBelowMinimum(kdf: KdfParams, min: Pick<KdfParams, 'memoryKiB' | 'iterations'> = MIN_KDF): boolean {
  return kdf.memoryKiB < min.memoryKiB || kdf.iterations < min.iterations;
}

export interface SyncPackageHeader {
  readonly formatVersion: number;
  readonly kdf: KdfParams;
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
  /** Length of the encrypted body including the 16-byte GCM tag. */
  readonly bodyLength: number;
}

const OFF = {
  version: 8,
  headerLength: 10,
  kdfId: 12,
  reserved: 13,
  memoryKiB: 16,
  iterations: 20,
  parallelism: 24,
  salt: 28,
  nonce: 44,
  bodyLength: 56,
} as const;

const MAGIC_BYTES = new TextEncoder().encode(SYNC_MAGIC);

export function kdfParamsProblem(kdf: KdfParams): string | undefined {
  const { memoryKiB: m, iterations: t, parallelism: p } = kdf;
  if (![m, t, p].every((n) => Number.isSafeInteger(n) && n >= 1)) return 'KDF parameters must be positive integers';
  if (p > KDF_LIMITS.maxParallelism) return `parallelism ${p} is out of range`;
  if (t > KDF_LIMITS.maxIterations) return `iterations ${t} is out of range`;
  if (m < 8 * p || m > KDF_LIMITS.maxMemoryKiB) return `memory ${m} KiB is out of range`;
  if (m * t > KDF_LIMITS.maxCost) return `KDF cost ${m}×${t} is out of range`;
  return undefined;
}

export function writeSyncPackageHeader(header: SyncPackageHeader): Uint8Array<ArrayBuffer> {
  const problem = kdfParamsProblem(header.kdf);
  if (problem) throw new RangeError(problem);
  if (header.salt.length !== SALT_LENGTH || header.nonce.length !== NONCE_LENGTH) throw new RangeError('salt or nonce has the wrong length');
  const bytes = new Uint8Array(HEADER_LENGTH);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC_BYTES, 0);
  view.setUint16(OFF.version, header.formatVersion, true);
  view.setUint16(OFF.headerLength, HEADER_LENGTH, true);
  view.setUint8(OFF.kdfId, KDF_ID_ARGON2ID);
  view.setUint32(OFF.memoryKiB, header.kdf.memoryKiB, true);
  view.setUint32(OFF.iterations, header.kdf.iterations, true);
  view.setUint32(OFF.parallelism, header.kdf.parallelism, true);
  bytes.set(header.salt, OFF.salt);
  bytes.set(header.nonce, OFF.nonce);
  view.setBigUint64(OFF.bodyLength, BigInt(header.bodyLength), true);
  return bytes;
}

/**
 * Reads the plain header without the passphrase. `bytes` may be the whole file or just its first
 * HEADER_LENGTH bytes (the body is not looked at). Throws SyncPackageError:
 * 'not-a-package' (wrong magic), 'unsupported-version' (other format version or KDF),
 * 'damaged' (truncated header, bad lengths, absurd KDF parameters), 'too-large' (body length).
 */
export function readSyncPackageHeader(bytes: Uint8Array): SyncPackageHeader {
  const magicLength = Math.min(bytes.length, MAGIC_BYTES.length);
  const magicMatches = bytes.length > 0 && MAGIC_BYTES.subarray(0, magicLength).every((b, i) => bytes[i] === b);
  if (!magicMatches) throw new SyncPackageError('not-a-package', 'magic does not match');
  if (bytes.length < OFF.version + 2) throw new SyncPackageError('damaged', 'header is truncated');

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const formatVersion = view.getUint16(OFF.version, true);
  if (formatVersion !== SYNC_FORMAT_VERSION) throw new SyncPackageError('unsupported-version', `format version ${formatVersion}`);
  if (bytes.length < HEADER_LENGTH) throw new SyncPackageError('damaged', 'header is truncated');
  if (view.getUint16(OFF.headerLength, true) !== HEADER_LENGTH) throw new SyncPackageError('damaged', 'header length does not match version 1');
  const kdfId = view.getUint8(OFF.kdfId);
  if (kdfId !== KDF_ID_ARGON2ID) throw new SyncPackageError('unsupported-version', `KDF id ${kdfId}`);
  if (bytes.subarray(OFF.reserved, OFF.memoryKiB).some((b) => b !== 0)) throw new SyncPackageError('damaged', 'reserved bytes are not zero');

  const kdf: KdfParams = {
    memoryKiB: view.getUint32(OFF.memoryKiB, true),
    iterations: view.getUint32(OFF.iterations, true),
    parallelism: view.getUint32(OFF.parallelism, true),
  };
  const problem = kdfParamsProblem(kdf);
  if (problem) throw new SyncPackageError('damaged', problem);

  const bodyLength = view.getBigUint64(OFF.bodyLength, true);
  if (bodyLength > BigInt(MAX_PACKAGE_BYTES - HEADER_LENGTH)) throw new SyncPackageError('too-large', `body length ${bodyLength}`);
  if (bodyLength < BigInt(GCM_TAG_LENGTH)) throw new SyncPackageError('damaged', `body length ${bodyLength}`);

  return {
    formatVersion,
    kdf,
    salt: bytes.slice(OFF.salt, OFF.salt + SALT_LENGTH),
    nonce: bytes.slice(OFF.nonce, OFF.nonce + NONCE_LENGTH),
    bodyLength: Number(bodyLength),
  };
}
