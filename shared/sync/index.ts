/**
 * The Tandem-Paket codec: SyncPackageContent ⇄ one encrypted file. Format: docs/sync-format.md.
 * Rules: shared/sync/README.md. In short: decoding throws nothing but SyncPackageError, does all
 * its checks before it returns anything, and is bounded in time and memory whatever the input.
 */
import { MAX_BODY_BYTES, compressBody, inflateBounded, parseBody, serializeBody, type SyncPackageContent } from './body';
import { DEFAULT_KDF, decrypt, deriveKey, encrypt, randomBytes } from './crypto';
import { SyncPackageError } from './errors';
import {
  GCM_TAG_LENGTH,
  HEADER_LENGTH,
  MAX_PACKAGE_BYTES,
  NONCE_LENGTH,
  SALT_LENGTH,
  SYNC_FORMAT_VERSION,
  kdfBelowMinimum,
  kdfParamsProblem,
  readSyncPackageHeader,
  writeSyncPackageHeader,
  type KdfParams,
} from './header';

export * from './errors';
export {
  HEADER_LENGTH,
  KDF_LIMITS,
  MAX_PACKAGE_BYTES,
  MIN_KDF,
  SYNC_FORMAT_VERSION,
  SYNC_MAGIC,
  readSyncPackageHeader,
  type KdfParams,
  type SyncPackageHeader,
} from './header';
export { DEFAULT_KDF, TEST_KDF, measureKdf } from './crypto';
export {
  DOC_ID_PATTERN,
  MAX_BODY_BYTES,
  MAX_DOCS,
  SENDER_ROLES,
  SYNC_DOC_KINDS,
  buildPackageDocs,
  type SenderRole,
  type SyncDocKind,
  type SyncPackageContent,
  type SyncPackageDoc,
} from './body';

export type SyncProgressStep = 'kdf' | 'compress' | 'encrypt' | 'decrypt' | 'decompress' | 'validate';
/** Called when a step starts (no fraction) and, where known, with its progress from 0 to 1. */
export type SyncProgress = (step: SyncProgressStep, fraction?: number) => void;

export interface EncodeOptions {
  /** Argon2id cost; DEFAULT_KDF unless given. Tests pass TEST_KDF. */
  readonly kdf?: KdfParams;
  readonly onProgress?: SyncProgress;
}

export interface DecodeOptions {
  readonly onProgress?: SyncProgress;
  /** Cap on the decompressed body in bytes; MAX_BODY_BYTES unless given. */
  readonly maxBodyBytes?: number;
  /** The least key derivation accepted; MIN_KDF unless given (tests pass TEST_KDF). */
  readonly minKdf?: Pick<KdfParams, 'memoryKiB' | 'iterations'>;
}

/** A progress display must never break the codec: errors thrown by the callback are ignored. */
function reporter(onProgress: SyncProgress | undefined): SyncProgress {
  return (step, fraction) => {
    try {
      onProgress?.(step, fraction);
    } catch {
      // ignored on purpose, see above
    }
  };
}

/**
 * Builds a Tandem-Paket. Throws TypeError/RangeError on invalid content, passphrase or KDF
 * parameters (programming errors) and SyncPackageError('too-large') when the package would
 * exceed MAX_BODY_BYTES or MAX_PACKAGE_BYTES, so the other laptop could not read it.
 */
export async function encodeSyncPackage(content: SyncPackageContent, passphrase: string, options: EncodeOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const progress = reporter(options.onProgress);
  const kdf = options.kdf ?? DEFAULT_KDF;
  const problem = kdfParamsProblem(kdf);
  if (problem) throw new RangeError(problem);
  if (content.formatVersion !== SYNC_FORMAT_VERSION) throw new TypeError(`formatVersion must be ${SYNC_FORMAT_VERSION}`);
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new TypeError('passphrase must be a non-empty string');

  progress('compress');
  const body = serializeBody(content);
  if (body.length > MAX_BODY_BYTES) throw new SyncPackageError('too-large', `body is ${body.length} bytes`);
  const compressed = compressBody(body);
  const bodyLength = compressed.length + GCM_TAG_LENGTH;
  if (HEADER_LENGTH + bodyLength > MAX_PACKAGE_BYTES) throw new SyncPackageError('too-large', `package would be ${HEADER_LENGTH + bodyLength} bytes`);
  progress('compress', 1);

  progress('kdf');
  const salt = randomBytes(SALT_LENGTH);
  const nonce = randomBytes(NONCE_LENGTH);
  const key = await deriveKey(passphrase, salt, kdf);
  progress('kdf', 1);

  progress('encrypt');
  const header = writeSyncPackageHeader({ formatVersion: SYNC_FORMAT_VERSION, kdf, salt, nonce, bodyLength });
  const sealed = await encrypt(key, nonce, header, compressed);
  const file = new Uint8Array(HEADER_LENGTH + sealed.length);
  file.set(header, 0);
  file.set(sealed, HEADER_LENGTH);
  progress('encrypt', 1);
  return file;
}

/**
 * Opens a Tandem-Paket. Resolves only with fully validated content; otherwise rejects with a
 * SyncPackageError and nothing else (see syncErrorMessage for what to tell the user).
 */
export async function decodeSyncPackage(bytes: Uint8Array, passphrase: string, options: DecodeOptions = {}): Promise<SyncPackageContent> {
  try {
    return await decode(bytes, passphrase, options);
  } catch (error) {
    if (error instanceof SyncPackageError) throw error;
    throw new SyncPackageError('damaged', 'unexpected failure while decoding', { cause: error });
  }
}

async function decode(bytes: Uint8Array, passphrase: string, options: DecodeOptions): Promise<SyncPackageContent> {
  const progress = reporter(options.onProgress);
  if (!(bytes instanceof Uint8Array)) throw new SyncPackageError('not-a-package', 'input is not bytes');
  if (bytes.length > MAX_PACKAGE_BYTES) throw new SyncPackageError('too-large', `file is ${bytes.length} bytes`);
  const header = readSyncPackageHeader(bytes);
  const expected = HEADER_LENGTH + header.bodyLength;
  if (bytes.length !== expected) throw new SyncPackageError('damaged', `file is ${bytes.length} bytes, header says ${expected}`);
  if (typeof passphrase !== 'string') throw new SyncPackageError('wrong-passphrase-or-damaged', 'passphrase is not a string');
  if (kdfBelowMinimum(header.kdf, options.minKdf)) throw new SyncPackageError('weak-kdf', `KDF ${header.kdf.memoryKiB} KiB × ${header.kdf.iterations}`);

  progress('kdf');
  const key = await deriveKey(passphrase, header.salt, header.kdf);
  progress('kdf', 1);

  progress('decrypt');
  let compressed: Uint8Array;
  try {
    compressed = await decrypt(key, header.nonce, bytes.subarray(0, HEADER_LENGTH), bytes.subarray(HEADER_LENGTH));
  } catch (error) {
    throw new SyncPackageError('wrong-passphrase-or-damaged', 'authentication failed', { cause: error });
  }
  progress('decrypt', 1);

  progress('decompress');
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const body = inflateBounded(compressed, maxBodyBytes, (fraction) => progress('decompress', fraction));

  progress('validate');
  const content = parseBody(body, SYNC_FORMAT_VERSION);
  progress('validate', 1);
  return content;
}
