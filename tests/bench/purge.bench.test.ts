/**
 * Purge benchmarks (issue 16): what DocPersistence does when it rewrites a store (after a
 * replacement, after deletions once typing pauses, at compaction, on flush and close) is
 * `encodePurgedState(doc)` of the open doc. Measured on a 3-hour meeting: 40,000 edits by one moderator
 * in the way sync.bench.test.ts types them (a character per transaction into the phase notes of three
 * cases, about 5 % backspaces, new paragraphs, items, a field now and then).
 *
 * - purge: the doc as it is open in live mode, with its undo history (createUndoManager, the live
 *   mode's; the notes editor's own undo history does the same): every item deleted while it was attached
 *   keeps its content in memory, so encodePurgedState takes its swap path (the content of those items
 *   set aside for the encode). Anchor: Y.encodeStateAsUpdateV2 of the same doc, in the same run.
 *   Target: ratio ≤ 3. For comparison it also prints what the earlier round trip through a fresh gc
 *   doc cost (5.7–12× the anchor when it was the app's path).
 * - purge-plain: the same edits without an undo history (deleted content already dropped by gc):
 *   the fast path (a scan of the delete set, then Y.encodeStateAsUpdate). Same anchor on that doc.
 *
 * Runs alternate with the anchor; each sample times enough repetitions to last ≥ 20 ms; median.
 */
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, createUndoManager, encodePurgedState } from '../../shared/doc';
import { makeMeeting } from '../factories/docs';
import { alternate, median, recordResult, round } from './record';
import { typeThreeHours } from './threeHours';

const EDITS = 40_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SAMPLE_MS = 20;

/** A 3-hour meeting of one moderator (typeThreeHours), optionally with the live undo history attached while typed. */
function threeHourMeeting({ undo }: { undo: boolean }): { doc: Y.Doc; manager: Y.UndoManager | undefined } {
  const { doc } = makeMeeting();
  for (const title of ['Säugling, Schreiphasen', 'Kleinkind, Trennung', 'Geschwister, Schulangst']) addCase(doc, title);
  const manager = undo ? createUndoManager(doc) : undefined;
  typeThreeHours(doc, { edits: EDITS });
  return { doc, manager };
}

/** Milliseconds per call of `fn`, over `reps` calls. */
function timed(fn: () => unknown, reps: number): number {
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - start) / reps;
}

/** The median time of one call, over nine. */
function perCall(fn: () => unknown): number {
  return median(Array.from({ length: 9 }, () => timed(fn, 1)));
}

async function purgeAgainstEncode(metric: string, doc: Y.Doc, what: string): Promise<void> {
  const purge = () => encodePurgedState(doc);
  const encode = () => Y.encodeStateAsUpdateV2(doc);
  // The purged state is the same doc (every id and the state vector kept), without deleted content.
  const purged = purge();
  expect(Y.encodeStateVectorFromUpdate(purged)).toEqual(Y.encodeStateVector(doc));
  for (let i = 0; i < 3; i++) { purge(); encode(); } // warm-up (JIT)
  // The same number of calls per sample for both, so that the quicker lasts about SAMPLE_MS.
  const reps = Math.max(1, Math.ceil(SAMPLE_MS / Math.max(0.01, Math.min(perCall(purge), perCall(encode)))));
  const { values, anchors } = await alternate(RUNS, async () => timed(purge, reps), async () => timed(encode, reps));
  const value = median(values);
  const anchorValue = median(anchors);
  const ratio = value / anchorValue;
  console.log(`[bench] ${metric}: ${what}; full state ${Y.encodeStateAsUpdateV2(doc).length} bytes (V2), purged ${purged.length} bytes (V1); ${reps} calls per sample; per run ${values.map((v) => round(v, 1)).join(' ')} | anchor ${anchors.map((v) => round(v, 1)).join(' ')}`);
  const ok = ratio <= 3;
  recordResult({
    metric, value: round(value), unit: 'ms', anchor: 'Y.encodeStateAsUpdateV2 of the same doc', anchorValue: round(anchorValue),
    ratio: round(ratio), target: 'ratio ≤ 3 (median of alternating runs)', ok,
  });
  expect(ok).toBe(true);
}

it('purge: encodePurgedState of a 3-hour meeting open with its undo history costs ≤ 3 × Y.encodeStateAsUpdateV2', async () => {
  const { doc, manager } = threeHourMeeting({ undo: true });
  expect(manager!.canUndo()).toBe(true);
  // For comparison: the round trip through a fresh gc doc (the app's path before the swap), in parts.
  const v2 = Y.encodeStateAsUpdateV2(doc);
  const apply = () => {
    const scratch = new Y.Doc({ gc: true });
    Y.applyUpdateV2(scratch, v2);
    return scratch;
  };
  const scratch = apply();
  for (let i = 0; i < 5; i++) { Y.encodeStateAsUpdateV2(doc); apply().destroy(); Y.encodeStateAsUpdate(scratch); } // warm-up
  console.log(`[bench] purge, round trip (not the app's path): encode V2 ${round(perCall(() => Y.encodeStateAsUpdateV2(doc)))} ms, apply to a gc doc ${round(perCall(() => apply().destroy()))} ms, encode V1 ${round(perCall(() => Y.encodeStateAsUpdate(scratch)))} ms (median of 9 calls)`);
  scratch.destroy();
  try {
    await purgeAgainstEncode('purge', doc, `${EDITS} edits, deleted text kept by the undo history`);
  } finally {
    manager!.destroy();
    doc.destroy();
  }
}, 600_000);

it('purge-plain: encodePurgedState of the same meeting without an undo history (fast path) costs ≤ 3 × Y.encodeStateAsUpdateV2', async () => {
  const { doc } = threeHourMeeting({ undo: false });
  try {
    await purgeAgainstEncode('purge-plain', doc, `${EDITS} edits, no undo history`);
  } finally {
    doc.destroy();
  }
}, 600_000);
