import { describe, expect, it } from 'vitest';
import { addCase, circleSnapshot, meetingSnapshot, setMeetingFields } from '../../../shared/doc';
import { Repository } from '../../../renderer/data/repository';
import { rebuildIndex, searchMeetings } from '../../../renderer/data/projection';

const meetingFields = (overrides: Partial<{ title: string; date: string; topic: string }> = {}) => ({
  title: 'Sitzung', date: '2026-03-04', startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: 'Schreibabys', ...overrides,
});

async function repositoryWithCircle() {
  const repo = new Repository(`tandem-test-${crypto.randomUUID()}`);
  const circleId = await repo.createCircle({ name: 'IQZ Süd', region: 'Karlsruhe' });
  const circle = await repo.openDoc('circle', circleId);
  const templateId = circleSnapshot(circle.doc).templates[0]!.id;
  await repo.closeDoc(circle);
  return { repo, circleId, templateId };
}

describe('the Dexie index is a projection of the docs', () => {
  it('indexes a new circle and its meetings at once', async () => {
    const { repo, circleId, templateId } = await repositoryWithCircle();
    const meetingId = await repo.createMeeting(circleId, templateId, meetingFields({ title: 'Frühjahr' }));
    expect(await repo.db.circles.get(circleId)).toMatchObject({ name: 'IQZ Süd', meetingCount: 1 });
    expect(await repo.db.meetings.get(meetingId)).toMatchObject({ title: 'Frühjahr', circleId, status: 'planned', caseCount: 0 });
    const meeting = await repo.openDoc('meeting', meetingId);
    expect(meetingSnapshot(meeting.doc).phases).toHaveLength(9);
    await repo.closeDoc(meeting);
  });

  it('follows the doc while it is open, and is current after flush', async () => {
    const { repo, circleId, templateId } = await repositoryWithCircle();
    const meetingId = await repo.createMeeting(circleId, templateId, meetingFields());
    const meeting = await repo.openDoc('meeting', meetingId);
    setMeetingFields(meeting.doc, { title: 'Herbstsitzung', status: 'done' });
    addCase(meeting.doc, 'Fall Säugling');
    await repo.flush();
    expect(await repo.db.meetings.get(meetingId)).toMatchObject({ title: 'Herbstsitzung', status: 'done', caseCount: 1 });
    await repo.closeDoc(meeting);
  });

  it('searches meetings by title, topic, place and case titles, newest first', async () => {
    const { repo, circleId, templateId } = await repositoryWithCircle();
    await repo.createMeeting(circleId, templateId, meetingFields({ title: 'Januar', date: '2026-01-10', topic: 'Sucht in Familien' }));
    await repo.createMeeting(circleId, templateId, meetingFields({ title: 'März', date: '2026-03-10', topic: 'Schreibabys' }));
    await repo.createMeeting(circleId, templateId, meetingFields({ title: 'Mai', date: '2026-05-10', topic: 'Schreibabys und Schlaf' }));
    expect((await searchMeetings(repo.db, circleId, '')).map((m) => m.title)).toEqual(['Mai', 'März', 'Januar']);
    expect((await searchMeetings(repo.db, circleId, 'schreib')).map((m) => m.title)).toEqual(['Mai', 'März']);
    expect((await searchMeetings(repo.db, circleId, 'SUCHT januar')).map((m) => m.title)).toEqual(['Januar']);
  });

  it('is rebuilt from the stored docs after it was lost', async () => {
    const { repo, circleId, templateId } = await repositoryWithCircle();
    const meetingId = await repo.createMeeting(circleId, templateId, meetingFields({ title: 'Wiederhergestellt' }));
    const before = await repo.db.meetings.get(meetingId);
    await repo.db.circles.clear();
    await repo.db.meetings.clear();
    const counts = await rebuildIndex(repo.db, repo.docs);
    expect(counts.meetings).toBeGreaterThanOrEqual(1);
    expect({ ...(await repo.db.meetings.get(meetingId)), updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    expect(await repo.db.circles.get(circleId)).toMatchObject({ name: 'IQZ Süd', meetingCount: 1 });
  });

  it('keeps the local profile with a stable device id', async () => {
    const repo = new Repository(`tandem-test-${crypto.randomUUID()}`);
    expect(await repo.profile()).toBeUndefined();
    const first = await repo.saveProfile(' Dr. Anna Beispiel ', 'physician');
    const second = await repo.saveProfile('Dr. Anna Beispiel', 'youthWelfare');
    expect(second).toMatchObject({ name: 'Dr. Anna Beispiel', role: 'youthWelfare', deviceId: first.deviceId });
  });
});
