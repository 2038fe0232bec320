import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, meetingSnapshot, phaseNotesText, renameCase, setMeetingFields } from '../../../shared/doc';
import { cloneDoc, exchange, insertIntoFirstParagraph, makeMeeting, typeParagraph } from '../../factories/docs';

/** Two laptops: A creates the meeting, B receives it, then both edit offline and exchange updates. */
function twoLaptops() {
  const a = makeMeeting();
  const caseId = addCase(a.doc, 'Fall A');
  const phaseId = meetingSnapshot(a.doc).phases[1]!.id;
  typeParagraph(a.doc, caseId, phaseId, 'Die Mutter berichtet.');
  const b = cloneDoc(a.doc);
  return { a: a.doc, b, caseId, phaseId };
}

describe('two moderators editing offline', () => {
  it('keep both texts when they type into the same paragraph at the same place', () => {
    const { a, b, caseId, phaseId } = twoLaptops();
    insertIntoFirstParagraph(a, caseId, phaseId, 10, ' (Ärztin)');
    insertIntoFirstParagraph(b, caseId, phaseId, 10, ' (Jugendamt)');
    exchange(a, b);
    const text = phaseNotesText(a, caseId, phaseId);
    expect(text).toBe(phaseNotesText(b, caseId, phaseId));
    expect(text).toContain(' (Ärztin)');
    expect(text).toContain(' (Jugendamt)');
    expect(text.startsWith('Die Mutter')).toBe(true);
  });

  it('keep both new paragraphs in the same phase note', () => {
    const { a, b, caseId, phaseId } = twoLaptops();
    typeParagraph(a, caseId, phaseId, 'Hebamme kommt wöchentlich.');
    typeParagraph(b, caseId, phaseId, 'Kinderärztin sieht Gedeihstörung.');
    exchange(a, b);
    const text = phaseNotesText(b, caseId, phaseId);
    expect(text).toContain('Hebamme kommt wöchentlich.');
    expect(text).toContain('Kinderärztin sieht Gedeihstörung.');
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
  });

  it('keep a case added on each side, with the notes written into both', () => {
    const { a, b } = twoLaptops();
    const caseA = addCase(a, 'Fall von A');
    const caseB = addCase(b, 'Fall von B');
    const phaseId = meetingSnapshot(a).phases[4]!.id;
    typeParagraph(a, caseA, phaseId, 'Ressource: Großmutter.');
    typeParagraph(b, caseB, phaseId, 'Belastung: Schulden.');
    exchange(a, b);
    const titles = meetingSnapshot(a).cases.map((c) => c.title);
    expect(titles).toHaveLength(3);
    expect(titles).toEqual(expect.arrayContaining(['Fall A', 'Fall von A', 'Fall von B']));
    expect(meetingSnapshot(b)).toEqual(meetingSnapshot(a));
    expect(phaseNotesText(b, caseA, phaseId)).toBe('Ressource: Großmutter.');
    expect(phaseNotesText(a, caseB, phaseId)).toBe('Belastung: Schulden.');
  });

  it('resolve the same scalar field to one value on both sides (last writer wins)', () => {
    const { a, b, caseId } = twoLaptops();
    setMeetingFields(a, { place: 'Rathaus' });
    setMeetingFields(b, { place: 'Familienzentrum' });
    renameCase(a, caseId, 'Fall A (Säugling)');
    exchange(a, b);
    expect(meetingSnapshot(a)).toEqual(meetingSnapshot(b));
    expect(['Rathaus', 'Familienzentrum']).toContain(meetingSnapshot(a).place);
    expect(meetingSnapshot(b).cases[0]!.title).toBe('Fall A (Säugling)');
  });

  it('converge whatever order updates arrive in, and applying one twice changes nothing', () => {
    const { a, b, caseId, phaseId } = twoLaptops();
    const updatesFromA: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updatesFromA.push(u));
    typeParagraph(a, caseId, phaseId, 'eins');
    typeParagraph(a, caseId, phaseId, 'zwei');
    insertIntoFirstParagraph(a, caseId, phaseId, 0, '» ');
    for (const update of [...updatesFromA].reverse()) Y.applyUpdate(b, update);
    Y.applyUpdate(b, updatesFromA[0]!);
    expect(phaseNotesText(b, caseId, phaseId)).toBe(phaseNotesText(a, caseId, phaseId));
    expect(phaseNotesText(b, caseId, phaseId)).toBe('» Die Mutter berichtet.\neins\nzwei');
  });
});
