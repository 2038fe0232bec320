/**
 * The open count the Tandem-Paket dialog warns with: real Repository, real Dexie and y-indexeddb on
 * fake-indexeddb, docs written, closed and read back the way the dialog reads them.
 */
import { describe, expect, it } from 'vitest';
import {
  addCase, addFollowUp, addItem, addListWord, circleSnapshot, dismissFinding, followUpNote, meetingSnapshot,
  type CaseId, type MeetingId, type TemplateId,
} from '../../../shared/doc';
import { Repository } from '../../../renderer/data/repository';
import { openFindingsCount } from '../../../renderer/features/anonymize/OpenFindingsWarning';
import { paragraph, writeNote } from './helpers';

const fields = (title: string, date: string) => ({ title, date, startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: '' });

async function circleWithTwoMeetings() {
  const repo = new Repository(`tandem-test-${crypto.randomUUID()}`);
  const circleId = await repo.createCircle({ name: 'IQZ Süd', region: 'Karlsruhe' });
  const circle = await repo.openDoc('circle', circleId);
  const templateId = circleSnapshot(circle.doc).templates[0]!.id as TemplateId;
  await repo.closeDoc(circle);
  const spring = await repo.createMeeting(circleId, templateId, fields('Frühjahr', '2026-03-04'));
  const autumn = await repo.createMeeting(circleId, templateId, fields('Herbst', '2026-09-16'));
  return { repo, circleId, spring, autumn };
}

describe('the open findings of a Tandem-Paket', () => {
  it('are counted per meeting or for the whole circle, a shared follow-up once, dismissed ones not', async () => {
    const { repo, circleId, spring, autumn } = await circleWithTwoMeetings();
    const a = await repo.openDoc('meeting', spring);
    const caseA: CaseId = addCase(a.doc, 'Säugling, Schreiphasen');
    addItem(a.doc, caseA, 'resource', 'Oma Helga hilft');
    addItem(a.doc, caseA, 'stressor', 'Gerichtstermin am 11.03.2026');
    const b = await repo.openDoc('meeting', autumn);
    const caseB = addCase(b.doc, 'Zwillinge');
    addItem(b.doc, caseB, 'idea', 'Elterncafé im Mühlenviertel');
    const circle = await repo.openDoc('circle', circleId);
    addListWord(circle.doc, 'stopList', 'Mühlenviertel');
    // A follow-up of the spring case on the autumn agenda: in both meetings' protocols.
    const followUp = addFollowUp(circle.doc, {
      meetingId: autumn as MeetingId, sourceMeetingId: spring as MeetingId, sourceCaseId: caseA, caseTitle: 'Säugling, Schreiphasen',
      sourceMeetingTitle: meetingSnapshot(a.doc).title, sourceMeetingDate: meetingSnapshot(a.doc).date,
    });
    writeNote(followUpNote(circle.doc, followUp)!, paragraph('Die Familie ist nach Karlsruhe gezogen.'));
    dismissFinding(a.doc, { kind: 'date', text: '11.03.2026' }, 'Jana');
    await Promise.all([repo.closeDoc(a), repo.closeDoc(b), repo.closeDoc(circle)]);

    expect(await openFindingsCount(repo, { circleId, meetingId: spring })).toBe(2); // Helga, Karlsruhe
    expect(await openFindingsCount(repo, { circleId, meetingId: autumn })).toBe(2); // Mühlenviertel, Karlsruhe
    expect(await openFindingsCount(repo, { circleId })).toBe(3);
  });
});
