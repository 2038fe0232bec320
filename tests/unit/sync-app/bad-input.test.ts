/**
 * Bad input changes nothing: each kind of bad file gets its error code (the UI shows the German
 * message for it), and every stored doc (every row of every doc store) and every sync table is
 * byte for byte as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDoc, createMeeting, DEFAULT_METHOD_NAME } from '../../../shared/doc';
import { SYNC_FORMAT_VERSION, SyncPackageError, TEST_KDF, encodeSyncPackage, syncErrorMessage, type SyncErrorCode } from '../../../shared/sync';
import { SyncAppError, type SyncAppErrorCode } from '../../../renderer/data/syncErrors';
import { addCaseWithNote, createCircleWithMeeting, editMeeting, exportCircle, importOn, typeInto } from './helpers';
import { Laptop, PASSPHRASE, storageDigest } from './laptop';

let anna: Laptop;
let ben: Laptop;
let good: Uint8Array;
let ids: { circleId: string; meetingId: string };

beforeAll(async () => {
  anna = await Laptop.create('anna', 'Dr. Anna Beispiel', 'physician');
  ben = await Laptop.create('ben', 'Ben Vogel', 'youthWelfare');
  ids = await createCircleWithMeeting(anna);
  const { caseId, phaseId } = await addCaseWithNote(anna, ids.meetingId, 'Säugling', 'Erste Notiz.');
  await importOn(ben, await exportCircle(anna, ids.circleId));
  // Ben has his own work on the laptop that must survive every bad file untouched.
  await editMeeting(ben, ids.meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Bens Notiz, noch nicht geschickt.'));
  await editMeeting(anna, ids.meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Annas zweite Notiz.'));
  good = await exportCircle(anna, ids.circleId);
});

const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

const packageCases: Array<[string, () => Uint8Array, SyncErrorCode, string?]> = [
  ['wrong passphrase', () => good, 'wrong-passphrase-or-damaged', 'Tandem Südstadt – Frühjahr 2025'],
  ['a changed byte in the body', () => flip(good, good.length - 100), 'wrong-passphrase-or-damaged'],
  ['a changed byte in the salt', () => flip(good, 30), 'wrong-passphrase-or-damaged'],
  ['a truncated file', () => good.slice(0, good.length - 1000), 'damaged'],
  ['a file cut inside the header', () => good.slice(0, 40), 'damaged'],
  ['a changed reserved header byte', () => flip(good, 13), 'damaged'],
  ['an unknown format version', () => { const b = good.slice(); b[8] = SYNC_FORMAT_VERSION + 1; return b; }, 'unsupported-version'],
  ['an oversized file', () => { const b = new Uint8Array(64 * 1024 * 1024 + 1); b.set(good.subarray(0, 64)); return b; }, 'too-large'],
  ['a PDF', () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'not-a-package'],
  ['an empty file', () => new Uint8Array(0), 'not-a-package'],
];

describe('a bad package changes nothing', () => {
  it.each(packageCases.map(([name, make, code, passphrase]) => ({ name, make, code, passphrase })))('$name → $code', async ({ make, code, passphrase = PASSPHRASE }) => {
    const bytes = make();
    const before = await storageDigest(ben);
    const error = await ben.run(() => ben.service.openPackage(bytes, passphrase)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncPackageError);
    expect((error as SyncPackageError).code).toBe(code);
    expect(syncErrorMessage(code)).toMatch(/Es wurde nichts verändert\.$/);
    // The cheap check before the passphrase is asked agrees wherever it can tell without the key.
    if (code !== 'wrong-passphrase-or-damaged') expect(() => ben.service.checkFile(bytes)).toThrow(expect.objectContaining({ code }));
    expect(await storageDigest(ben)).toEqual(before);
    expect(ben.service.busy).toBe(false);
  });

  const appCases: Array<[string, () => Promise<Uint8Array>, SyncAppErrorCode]> = [
    ['a package that builds on changes this laptop lacks', async () => {
      // Carla never received the meeting, yet is given Anna's reply to Ben (only what Ben lacked).
      await importOn(anna, await exportCircle(ben, ids.circleId));
      return exportCircle(anna, ids.circleId);
    }, 'needs-full-package'],
    ['a package whose meeting is really a circle', () => sealed((circle) => [
      { id: circle.id, kind: 'circle', doc: circle.doc },
      { id: 'meeting-1', kind: 'meeting', doc: circle.doc },
    ]), 'wrong-content'],
    ['a package with two circles', () => sealed((circle) => [
      { id: circle.id, kind: 'circle', doc: circle.doc },
      { id: 'circle-2', kind: 'circle', doc: circle.doc },
    ]), 'wrong-content'],
    ['a package with a meeting of another circle', () => sealed((circle) => {
      const meeting = createDoc();
      createMeeting(meeting, { circleId: 'elsewhere' as never, methodName: DEFAULT_METHOD_NAME, phases: [], fields: { title: 'x', date: '', startTime: '', endTime: '', place: '', topic: '' } }, { id: 'meeting-2' as never });
      return [{ id: circle.id, kind: 'circle', doc: circle.doc }, { id: 'meeting-2', kind: 'meeting', doc: meeting }];
    }), 'wrong-content'],
  ];

  it.each(appCases.map(([name, make, code]) => ({ name, make, code })))('$name → $code', async ({ make, code }) => {
    const carla = code === 'needs-full-package' ? await Laptop.create('carla', 'Carla Neu', 'physician') : ben;
    if (carla !== ben) await importOn(carla, await circleOnly());
    const bytes = await make();
    const before = await storageDigest(carla);
    const error = await carla.run(() => carla.service.openPackage(bytes, PASSPHRASE)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncAppError);
    expect((error as SyncAppError).code).toBe(code);
    expect(await storageDigest(carla)).toEqual(before);
  });
});

/** A package of Anna's circle doc alone, whole (so Carla knows the circle but not the meeting). */
async function circleOnly(): Promise<Uint8Array> {
  return anna.run(async () => {
    const handle = await anna.repository.openDoc('circle', ids.circleId);
    try {
      return await encodeSyncPackage({
        formatVersion: SYNC_FORMAT_VERSION, createdAt: new Date().toISOString(),
        sender: { deviceId: 'anna-laptop', name: 'Dr. Anna Beispiel', role: 'physician' },
        docs: [{ id: ids.circleId, kind: 'circle', update: Y.encodeStateAsUpdateV2(handle.doc), stateVector: Y.encodeStateVector(handle.doc) }],
      }, PASSPHRASE, { kdf: TEST_KDF });
    } finally {
      await anna.repository.closeDoc(handle);
    }
  });
}

/** A package that decodes (right passphrase, valid updates) but whose docs are not what they claim. */
async function sealed(docs: (circle: { id: string; doc: Y.Doc }) => Array<{ id: string; kind: 'circle' | 'meeting'; doc: Y.Doc }>): Promise<Uint8Array> {
  return anna.run(async () => {
    const handle = await anna.repository.openDoc('circle', ids.circleId);
    try {
      return await encodeSyncPackage({
        formatVersion: SYNC_FORMAT_VERSION, createdAt: new Date().toISOString(),
        sender: { deviceId: 'anna-laptop', name: 'Dr. Anna Beispiel', role: 'physician' },
        docs: docs({ id: ids.circleId, doc: handle.doc }).map((d) => ({ id: d.id, kind: d.kind, update: Y.encodeStateAsUpdateV2(d.doc), stateVector: Y.encodeStateVector(d.doc) })),
      }, PASSPHRASE, { kdf: TEST_KDF });
    } finally {
      await anna.repository.closeDoc(handle);
    }
  });
}
