/**
 * Which phases' protocol notes („Für das Protokoll“) stay out of the protocol of a meeting
 * („Protokollnotizen dieser Phasen weglassen“). A setting of the meeting, in its doc, so both
 * moderators print the same protocol and it outlives a reload.
 *
 * Layout: one scalar per opted-out phase in the meeting's meta, `protocolExcluded:<PhaseId>` = true;
 * taking the phase back in deletes the key. Not one list: a list is last-writer-wins as a whole, so two
 * laptops that each opted out another phase would keep only one of them after a Tandem-Paket, and
 * the other phase's notes would be printed. Per key, both opt-outs survive, and an opt-out made
 * while the other laptop took the same phase back in wins (Yjs keeps a concurrent set over a delete).
 * Meetings written before this setting have no such key: every protocol note is printed, as before.
 */
import type * as Y from 'yjs';
import type { PhaseId } from './ids';
import { ORIGIN, metaOf, type Origin } from './schema';

export const PROTOCOL_EXCLUDED_PREFIX = 'protocolExcluded:';

const keyOf = (phaseId: PhaseId) => `${PROTOCOL_EXCLUDED_PREFIX}${phaseId}`;

/** Opts a phase's protocol notes out of the protocol (true) or back in (false). Unchanged: nothing written. */
export function setPhaseExcludedFromProtocol(doc: Y.Doc, phaseId: PhaseId, excluded: boolean, origin: Origin = ORIGIN.local): void {
  const meta = metaOf(doc);
  const key = keyOf(phaseId);
  if ((meta.get(key) === true) === excluded) return;
  doc.transact(() => (excluded ? meta.set(key, true) : meta.delete(key)), origin);
}

/** The phases whose protocol notes stay out, in the meeting's phase order (phases no longer in the meeting left out). */
export function protocolExcludedPhases(doc: Y.Doc): PhaseId[] {
  const meta = metaOf(doc);
  const excluded = new Set<PhaseId>();
  for (const id of doc.getArray<unknown>('phaseOrder').toArray()) {
    if (typeof id === 'string' && meta.get(keyOf(id as PhaseId)) === true) excluded.add(id as PhaseId);
  }
  return [...excluded];
}
