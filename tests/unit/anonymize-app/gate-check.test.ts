/** The meeting-wide check behind the export gate and the case panel (the real detector, real docs). */
import { describe, expect, it } from 'vitest';
import {
  addCase, addFollowUp, addItem, addListWord, addStrategy, dismissFinding, followUpNote, meetingCheckTexts, meetingSnapshot, phaseNotes,
  replaceFinding, setCaseQuestion, setMeetingFields, type CaseId,
} from '../../../shared/doc';
import { findingsOf, meetingFindings } from '../../../renderer/features/anonymize/check';
import { makeMeeting } from '../../factories/docs';
import { paragraph, writeNote } from './helpers';

function realisticMeeting() {
  const meeting = makeMeeting({ title: 'Herbstsitzung', topic: 'Erschöpfte Eltern', place: 'Familienzentrum Oststadt, Kaiserstraße 5' });
  const caseId: CaseId = addCase(meeting.doc, 'Säugling mit Schreiphasen');
  const phases = meetingSnapshot(meeting.doc).phases;
  writeNote(phaseNotes(meeting.doc, caseId, phases[1]!.id)!,
    paragraph('Die Mutter, Melanie Wagner, ist seit der Geburt erschöpft.'),
    paragraph('Die Hebamme kommt wöchentlich, das Jugendamt ist informiert.'));
  writeNote(phaseNotes(meeting.doc, caseId, phases[3]!.id)!, paragraph('Hypothese: Schlafmangel der Eltern.'));
  setCaseQuestion(meeting.doc, caseId, 'Wie kann die Familie entlastet werden?');
  addItem(meeting.doc, caseId, 'resource', 'Die Nachbarin hilft beim Einkaufen');
  addItem(meeting.doc, caseId, 'stressor', 'Termin beim Familiengericht am 11.03.2026');
  addStrategy(meeting.doc, caseId, { measure: 'Anbindung an die Kita Pusteblume prüfen' });
  return { ...meeting, caseId, phases };
}

const summary = (findings: ReturnType<typeof meetingFindings>) => findings.map((f) => `${f.source.ref.type}:${f.kind}:${f.text}`);

describe('the open findings of a meeting', () => {
  it('come from every text an export carries, in reading order', () => {
    const { doc, circle } = realisticMeeting();
    expect(summary(meetingFindings(doc, circle.doc))).toEqual([
      'notes:name:Melanie Wagner',
      'item:date:11.03.2026',
      'strategy:institution:Kita Pusteblume',
    ]);
  });

  it('include a strategy\'s responsible profession, which the protocol prints', () => {
    const { doc, circle, caseId } = realisticMeeting();
    addStrategy(doc, caseId, { measure: 'Vorsorge U6 vereinbaren', responsibleProfession: 'Kinderärztin Dr. Weber' });
    addStrategy(doc, caseId, { measure: 'Hausbesuch', responsibleProfession: 'Familienhebamme' });
    expect(summary(meetingFindings(doc, circle.doc)).filter((f) => f.startsWith('strategyProfession'))).toEqual(['strategyProfession:name:Weber']);
  });

  it('leave out what is no family\'s identifier: the meeting\'s place, generic roles and institutions', () => {
    const { doc, circle } = realisticMeeting();
    const texts = meetingCheckTexts(doc, circle.doc);
    expect(texts.some((x) => x.blocks.some((b) => b.includes('Kaiserstraße')))).toBe(false);
    expect(summary(meetingFindings(doc, circle.doc)).join(' ')).not.toMatch(/Hebamme|Jugendamt|Nachbarin/);
  });

  it('include the meeting title, a case title and follow-up notes about the meeting\'s cases', () => {
    const { doc, circle, caseId } = realisticMeeting();
    setMeetingFields(doc, { title: 'Sitzung zu Familie Yılmaz' });
    addCase(doc, 'Frau Schneider und ihr Sohn');
    const meeting = meetingSnapshot(doc);
    const followUp = addFollowUp(circle.doc, {
      meetingId: 'later' as never, sourceMeetingId: meeting.id, sourceCaseId: caseId, caseTitle: 'Säugling mit Schreiphasen',
      sourceMeetingTitle: meeting.title, sourceMeetingDate: meeting.date,
    });
    writeNote(followUpNote(circle.doc, followUp)!, paragraph('Die Familie ist nach Karlsruhe gezogen.'));
    const found = summary(meetingFindings(doc, circle.doc));
    expect(found).toContain('meeting:name:Yılmaz');
    expect(found).toContain('caseTitle:name:Schneider');
    expect(found).toContain('followUp:place:Karlsruhe');
    // Without the circle doc (not on this device) the meeting's own texts are still checked.
    expect(summary(meetingFindings(doc))).not.toContain('followUp:place:Karlsruhe');
  });

  it('are closed by replacing or dismissing each, and open again when a dismissal is taken back', () => {
    const { doc, circle } = realisticMeeting();
    const [name, date, institution] = meetingFindings(doc, circle.doc);
    expect(replaceFinding({ meeting: doc, circle: circle.doc }, name!.source.ref, name!, 'die Mutter')).toBe(true);
    expect(replaceFinding({ meeting: doc, circle: circle.doc }, institution!.source.ref, institution!, 'eine Kita')).toBe(true);
    dismissFinding(doc, date!, 'Tom Berger');
    expect(meetingFindings(doc, circle.doc)).toEqual([]);
  });

  it('follow the circle\'s stop list and allow list', () => {
    const { doc, circle, caseId } = realisticMeeting();
    addItem(doc, caseId, 'idea', 'Elterncafé im Mühlenviertel');
    expect(summary(meetingFindings(doc, circle.doc))).not.toContain('item:stopList:Mühlenviertel');
    addListWord(circle.doc, 'stopList', 'Mühlenviertel');
    addListWord(circle.doc, 'allowList', 'Kita Pusteblume');
    const found = summary(meetingFindings(doc, circle.doc));
    expect(found).toContain('item:stopList:Mühlenviertel');
    expect(found.join(' ')).not.toContain('Pusteblume');
  });

  it('address repeated names by occurrence, so each replace hits its own', () => {
    const { doc, circle, caseId, phases } = realisticMeeting();
    writeNote(phaseNotes(doc, caseId, phases[4]!.id)!, paragraph('Ressource: Melanie Wagner hat eine Schwester.'), paragraph('Melanie Wagner arbeitet halbtags.'));
    const wagner = meetingFindings(doc, circle.doc).filter((f) => f.text === 'Melanie Wagner');
    expect(wagner.map((f) => [f.source.ref.type, f.block, f.occurrence])).toEqual([['notes', 0, 0], ['notes', 0, 0], ['notes', 1, 1]]);
    const last = wagner[2]!;
    expect(replaceFinding({ meeting: doc }, last.source.ref, last, '[Name]')).toBe(true);
    const again = findingsOf(meetingCheckTexts(doc, circle.doc), { stopList: [], allowList: [] }).filter((f) => f.text === 'Melanie Wagner');
    expect(again.map((f) => [f.block, f.occurrence])).toEqual([[0, 0], [0, 0]]);
    expect(again[1]!.source.blocks).toEqual(['Ressource: Melanie Wagner hat eine Schwester.', '[Name] arbeitet halbtags.']);
  });

  it('carry a bit of context for the list', () => {
    const { doc, circle } = realisticMeeting();
    const [name] = meetingFindings(doc, circle.doc);
    expect(name).toMatchObject({ before: 'Die Mutter, ', after: ', ist seit der Geburt erschöpft.' });
  });
});
