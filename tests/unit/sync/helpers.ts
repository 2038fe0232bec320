// Factories for the sync tests: real Y.Docs, real packages, and a way to seal any body bytes
// with the codec's own internals (to craft packages that a correct encoder would never write).
import { Deflate } from 'fflate';
import * as Y from 'yjs';
import { expect } from 'vitest';
import { SYNC_FORMAT_VERSION, SyncPackageError, TEST_KDF, encodeSyncPackage, type SyncErrorCode, type SyncPackageContent } from '../../../shared/sync';
import { compressBody } from '../../../shared/sync/body';
import { deriveKey, encrypt, randomBytes } from '../../../shared/sync/crypto';
import { GCM_TAG_LENGTH, HEADER_LENGTH, writeSyncPackageHeader, type KdfParams } from '../../../shared/sync/header';
import { seededRandom } from '../../factories/random';

export { seededRandom };

export const PASSPHRASE = 'Frühe Hilfen – Tandem 2025';

export function makeContent(overrides: Partial<SyncPackageContent> = {}): SyncPackageContent {
  return {
    formatVersion: SYNC_FORMAT_VERSION,
    createdAt: '2025-03-14T18:30:00.000Z',
    sender: { deviceId: 'laptop-anna', name: 'Dr. Anna Beispiel', role: 'physician' },
    docs: [],
    ...overrides,
  };
}

/** A meeting-like doc: notes as text, meta as a map, items as an array of ids plus a map. */
export function makeMeetingDoc(clientID: number, edits: (doc: Y.Doc) => void = () => {}): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = clientID;
  edits(doc);
  return doc;
}


/** `count` single-character insert transactions, mostly at the cursor, sometimes elsewhere. */
export function typeInto(doc: Y.Doc, count: number, seed = 1): void {
  const text = doc.getText('notes');
  const random = seededRandom(seed);
  const letters = 'aeinrstdhulcgmobwfkzpvjyxqäöüß ,.';
  let cursor = text.length;
  for (let i = 0; i < count; i++) {
    if (random() < 0.1) cursor = Math.floor(random() * (text.length + 1));
    doc.transact(() => text.insert(cursor, letters[Math.floor(random() * letters.length)]!));
    cursor++;
  }
}

export async function encodeForTest(content: SyncPackageContent = makeContent(), passphrase = PASSPHRASE): Promise<Uint8Array> {
  return encodeSyncPackage(content, passphrase, { kdf: TEST_KDF });
}

/** Compresses (unless `raw` is given already compressed), encrypts and frames any plain body. */
export async function sealBody(
  body: Uint8Array,
  { passphrase = PASSPHRASE, kdf = TEST_KDF, compressed = false }: { passphrase?: string; kdf?: KdfParams; compressed?: boolean } = {},
): Promise<Uint8Array> {
  const deflated = compressed ? body : compressBody(body);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header = writeSyncPackageHeader({ formatVersion: SYNC_FORMAT_VERSION, kdf, salt, nonce, bodyLength: deflated.length + GCM_TAG_LENGTH });
  const sealed = await encrypt(await deriveKey(passphrase, salt, kdf), nonce, header, deflated);
  const file = new Uint8Array(HEADER_LENGTH + sealed.length);
  file.set(header);
  file.set(sealed, HEADER_LENGTH);
  return file;
}

/** Plain body bytes: u32 manifest length, manifest JSON, blob. */
export function frameBody(manifest: unknown, blob: Uint8Array = new Uint8Array(0)): Uint8Array {
  const json = new TextEncoder().encode(typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  const body = new Uint8Array(4 + json.length + blob.length);
  new DataView(body.buffer).setUint32(0, json.length, true);
  body.set(json, 4);
  body.set(blob, 4 + json.length);
  return body;
}

/**
 * Raw DEFLATE of `mebibytes` MiB of zeros, built without compressing them all: one MiB is
 * deflated and sync-flushed, then the identical block for the next MiB (same window of zeros)
 * is repeated, then the final empty block. About 1 KiB per MiB.
 */
export function deflateBomb(mebibytes: number): Uint8Array {
  const mib = new Uint8Array(1024 * 1024);
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  deflate.push(mib);
  deflate.flush(true);
  const first = concat(out.splice(0));
  deflate.push(mib);
  deflate.flush(true);
  const repeat = concat(out.splice(0));
  deflate.push(new Uint8Array(0), true);
  const last = concat(out.splice(0));
  return concat([first, ...Array.from({ length: mebibytes - 1 }, () => repeat), last]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Asserts the promise rejects with a SyncPackageError of this code, and returns the error. */
export async function expectCode(promise: Promise<unknown>, code: SyncErrorCode): Promise<SyncPackageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncPackageError);
  expect((error as SyncPackageError).code, (error as Error).message).toBe(code);
  return error as SyncPackageError;
}
