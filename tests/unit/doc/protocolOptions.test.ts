/**
 * „Protokollnotizen dieser Phasen weglassen“ is the meeting's: stored in its doc, the same on both
 * laptops after a Tandem-Paket, each phase's opt-out kept when both opt out at once.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCase, createDoc, meetingSnapshot, newId, ORIGIN, type MeetingId, type PhaseId } from '../../../shared/doc';
import { exportMeeting, importMeeting, parseMeetingExport } from '../../../shared/doc/export';
import { protocolExcludedPhases, setPhaseExcludedFromProtocol } from '../../../shared/doc/protocolOptions';
import { renderProtocolMarkdown } from '../../../shared/protocol';
import { cloneDoc, exchange, makeMeeting, typeParagraph } from '../../factories/docs';

const phaseIds = (doc: Y.Doc) => meetingSnapshot(doc).phases.map((p) => p.id);

describe('the protocol opt-out of a phase', () => {
  it('is off in a meeting that never set it: every protocol note is printed', () => {
    const { doc } = makeMeeting();
    expect(protocolExcludedPhases(doc)).toEqual([]);
  });

  it('is set and taken back by one command, with the local origin, and read in phase order', () => {
    const { doc } = makeMeeting();
    const [first, second, third] = phaseIds(doc) as [PhaseId, PhaseId, PhaseId];
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    setPhaseExcludedFromProtocol(doc, third, true);
    setPhaseExcludedFromProtocol(doc, first, true);
    expect(protocolExcludedPhases(doc)).toEqual([first, third]);
    setPhaseExcludedFromProtocol(doc, first, true); // unchanged: nothing written
    setPhaseExcludedFromProtocol(doc, second, false);
    expect(origins).toEqual([ORIGIN.local, ORIGIN.local]);
    setPhaseExcludedFromProtocol(doc, third, false);
    expect(protocolExcludedPhases(doc)).toEqual([first]);
  });

  it('reaches the other laptop; two opt-outs made at once both stay, and an opt-out beats a concurrent taking back', () => {
    const { doc: a } = makeMeeting();
    const [, two, three, four] = phaseIds(a) as PhaseId[];
    setPhaseExcludedFromProtocol(a, four!, true);
    const b = cloneDoc(a);
    expect(protocolExcludedPhases(b)).toEqual([four]);
    setPhaseExcludedFromProtocol(a, two!, true);
    setPhaseExcludedFromProtocol(b, three!, true);
    setPhaseExcludedFromProtocol(b, four!, false);
    setPhaseExcludedFromProtocol(a, four!, false);
    setPhaseExcludedFromProtocol(a, four!, true);
    exchange(a, b);
    expect(protocolExcludedPhases(a)).toEqual([two, three, four]);
    expect(protocolExcludedPhases(b)).toEqual(protocolExcludedPhases(a));
  });

  it('is what the protocol leaves out', () => {
    const { doc, circle } = makeMeeting();
    const caseId = addCase(doc, 'Säugling, Schreiphasen');
    const [, presentation, questions] = phaseIds(doc) as PhaseId[];
    typeParagraph(doc, caseId, presentation!, 'Mutter erschöpft, Kinderarzt eingebunden.');
    typeParagraph(doc, caseId, questions!, 'Gibt es eine Hebamme?');
    setPhaseExcludedFromProtocol(doc, questions!, true);
    const markdown = renderProtocolMarkdown(exportMeeting(doc, circle.doc), { excludedPhaseIds: protocolExcludedPhases(doc) });
    expect(markdown).toContain('Mutter erschöpft');
    expect(markdown).not.toContain('Gibt es eine Hebamme?');
  });

  it('travels in the meeting JSON: an imported meeting keeps its opted-out phases', () => {
    const { doc, circle } = makeMeeting();
    const [, second] = phaseIds(doc);
    setPhaseExcludedFromProtocol(doc, second!, true);
    const file = JSON.stringify(exportMeeting(doc, circle.doc));
    const parsed = parseMeetingExport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const copy = createDoc();
    importMeeting(copy, parsed.value.meeting, { id: newId<MeetingId>(), circleId: circle.id });
    expect(protocolExcludedPhases(copy)).toEqual([second]);
  });
});
