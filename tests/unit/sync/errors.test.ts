import { describe, expect, it, test } from 'vitest';
import * as Y from 'yjs';
import {
  HEADER_LENGTH,
  MAX_PACKAGE_BYTES,
  MIN_KDF,
  SYNC_ERROR_CODES,
  SyncPackageError,
  TEST_KDF,
  buildPackageDocs,
  decodeSyncPackage,
  encodeSyncPackage,
  readSyncPackageHeader,
  syncErrorMessage,
} from '../../../shared/sync';
import { decrypt, deriveKey, encrypt, randomBytes } from '../../../shared/sync/crypto';
import { writeSyncPackageHeader } from '../../../shared/sync/header';
import { PASSPHRASE, deflateBomb, encodeForTest, expectCode, frameBody, makeContent, makeMeetingDoc, sealBody } from './helpers';

const decode = (bytes: Uint8Array, passphrase = PASSPHRASE, maxBodyBytes?: number) => decodeSyncPackage(bytes, passphrase, { maxBodyBytes, minKdf: TEST_KDF });

async function validPackage(): Promise<Uint8Array> {
  const doc = makeMeetingDoc(3, (d) => d.getText('notes').insert(0, 'Ressource: Großmutter wohnt in der Nähe.'));
  return encodeForTest(makeContent({ docs: buildPackageDocs([{ id: 'meeting-3', kind: 'meeting', doc }]) }));
}

function patched(bytes: Uint8Array, patch: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const copy = bytes.slice();
  patch(new DataView(copy.buffer), copy);
  return copy;
}

describe('German messages', () => {
  test('every code has one, and each says that nothing was changed', () => {
    for (const code of SYNC_ERROR_CODES) expect(syncErrorMessage(code)).toMatch(/Es wurde nichts verändert\.$/);
    expect(syncErrorMessage('wrong-passphrase-or-damaged')).toBe('Die Passphrase stimmt nicht, oder die Datei ist beschädigt. Es wurde nichts verändert.');
    expect(new SyncPackageError('damaged').code).toBe('damaged');
  });
});

describe('bad input gets the right code', () => {
  test('wrong passphrase', async () => {
    await expectCode(decode(await validPackage(), 'falsche Passphrase'), 'wrong-passphrase-or-damaged');
  });

  test('not a package: empty, PDF, text, random bytes, a gzip file', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    const text = new TextEncoder().encode('Protokoll der Sitzung vom 14. März\n'.repeat(10));
    const gzip = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const bytes of [new Uint8Array(0), pdf, text, randomBytes(200), gzip]) {
      await expectCode(decode(bytes), 'not-a-package');
      expect(() => readSyncPackageHeader(bytes)).toThrow(SyncPackageError);
    }
  });

  test('truncated at several points: a cut header and a cut body are both damaged', async () => {
    const bytes = await validPackage();
    for (const length of [1, 7, 8, 9, 12, 30, 55, 63]) await expectCode(decode(bytes.subarray(0, length)), 'damaged');
    for (const length of [HEADER_LENGTH, HEADER_LENGTH + 1, HEADER_LENGTH + 16, bytes.length - 1]) await expectCode(decode(bytes.subarray(0, length)), 'damaged');
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    await expectCode(decode(longer), 'damaged');
  });

  test('a flipped byte anywhere in the header never decodes', async () => {
    const bytes = await validPackage();
    const expected: Record<number, string> = { 0: 'not-a-package', 7: 'not-a-package', 8: 'unsupported-version', 12: 'unsupported-version', 13: 'damaged', 30: 'wrong-passphrase-or-damaged', 50: 'wrong-passphrase-or-damaged', 56: 'damaged' };
    for (let offset = 0; offset < HEADER_LENGTH; offset++) {
      const flipped = patched(bytes, (_, b) => (b[offset]! ^= 0xff));
      const error = await decode(flipped).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `offset ${offset}`).toBeInstanceOf(SyncPackageError);
      if (expected[offset]) expect((error as SyncPackageError).code, `offset ${offset}`).toBe(expected[offset]);
    }
  });

  test('the header is authenticated: same key and nonce, different header → no decryption', async () => {
    const salt = randomBytes(16);
    const nonce = randomBytes(12);
    const key = await deriveKey(PASSPHRASE, salt, TEST_KDF);
    const header = writeSyncPackageHeader({ formatVersion: 1, kdf: TEST_KDF, salt, nonce, bodyLength: 26 });
    const sealed = await encrypt(key, nonce, header, new Uint8Array(10));
    await expect(decrypt(key, nonce, header, sealed)).resolves.toEqual(new Uint8Array(10));
    const other = header.slice();
    other[15] = 1; // a reserved byte: no effect on key or nonce, only on the additional data
    await expect(decrypt(key, nonce, other, sealed)).rejects.toThrow();
  });

  test('a flipped byte in the body', async () => {
    const bytes = await validPackage();
    for (const offset of [HEADER_LENGTH, HEADER_LENGTH + 5, bytes.length - 20, bytes.length - 1]) {
      await expectCode(decode(patched(bytes, (_, b) => (b[offset]! ^= 0x01))), 'wrong-passphrase-or-damaged');
    }
  });

  test('unknown format version', async () => {
    const bytes = await validPackage();
    for (const version of [0, 2, 0xffff]) {
      const other = patched(bytes, (view) => view.setUint16(8, version, true));
      await expectCode(decode(other), 'unsupported-version');
      await expectCode(decode(other.subarray(0, 10)), 'unsupported-version');
    }
  });

  test('unknown KDF', async () => {
    await expectCode(decode(patched(await validPackage(), (view) => view.setUint8(12, 2))), 'unsupported-version');
  });

  test('absurd KDF parameters are refused at once, before any key derivation', async () => {
    const bytes = await validPackage();
    const cases: [number, number][] = [
      [16, 0x8000_0000], // memory 2 TiB
      [16, 1024 * 1024 + 1], // memory just over 1 GiB
      [16, 4], // memory under 8 KiB per lane
      [20, 1000], // iterations
      [20, 0],
      [24, 0], // parallelism
      [24, 64],
    ];
    for (const [offset, value] of cases) {
      const start = performance.now();
      await expectCode(decode(patched(bytes, (view) => view.setUint32(offset, value, true))), 'damaged');
      expect(performance.now() - start).toBeLessThan(200);
    }
    // 1 GiB × 20 passes: each within its bound, together far too costly.
    const costly = patched(bytes, (view) => {
      view.setUint32(16, 1024 * 1024, true);
      view.setUint32(20, 20, true);
    });
    await expectCode(decode(costly), 'damaged');
  });

  test('oversized: a file over the limit, or a header claiming a body over it', async () => {
    await expectCode(decode(new Uint8Array(MAX_PACKAGE_BYTES + 1)), 'too-large');
    const claims = patched(await validPackage(), (view) => view.setBigUint64(56, BigInt(MAX_PACKAGE_BYTES), true));
    await expectCode(decode(claims), 'too-large');
    expect(() => readSyncPackageHeader(claims)).toThrow(expect.objectContaining({ code: 'too-large' }) as Error);
  });

  test('a decompression bomb stops at the limit', async () => {
    const bomb = deflateBomb(300); // 300 MiB of zeros in about 300 KiB
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const bytes = await sealBody(bomb, { compressed: true });
    await expectCode(decode(bytes, PASSPHRASE, 8 * 1024 * 1024), 'too-large');
    await expectCode(decode(bytes), 'too-large'); // the default cap, 256 MiB
  });

  test('a normal package over a small maxBodyBytes is too large', async () => {
    await expectCode(decode(await validPackage(), PASSPHRASE, 100), 'too-large');
  });
});

describe('a decrypted body that fails validation is damaged', () => {
  const update = Y.encodeStateAsUpdateV2(makeMeetingDoc(5, (d) => d.getText('notes').insert(0, 'Belastung')));
  const stateVector = Y.encodeStateVector(new Y.Doc());
  const good = {
    createdAt: '2025-03-14T18:30:00.000Z',
    sender: { deviceId: 'laptop-anna', name: 'Anna', role: 'physician' },
    docs: [{ id: 'meeting-5', kind: 'meeting', updateLength: update.length, stateVectorLength: stateVector.length }],
  };
  const blob = new Uint8Array([...update, ...stateVector]);
  const withDoc = (change: object) => ({ ...good, docs: [{ ...good.docs[0], ...change }] });

  test('the crafted good body decodes (so the cases below test what they say)', async () => {
    const decoded = await decode(await sealBody(frameBody(good, blob)));
    expect(decoded.docs[0]!.update).toEqual(update);
  });

  test.each([
    ['not JSON', frameBody('{"createdAt": ', blob)],
    ['not UTF-8', frameBody(new TextDecoder('latin1').decode(new Uint8Array([0x7b, 0xff, 0x7d])), blob)],
    ['unknown doc kind', frameBody(withDoc({ kind: 'case' }), blob)],
    ['bad doc id', frameBody(withDoc({ id: '../etc/passwd' }), blob)],
    ['unknown role', frameBody({ ...good, sender: { ...good.sender, role: 'admin' } }, blob)],
    ['no date', frameBody({ ...good, createdAt: 'gestern' }, blob)],
    ['lengths beyond the blob', frameBody(withDoc({ updateLength: update.length + 1 }), blob)],
    ['bytes left over after the blob', frameBody(good, new Uint8Array([...blob, 0]))],
    ['negative length', frameBody(withDoc({ updateLength: -1, stateVectorLength: stateVector.length + update.length + 1 }), blob)],
    ['duplicate ids', frameBody({ ...good, docs: [good.docs[0], good.docs[0]] }, new Uint8Array([...blob, ...blob]))],
    ['an update that is not Yjs V2', frameBody(withDoc({ updateLength: 5, stateVectorLength: 0 }), new Uint8Array([0, 99, 255, 255, 255]))],
    ['a V1 update', frameBody(withDoc({ updateLength: Y.encodeStateAsUpdate(makeMeetingDoc(5, (d) => d.getText('notes').insert(0, 'x'))).length, stateVectorLength: 0 }), Y.encodeStateAsUpdate(makeMeetingDoc(5, (d) => d.getText('notes').insert(0, 'x'))))],
    ['a state vector that does not decode', frameBody(withDoc({ stateVectorLength: 3 }), new Uint8Array([...update, 5, 0x80, 0x80]))],
    ['manifest length past the end', (() => { const b = frameBody(good, blob); new DataView(b.buffer).setUint32(0, b.length, true); return b; })()],
    ['shorter than a manifest length', new Uint8Array([1, 0])],
  ])('%s', async (_, body) => {
    await expectCode(decode(await sealBody(body)), 'damaged');
  });

  test('a body that does not inflate', async () => {
    await expectCode(decode(await sealBody(new Uint8Array([0xff, 0xff, 0xff, 0xff]), { compressed: true })), 'damaged');
    await expectCode(decode(await sealBody(new Uint8Array(0), { compressed: true })), 'damaged');
  });
});

describe('a key derivation below the minimum', () => {
  it('is refused before any key is derived, with its German message (OWASP: 19 MiB, 2 passes)', async () => {
    const weak = await encodeForTest();
    await expect(decodeSyncPackage(weak, PASSPHRASE)).rejects.toMatchObject({ code: 'weak-kdf' });
    expect(syncErrorMessage('weak-kdf')).toMatch(/zu schwach verschlüsselt.*Es wurde nichts verändert\.$/);
    // Just at the minimum it opens.
    const atMinimum = await encodeSyncPackage(makeContent(), PASSPHRASE, { kdf: { ...MIN_KDF, parallelism: 1 } });
    await expect(decodeSyncPackage(atMinimum, PASSPHRASE)).resolves.toEqual(makeContent());
  });
});
