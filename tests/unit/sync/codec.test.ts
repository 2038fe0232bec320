import { gzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  HEADER_LENGTH,
  SYNC_FORMAT_VERSION,
  SYNC_MAGIC,
  TEST_KDF,
  buildPackageDocs,
  decodeSyncPackage,
  encodeSyncPackage,
  readSyncPackageHeader,
  type SyncProgressStep,
} from '../../../shared/sync';
import { PASSPHRASE, encodeForTest, makeContent, makeMeetingDoc, typeInto } from './helpers';

const decode = (bytes: Uint8Array, passphrase = PASSPHRASE) => decodeSyncPackage(bytes, passphrase, { minKdf: TEST_KDF });

function applyPackageDocs(target: ReadonlyMap<string, Y.Doc>, docs: readonly { id: string; update: Uint8Array }[]): void {
  for (const { id, update } of docs) Y.applyUpdateV2(target.get(id)!, update, 'import');
}

describe('round trip with real Y.Docs', () => {
  test('two laptops edit apart, exchange one package each way, and converge with nothing lost', async () => {
    // Laptop A creates the meeting; laptop B receives it whole (no known state vector yet).
    const a = makeMeetingDoc(1, (doc) => {
      doc.getMap('meta').set('title', 'Sitzung März');
      doc.getText('notes').insert(0, 'Fallvorstellung: ');
    });
    const b = makeMeetingDoc(2);
    const first = await encodeForTest(makeContent({ docs: buildPackageDocs([{ id: 'meeting-1', kind: 'meeting', doc: a }]) }));
    const received = await decode(first);
    applyPackageDocs(new Map([['meeting-1', b]]), received.docs);
    expect(b.getText('notes').toString()).toBe('Fallvorstellung: ');

    // Both edit concurrently.
    a.getText('notes').insert(a.getText('notes').length, 'Mutter alleinerziehend.');
    a.getMap('meta').set('place', 'Familienzentrum');
    const items = b.getMap('items');
    b.transact(() => {
      items.set('h1', 'Hypothese: Überforderung');
      b.getText('notes').insert(0, '[B] ');
    });

    // B replies with only what A lacks (A's state vector came in the first package).
    const aStateVectorAtB = new Map([['meeting-1', received.docs[0]!.stateVector]]);
    const reply = await encodeForTest(
      makeContent({
        sender: { deviceId: 'laptop-bernd', name: 'Bernd Muster', role: 'youthWelfare' },
        docs: buildPackageDocs([{ id: 'meeting-1', kind: 'meeting', doc: b }], aStateVectorAtB),
      }),
    );
    const atA = await decode(reply);
    expect(atA.sender).toEqual({ deviceId: 'laptop-bernd', name: 'Bernd Muster', role: 'youthWelfare' });
    applyPackageDocs(new Map([['meeting-1', a]]), atA.docs);

    // And A answers B the same way.
    const back = await decode(await encodeForTest(makeContent({ docs: buildPackageDocs([{ id: 'meeting-1', kind: 'meeting', doc: a }], new Map([['meeting-1', atA.docs[0]!.stateVector]])) })));
    applyPackageDocs(new Map([['meeting-1', b]]), back.docs);

    // (Y.Doc#toJSON lists only the root types a doc has asked for, so compare them by name.)
    const view = (doc: Y.Doc) => ({ meta: doc.getMap('meta').toJSON(), items: doc.getMap('items').toJSON(), notes: doc.getText('notes').toString() });
    expect(view(a)).toEqual(view(b));
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    expect(a.getText('notes').toString()).toContain('Mutter alleinerziehend.');
    expect(a.getText('notes').toString()).toContain('[B] ');
    expect(a.getMap('items').get('h1')).toBe('Hypothese: Überforderung');
  });

  test('content comes back exactly: several docs of both kinds, sender, date, bytes', async () => {
    const circle = makeMeetingDoc(7, (doc) => doc.getMap('roster').set('p1', { name: 'Frau K.', system: 'health' }));
    const meeting = makeMeetingDoc(8, (doc) => typeInto(doc, 500));
    const content = makeContent({
      docs: buildPackageDocs([
        { id: 'circle-7', kind: 'circle', doc: circle },
        { id: 'meeting:2025-03-14', kind: 'meeting', doc: meeting },
      ]),
    });
    const decoded = await decode(await encodeForTest(content));
    expect(decoded).toEqual(content);
    expect(decoded.formatVersion).toBe(SYNC_FORMAT_VERSION);
  });

  test('a package with no docs is valid', async () => {
    expect((await decode(await encodeForTest())).docs).toEqual([]);
  });

  test('the passphrase is compared after Unicode normalisation (NFC), not trimmed', async () => {
    const bytes = await encodeForTest(makeContent(), 'Förderung'.normalize('NFC'));
    await expect(decode(bytes, 'Förderung'.normalize('NFD'))).resolves.toBeTruthy();
    await expect(decode(bytes, 'Förderung ')).rejects.toMatchObject({ code: 'wrong-passphrase-or-damaged' });
  });
});

describe('minimal diff', () => {
  test('with the receiver’s state vector known, the update is exactly what it lacks', async () => {
    const sender = makeMeetingDoc(1, (doc) => typeInto(doc, 2000));
    const receiver = makeMeetingDoc(2);
    Y.applyUpdateV2(receiver, Y.encodeStateAsUpdateV2(sender));
    typeInto(sender, 50, 99);

    const receiverSV = Y.encodeStateVector(receiver);
    const [minimal] = buildPackageDocs([{ id: 'm', kind: 'meeting', doc: sender }], new Map([['m', receiverSV]]));
    const [whole] = buildPackageDocs([{ id: 'm', kind: 'meeting', doc: sender }]);
    expect(minimal!.update).toEqual(Y.encodeStateAsUpdateV2(sender, receiverSV));
    expect(minimal!.update.length * 5).toBeLessThan(whole!.update.length);
    expect(minimal!.stateVector).toEqual(Y.encodeStateVector(sender));

    const decoded = await decode(await encodeForTest(makeContent({ docs: [minimal!] })));
    Y.applyUpdateV2(receiver, decoded.docs[0]!.update);
    expect(receiver.getText('notes').toString()).toBe(sender.getText('notes').toString());
  });

  test('a known state vector that does not decode falls back to the whole state', () => {
    const doc = makeMeetingDoc(1, (d) => d.getText('notes').insert(0, 'Hallo'));
    const [built] = buildPackageDocs([{ id: 'm', kind: 'meeting', doc }], new Map([['m', new Uint8Array([0xff, 0xff, 0xff])]]));
    expect(built!.update).toEqual(Y.encodeStateAsUpdateV2(doc));
  });

  test('package size is at most 1.1× the gzip size of the minimal V2 diff (40,000 typing transactions)', async () => {
    const sender = makeMeetingDoc(42, (doc) => typeInto(doc, 40_000));
    const receiverHalf = makeMeetingDoc(42, (doc) => typeInto(doc, 20_000)); // same client, same first half
    for (const [label, known] of [
      ['whole doc', new Map<string, Uint8Array>()],
      ['second half only', new Map([['m', Y.encodeStateVector(receiverHalf)]])],
    ] as const) {
      const docs = buildPackageDocs([{ id: 'm', kind: 'meeting', doc: sender }], known);
      const bytes = await encodeSyncPackage(makeContent({ docs }), PASSPHRASE, { kdf: TEST_KDF });
      const gzipped = gzipSync(Y.encodeStateAsUpdateV2(sender, known.get('m'))).length;
      const ratio = bytes.length / gzipped;
      console.log(`sync package (${label}): ${bytes.length} bytes, gzip of minimal V2 diff ${gzipped} bytes, ratio ${ratio.toFixed(3)}`);
      expect(ratio).toBeLessThanOrEqual(1.1);
    }
  });
});

describe('header and file', () => {
  test('the plain header says what the file is, without the passphrase, from its first bytes alone', async () => {
    const bytes = await encodeForTest();
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe(SYNC_MAGIC);
    const header = readSyncPackageHeader(bytes.subarray(0, HEADER_LENGTH));
    expect(header).toMatchObject({ formatVersion: SYNC_FORMAT_VERSION, kdf: TEST_KDF, bodyLength: bytes.length - HEADER_LENGTH });
    expect(header.salt).toHaveLength(16);
    expect(header.nonce).toHaveLength(12);
  });

  test('a package inside a larger buffer (a view at an offset, as IPC or Node may hand it over) decodes', async () => {
    const bytes = await encodeForTest();
    const larger = new Uint8Array(bytes.length + 7);
    larger.set(bytes, 3);
    await expect(decode(larger.subarray(3, 3 + bytes.length))).resolves.toEqual(makeContent());
  });

  test('every file gets a fresh salt and nonce', async () => {
    const [one, two] = [await encodeForTest(), await encodeForTest()];
    expect(readSyncPackageHeader(one).salt).not.toEqual(readSyncPackageHeader(two).salt);
    expect(readSyncPackageHeader(one).nonce).not.toEqual(readSyncPackageHeader(two).nonce);
  });

  test('progress is reported step by step, and a throwing progress callback does not break anything', async () => {
    const steps: SyncProgressStep[] = [];
    const record = (step: SyncProgressStep) => {
      if (steps.at(-1) !== step) steps.push(step);
      throw new Error('a broken progress bar');
    };
    const bytes = await encodeSyncPackage(makeContent(), PASSPHRASE, { kdf: TEST_KDF, onProgress: record });
    expect(steps).toEqual(['compress', 'kdf', 'encrypt']);
    steps.length = 0;
    await decodeSyncPackage(bytes, PASSPHRASE, { onProgress: record, minKdf: TEST_KDF });
    expect(steps).toEqual(['kdf', 'decrypt', 'decompress', 'validate']);
  });

  test('encoding refuses content that could not be decoded', async () => {
    const update = Y.encodeStateAsUpdateV2(new Y.Doc());
    const stateVector = Y.encodeStateVector(new Y.Doc());
    const twice = makeContent({ docs: [0, 1].map(() => ({ id: 'same', kind: 'meeting' as const, update, stateVector })) });
    await expect(encodeSyncPackage(twice, PASSPHRASE, { kdf: TEST_KDF })).rejects.toThrow(TypeError);
    await expect(encodeSyncPackage(makeContent(), '', { kdf: TEST_KDF })).rejects.toThrow(TypeError);
    await expect(encodeSyncPackage(makeContent(), PASSPHRASE, { kdf: { memoryKiB: 1 << 21, iterations: 3, parallelism: 1 } })).rejects.toThrow(RangeError);
  });
});
