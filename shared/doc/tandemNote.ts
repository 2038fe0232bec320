/**
 * The tandem note of a phase („Nur für das Tandem“): what the two moderators note for themselves. It is
 * never printed, never projected and never exported, except in the Tandem-Paket (the co-moderator
 * needs it). The phase note of the case (`notes` in case.ts) is the protocol note („Für das
 * Protokoll“): printed, and what every meeting written before this split holds.
 *
 * Layout: one TOP-LEVEL Y.XmlFragment per case and phase, named `tandemNote:<caseId>:<phaseId>`.
 * Top-level, because the cases of existing meetings have no map for it, and a nested type created
 * later at a fixed key could be created on both laptops at once, one side's text then lost; two
 * laptops that open the same top-level name share one type. Deleting the case for good (deletion.ts)
 * and the retention rule (retention.ts) empty it.
 */
import type * as Y from 'yjs';
import type { CaseId, PhaseId } from './ids';

export const TANDEM_NOTE_PREFIX = 'tandemNote:';

/** The name of a phase's tandem note in the doc. */
export const tandemNoteName = (caseId: CaseId, phaseId: PhaseId) => `${TANDEM_NOTE_PREFIX}${caseId}:${phaseId}`;

/** The tandem note of one phase of a case, bound to an editor (created on first use, see above). */
export function tandemNote(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId): Y.XmlFragment {
  return doc.getXmlFragment(tandemNoteName(caseId, phaseId));
}

/**
 * The tandem notes a doc holds for a case, without creating any: [phaseId, fragment] of every one
 * that exists (a top-level type exists once it was opened here or arrived from the other laptop).
 */
export function existingTandemNotes(doc: Y.Doc, caseId: CaseId): Array<[PhaseId, Y.XmlFragment]> {
  const prefix = `${TANDEM_NOTE_PREFIX}${caseId}:`;
  const found: Array<[PhaseId, Y.XmlFragment]> = [];
  for (const [name] of doc.share) {
    if (name.startsWith(prefix)) found.push([name.slice(prefix.length) as PhaseId, doc.getXmlFragment(name)]);
  }
  return found;
}

/** Empties every tandem note of a case (inside the caller's transaction). */
export function clearTandemNotes(doc: Y.Doc, caseId: CaseId): void {
  for (const [, fragment] of existingTandemNotes(doc, caseId)) if (fragment.length > 0) fragment.delete(0, fragment.length);
}
