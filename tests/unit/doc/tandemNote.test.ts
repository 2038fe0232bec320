/**
 * Two kinds of notes: the tandem note of a phase is never printed or exported, travels in the
 * Tandem-Paket, merges when both laptops write into it, is checked by the anonymization check, and
 * leaves with the case when the case is deleted for good.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, caseCheckTexts, deleteCaseForGood, encodePurgedState, fragmentText, meetingCheckTexts, meetingSnapshot, removeCase,
  replaceFinding, tandemNote, tandemNoteName,
} from '../../../shared/doc';
import { exportMeeting } from '../../../shared/doc/export';
import { deleteCaseContent } from '../../../shared/doc/retention';
import { renderProtocolMarkdown } from '../../../shared/protocol';
import { cloneDoc, exchange, makeMeeting, typeParagraph } from '../../factories/docs';

function typeTandem(doc: Y.Doc, fragment: Y.XmlFragment, text: string): void {
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  }, 'tandem:local');
}

function meetingWithBothNotes() {
  const { doc, circle } = makeMeeting();
  const caseId = addCase(doc, 'Säugling, Schreiphasen');
  const phaseId = meetingSnapshot(doc).phases[1]!.id;
  typeParagraph(doc, caseId, phaseId, 'Mutter erschöpft, Kinderarzt eingebunden.');
  typeTandem(doc, tandemNote(doc, caseId, phaseId), 'Hebamme wirkt selbst belastet – nachher ansprechen.');
  return { doc, circle, caseId, phaseId };
}

describe('tandem note („Nur für das Tandem“)', () => {
  it('is in neither the JSON export nor the protocol, while the protocol note is', () => {
    const { doc, circle } = meetingWithBothNotes();
    const exported = exportMeeting(doc, circle.doc);
    const json = JSON.stringify(exported);
    expect(json).toContain('Mutter erschöpft');
    expect(json).not.toContain('Hebamme wirkt selbst belastet');
    const markdown = renderProtocolMarkdown(exported);
    expect(markdown).toContain('Mutter erschöpft');
    expect(markdown).not.toContain('Hebamme wirkt selbst belastet');
  });

  it('travels in the package and merges when both laptops write into it at once', () => {
    const { doc: a, caseId, phaseId } = meetingWithBothNotes();
    const b = cloneDoc(a);
    expect(fragmentText(tandemNote(b, caseId, phaseId))).toBe('Hebamme wirkt selbst belastet – nachher ansprechen.');
    // A case created after the split, with tandem notes first created on both laptops concurrently.
    const later = addCase(a, 'Kleinkind, Trennung');
    exchange(a, b);
    typeTandem(a, tandemNote(a, later, phaseId), 'Anna: Vater fragen.');
    typeTandem(b, tandemNote(b, later, phaseId), 'Ben: Jugendamt bekannt.');
    exchange(a, b);
    expect(fragmentText(tandemNote(a, later, phaseId)).split('\n').sort()).toEqual(['Anna: Vater fragen.', 'Ben: Jugendamt bekannt.']);
    expect(fragmentText(tandemNote(b, later, phaseId))).toBe(fragmentText(tandemNote(a, later, phaseId)));
  });

  it('is checked by the case panel (not by the export gate) and can be redacted', () => {
    const { doc, caseId, phaseId } = meetingWithBothNotes();
    typeTandem(doc, tandemNote(doc, caseId, phaseId), 'Frau Yilmaz anrufen.');
    const texts = caseCheckTexts(doc, caseId);
    const own = texts.find((text) => text.ref.type === 'tandemNote');
    expect(own?.blocks).toEqual(['Hebamme wirkt selbst belastet – nachher ansprechen.', 'Frau Yilmaz anrufen.']);
    expect(meetingCheckTexts(doc).some((text) => text.ref.type === 'tandemNote')).toBe(false);
    expect(replaceFinding({ meeting: doc }, own!.ref, { text: 'Yilmaz', occurrence: 0 }, '[Name]')).toBe(true);
    expect(fragmentText(tandemNote(doc, caseId, phaseId))).toContain('Frau [Name] anrufen.');
    expect(Buffer.from(encodePurgedState(doc)).includes(Buffer.from('Yilmaz'))).toBe(false);
  });

  it('is emptied when its case is deleted for good', () => {
    const { doc, caseId, phaseId } = meetingWithBothNotes();
    removeCase(doc, caseId);
    deleteCaseForGood(doc, caseId);
    expect(doc.share.has(tandemNoteName(caseId, phaseId))).toBe(true);
    expect(fragmentText(tandemNote(doc, caseId, phaseId))).toBe('');
    expect(Buffer.from(encodePurgedState(doc)).includes(Buffer.from('Hebamme wirkt'))).toBe(false);
  });

  it('is deleted by the retention rule with the rest of the case content', () => {
    const { doc, circle, caseId, phaseId } = meetingWithBothNotes();
    deleteCaseContent(doc, circle.doc, new Date('2027-12-01T10:00:00Z'));
    expect(fragmentText(tandemNote(doc, caseId, phaseId))).toBe('');
    expect(Buffer.from(encodePurgedState(doc)).includes(Buffer.from('Hebamme wirkt'))).toBe(false);
  });
});
