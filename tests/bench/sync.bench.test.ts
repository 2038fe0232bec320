/**
 * Tandem-Paket benchmarks (issue 4), in Node on fake-indexeddb through the real import service:
 *
 * - import-merge: Anna's package carrying a 3-hour meeting (≈40,000 edits: typing one character per
 *   transaction into phase notes, backspaces, items, field changes) is imported into Ben's laptop,
 *   which holds his own 3-hour edits of the same meeting and has it open (as in the meeting view).
 *   Measured: SyncService.applyPackage — backup of every affected doc (full state into Dexie), the
 *   merge (one Y.applyUpdateV2 per doc, with the app's listeners: persistence, window channel,
 *   authorship, index), storing it (flush), indexing and the log entry; plus reading the file
 *   without its key derivation: decryption, decompression and validation (decodeSyncPackage, timed
 *   from the end of the key derivation). Not measured: the key derivation and the preview's trial
 *   merge on copies in the worker, which run before, while the user reads the preview. Anchor: a raw Y.applyUpdateV2 of the same update into a plain doc holding Ben's state,
 *   in the same run. Target: value ≤ 1.2 × anchor + 50 ms. Runs alternate; undoImport resets Ben's
 *   laptop between runs.
 * - package-size: the package file Anna's laptop writes when it knows Ben's state vector, against
 *   the gzip size (level 9) of the minimal Yjs diff, Y.encodeStateAsUpdateV2(doc, Ben's state vector),
 *   of each doc. Target ≤ 1.1×.
 * - kdf-time: one Argon2id derivation with DEFAULT_KDF (median of 3). Target 0.3–2 s.
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, createDoc, meetingSnapshot, trackAuthorship, type Author } from '../../shared/doc';
import { DEFAULT_KDF, TEST_KDF, decodeSyncPackage, measureKdf } from '../../shared/sync';
import type { OpenedPackage } from '../../renderer/data/syncTypes';
import type { DocHandle } from '../../renderer/data/docStore';
import { createCircleWithMeeting } from '../unit/sync-app/helpers';
import { Laptop, PASSPHRASE } from '../unit/sync-app/laptop';
import { alternate, median, recordResult, round } from './record';
import { typeThreeHours } from './threeHours';

const EDITS = 40_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

let anna: Laptop;
let ben: Laptop;
let ids: { circleId: string; meetingId: string };
let benState: Uint8Array;
let opened: OpenedPackage;
let packageBytes: Uint8Array;
let minimalDiffs: Uint8Array[];

/** 3 hours of one moderator (typeThreeHours), with their authorship recorded. */
function threeHours(doc: Y.Doc, author: Author, seed: number): void {
  const tracker = trackAuthorship(doc, () => author);
  typeThreeHours(doc, { seed, label: author.name, edits: EDITS });
  tracker.flush();
  tracker.dispose();
}

/** Stores a doc's whole state into a laptop's store, as if it had been typed there. */
async function store(laptop: Laptop, kind: 'circle' | 'meeting', id: string, state: Uint8Array): Promise<void> {
  await laptop.run(async () => {
    const handle = await laptop.repository.openDoc(kind, id);
    Y.applyUpdate(handle.doc, state);
    await laptop.repository.closeDoc(handle);
    await laptop.repository.flush();
  });
}

beforeAll(async () => {
  anna = await Laptop.create('anna', 'Dr. Anna Beispiel', 'physician');
  ben = await Laptop.create('ben', 'Ben Vogel', 'youthWelfare');
  ids = await createCircleWithMeeting(anna);
  const base = await anna.run(async () => {
    const handle = await anna.repository.openDoc('meeting', ids.meetingId);
    for (const title of ['Säugling, Schreiphasen', 'Kleinkind, Trennung', 'Geschwister, Schulangst']) addCase(handle.doc, title);
    const state = Y.encodeStateAsUpdate(handle.doc);
    await anna.repository.closeDoc(handle);
    return state;
  });
  const circle = await anna.run(async () => {
    const handle = await anna.repository.openDoc('circle', ids.circleId);
    const state = Y.encodeStateAsUpdate(handle.doc);
    await anna.repository.closeDoc(handle);
    return state;
  });
  const annaDoc = createDoc();
  Y.applyUpdate(annaDoc, base);
  const benDoc = createDoc();
  Y.applyUpdate(benDoc, base);
  threeHours(annaDoc, { deviceId: 'anna-laptop', name: 'Dr. Anna Beispiel', role: 'physician' }, 1);
  threeHours(benDoc, { deviceId: 'ben-laptop', name: 'Ben Vogel', role: 'youthWelfare' }, 2);
  await store(anna, 'meeting', ids.meetingId, Y.encodeStateAsUpdate(annaDoc));
  await store(ben, 'circle', ids.circleId, circle);
  await store(ben, 'meeting', ids.meetingId, Y.encodeStateAsUpdate(benDoc));
  benState = Y.encodeStateAsUpdateV2(benDoc);

  // Anna knows Ben's state vectors (from his last package), so her package holds only what he lacks.
  const circleDoc = createDoc();
  Y.applyUpdate(circleDoc, circle);
  const received = new Date().toISOString();
  await anna.run(() => anna.repository.db.peerStates.bulkPut([
    { docId: ids.meetingId, deviceId: 'ben-laptop', name: 'Ben Vogel', role: 'youthWelfare', stateVector: Y.encodeStateVector(benDoc), packageCreatedAt: received, receivedAt: received },
    { docId: ids.circleId, deviceId: 'ben-laptop', name: 'Ben Vogel', role: 'youthWelfare', stateVector: Y.encodeStateVector(circleDoc), packageCreatedAt: received, receivedAt: received },
  ]));
  minimalDiffs = [Y.encodeStateAsUpdateV2(circleDoc, Y.encodeStateVector(circleDoc)), Y.encodeStateAsUpdateV2(annaDoc, Y.encodeStateVector(benDoc))];
  packageBytes = await anna.run(async () => (await anna.service.createPackage({ circleId: ids.circleId, meetingId: ids.meetingId }, PASSPHRASE)).bytes);
  opened = await ben.run(() => ben.service.openPackage(packageBytes, PASSPHRASE));
  const meetingPreview = opened.preview.docs.find((d) => d.id === ids.meetingId)!;
  console.log(`[bench] package: ${packageBytes.length} bytes; Anna's edits new to Ben: ${meetingPreview.inserted} inserted, ${meetingPreview.deleted} deleted`);
}, 600_000);

it('import-merge: importing a 3-hour meeting into the other 3-hour side costs ≤ 1.2 × a raw Y.applyUpdate + 50 ms', async () => {
  const update = opened.content.docs.find((d) => d.id === ids.meetingId)!.update;
  /** Decrypting, decompressing and validating the file: from the end of the key derivation on. */
  const readWithoutKdf = async () => {
    let keyReady = 0;
    await decodeSyncPackage(packageBytes, PASSPHRASE, { minKdf: TEST_KDF, onProgress: (step, fraction) => { if (step === 'kdf' && fraction === 1) keyReady = performance.now(); } });
    return performance.now() - keyReady;
  };
  const measure = () => ben.run(async () => {
    const reading = await readWithoutKdf();
    // The meeting is open in Ben's meeting view while he imports.
    const view: DocHandle = await ben.repository.openDoc('meeting', ids.meetingId);
    await ben.repository.flush();
    const start = performance.now();
    const row = await ben.service.applyPackage(opened);
    const elapsed = performance.now() - start;
    expect(meetingSnapshot(view.doc).cases).toHaveLength(3);
    await ben.repository.closeDoc(view);
    await ben.service.undoImport(row.id); // back to Ben's own state for the next run
    return reading + elapsed;
  });
  const anchor = async () => {
    const doc = createDoc();
    Y.applyUpdateV2(doc, benState);
    const start = performance.now();
    Y.applyUpdateV2(doc, update);
    const elapsed = performance.now() - start;
    doc.destroy();
    return elapsed;
  };
  await measure(); // warm-up (JIT, Dexie tables)
  const { values, anchors } = await alternate(RUNS, measure, anchor);
  const value = median(values);
  const anchorValue = median(anchors);
  const ok = value <= 1.2 * anchorValue + 50;
  recordResult({
    metric: 'import-merge', value: round(value), unit: 'ms', anchor: 'raw Y.applyUpdateV2 of the same update', anchorValue: round(anchorValue),
    ratio: round(value / anchorValue), target: 'value ≤ 1.2 × anchor + 50 ms (decrypt, decompress, backup, store, index, log included; key derivation excluded)', ok,
  });
  expect(ok).toBe(true);
}, 600_000);

it('package-size: the package is at most 1.1 × the gzip size of the minimal Yjs diff', () => {
  const anchorValue = minimalDiffs.reduce((sum, diff) => sum + gzipSync(diff, { level: 9 }).length, 0);
  const ok = packageBytes.length <= 1.1 * anchorValue;
  recordResult({
    metric: 'package-size', value: packageBytes.length, unit: 'bytes', anchor: 'gzip -9 of Y.encodeStateAsUpdateV2(doc, receiver state vector), per doc', anchorValue,
    ratio: round(packageBytes.length / anchorValue, 3), target: 'value ≤ 1.1 × anchor', ok,
  });
  expect(ok).toBe(true);
});

it('kdf-time: one key derivation takes between 0.3 s and 2 s', async () => {
  const times = [];
  for (let i = 0; i < 3; i++) times.push(await measureKdf(DEFAULT_KDF));
  const value = median(times);
  const ok = value >= 300 && value <= 2000;
  recordResult({
    metric: 'kdf-time', value: round(value), unit: 'ms', anchor: '', anchorValue: null, ratio: null,
    target: `300 ms ≤ value ≤ 2000 ms (Argon2id ${DEFAULT_KDF.memoryKiB} KiB, t=${DEFAULT_KDF.iterations}, p=${DEFAULT_KDF.parallelism})`, ok,
  });
  expect(ok).toBe(true);
});
