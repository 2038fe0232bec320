/**
 * Open strategies across meetings come from the Dexie index, a projection of the meeting docs:
 * real Repository, real Dexie and y-indexeddb on fake-indexeddb.
 */
import { describe, expect, it } from 'vitest';
import {
  addCase, addOffer, addStrategy, circleSnapshot, deleteStrategy, removeCase, updateStrategy,
  type CircleId, type TemplateId,
} from '../../../shared/doc';
import { Repository } from '../../../renderer/data/repository';
import { circleStrategies, rebuildIndex } from '../../../renderer/data/projection';

const fields = (title: string, date: string) => ({ title, date, startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: '' });

async function circleWithMeetings() {
  const repo = new Repository(`tandem-test-${crypto.randomUUID()}`);
  const circleId = await repo.createCircle({ name: 'IQZ Süd', region: 'Karlsruhe' });
  const circle = await repo.openDoc('circle', circleId);
  const templateId = circleSnapshot(circle.doc).templates[0]!.id as TemplateId;
  const offerId = addOffer(circle.doc, { name: 'Familienhebammen-Sprechstunde', kind: 'Sprechstunde', system: 'health', description: '' });
  await repo.closeDoc(circle);
  const spring = await repo.createMeeting(circleId, templateId, fields('Frühjahr', '2026-03-04'));
  const autumn = await repo.createMeeting(circleId, templateId, fields('Herbst', '2026-09-16'));
  return { repo, circleId, spring, autumn, offerId };
}

const measures = async (repo: Repository, circleId: CircleId, includeDone = false) =>
  (await circleStrategies(repo.db, circleId, { includeDone })).map((s) => s.measure);

describe('open strategies across the circle\'s meetings', () => {
  it('lists the strategies of every meeting by due date, undated last, with meeting, case and offer', async () => {
    const { repo, circleId, spring, autumn, offerId } = await circleWithMeetings();
    const a = await repo.openDoc('meeting', spring);
    const caseA = addCase(a.doc, 'Säugling, Schreiphasen');
    addStrategy(a.doc, caseA, { measure: 'Termin Schreiambulanz', due: '2026-05-01', responsibleSystem: 'health', responsibleProfession: 'Kinderärztin', offerId });
    addStrategy(a.doc, caseA, { measure: 'Elterncafé vorstellen' });
    const b = await repo.openDoc('meeting', autumn);
    const caseB = addCase(b.doc, 'Zwillinge, Erschöpfung');
    addStrategy(b.doc, caseB, { measure: 'Hilfeplangespräch anregen', due: '2026-04-10', responsibleSystem: 'youthWelfare' });
    await repo.closeDoc(a);
    await repo.closeDoc(b);

    const list = await circleStrategies(repo.db, circleId);
    expect(list.map((s) => [s.due, s.measure, s.meetingTitle, s.caseTitle])).toEqual([
      ['2026-04-10', 'Hilfeplangespräch anregen', 'Herbst', 'Zwillinge, Erschöpfung'],
      ['2026-05-01', 'Termin Schreiambulanz', 'Frühjahr', 'Säugling, Schreiphasen'],
      ['', 'Elterncafé vorstellen', 'Frühjahr', 'Säugling, Schreiphasen'],
    ]);
    expect(list[1]).toMatchObject({ meetingId: spring, caseId: caseA, offerId, responsibleSystem: 'health', responsibleProfession: 'Kinderärztin', status: 'open' });
  });

  it('follows the docs: done, deleted and removed-case strategies leave the open list', async () => {
    const { repo, circleId, spring } = await circleWithMeetings();
    const meeting = await repo.openDoc('meeting', spring);
    const kept = addCase(meeting.doc, 'Fall 1');
    const dropped = addCase(meeting.doc, 'Fall 2');
    const done = addStrategy(meeting.doc, kept, { measure: 'Erledigt bald', due: '2026-03-10' })!;
    const deleted = addStrategy(meeting.doc, kept, { measure: 'Gelöscht', due: '2026-03-11' })!;
    addStrategy(meeting.doc, kept, { measure: 'Bleibt offen', due: '2026-03-12' });
    addStrategy(meeting.doc, dropped, { measure: 'Fall entfernt', due: '2026-03-13' });
    await repo.flush();
    expect(await measures(repo, circleId)).toEqual(['Erledigt bald', 'Gelöscht', 'Bleibt offen', 'Fall entfernt']);

    updateStrategy(meeting.doc, kept, done, { status: 'done' });
    deleteStrategy(meeting.doc, kept, deleted);
    removeCase(meeting.doc, dropped);
    await repo.flush();
    expect(await measures(repo, circleId)).toEqual(['Bleibt offen']);
    expect(await measures(repo, circleId, true)).toEqual(['Erledigt bald', 'Bleibt offen']);
    await repo.closeDoc(meeting);
  });

  it('marks a strategy done the way the tab does (open the meeting doc, run the command, close)', async () => {
    const { repo, circleId, autumn } = await circleWithMeetings();
    const meeting = await repo.openDoc('meeting', autumn);
    const caseId = addCase(meeting.doc, 'Fall');
    addStrategy(meeting.doc, caseId, { measure: 'Netzwerkkoordination informieren', due: '2026-10-01' });
    await repo.closeDoc(meeting);

    const [row] = await circleStrategies(repo.db, circleId);
    const again = await repo.openDoc('meeting', row!.meetingId);
    updateStrategy(again.doc, row!.caseId, row!.id, { status: 'done' });
    await repo.closeDoc(again);
    expect(await measures(repo, circleId)).toEqual([]);

    // Reopened from IndexedDB, the doc still says done: the index did not invent it.
    const reopened = await repo.openDoc('meeting', autumn);
    await repo.closeDoc(reopened);
    expect((await circleStrategies(repo.db, circleId, { includeDone: true }))[0]).toMatchObject({ status: 'done' });
  });

  it('keeps strategies of other circles out', async () => {
    const first = await circleWithMeetings();
    const meeting = await first.repo.openDoc('meeting', first.spring);
    addStrategy(meeting.doc, addCase(meeting.doc, 'Fall'), { measure: 'Nur im ersten Zirkel' });
    await first.repo.closeDoc(meeting);
    const otherCircle = await first.repo.createCircle({ name: 'IQZ Nord', region: '' });
    expect(await measures(first.repo, otherCircle)).toEqual([]);
    expect(await measures(first.repo, first.circleId)).toEqual(['Nur im ersten Zirkel']);
  });

  it('is rebuilt with the strategies from the stored docs after the index was lost', async () => {
    const { repo, circleId, spring } = await circleWithMeetings();
    const meeting = await repo.openDoc('meeting', spring);
    const caseId = addCase(meeting.doc, 'Fall');
    addStrategy(meeting.doc, caseId, { measure: 'Kinderschutzfachkraft beraten lassen', due: '2026-04-01', responsibleSystem: 'youthWelfare' });
    await repo.closeDoc(meeting);
    const before = await circleStrategies(repo.db, circleId);

    await repo.db.meetings.clear();
    expect(await circleStrategies(repo.db, circleId)).toEqual([]);
    await rebuildIndex(repo.db, repo.docs);
    expect(await circleStrategies(repo.db, circleId)).toEqual(before);
  });

  it('tolerates index rows written before strategies were projected', async () => {
    const { repo, circleId, spring } = await circleWithMeetings();
    const row = (await repo.db.meetings.get(spring))!;
    const { strategies: _dropped, ...oldRow } = row;
    await repo.db.meetings.put(oldRow);
    expect(await circleStrategies(repo.db, circleId)).toEqual([]);
  });
});
