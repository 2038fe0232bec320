/**
 * Delete for good between two laptops, through the real Repository and SyncService: a deleted meeting
 * travels and stays deleted, a removed case reaches the other laptop's Papierkorb with a clear preview,
 * a deleted circle's old package is refused, and housekeeping keeps no backup or title longer than it should.
 */
import { describe, expect, it } from 'vitest';
import {
  deleteCaseForGood, meetingSnapshot, phaseNotesText, removeCase, restoreCase, trashSnapshot,
  type CaseId, type CircleId, type MeetingId,
} from '../../../shared/doc';
import { BACKUP_DAYS, deleteAllData, deleteCircle, deleteMeeting, pruneOldBackups } from '../../../renderer/data/deletion';
import { SyncAppError } from '../../../renderer/data/syncErrors';
import { addCaseWithNote, createCircleWithMeeting, editMeeting, exportCircle, importOn, openOn, readMeeting, typeInto } from './helpers';
import { Laptop } from './laptop';

async function tandem() {
  const anna = await Laptop.create('anna', 'Dr. Anna Beispiel', 'physician');
  const ben = await Laptop.create('ben', 'Ben Vogel', 'youthWelfare');
  return { anna, ben };
}

async function docNames(laptop: Laptop): Promise<string[]> {
  return laptop.run(async () => (await laptop.idb.databases()).map((info) => info.name!).filter((name) => name.startsWith('tandem-doc-')).sort());
}

async function sharedMeeting() {
  const { anna, ben } = await tandem();
  const { circleId, meetingId } = await createCircleWithMeeting(anna);
  const { caseId, phaseId } = await addCaseWithNote(anna, meetingId, 'Säugling, Schreiphasen', 'Mutter erschöpft.');
  await importOn(ben, await exportCircle(anna, circleId));
  await importOn(anna, await exportCircle(ben, circleId));
  return { anna, ben, circleId, meetingId, caseId, phaseId };
}

describe('delete for good between two laptops', () => {
  it('a meeting deleted on A is deleted on B at the next package, and an older package cannot bring it back', async () => {
    const { anna, ben, circleId, meetingId } = await sharedMeeting();
    const olderPackageOfBen = await exportCircle(ben, circleId, { full: true });
    expect(await docNames(ben)).toContain(`tandem-doc-meeting-${meetingId}`);

    await anna.run(() => deleteMeeting(anna.repository, circleId as CircleId, meetingId as MeetingId));
    expect(await docNames(anna)).not.toContain(`tandem-doc-meeting-${meetingId}`);
    await anna.run(async () => {
      expect(await anna.repository.db.meetings.get(meetingId as MeetingId)).toBeUndefined();
      expect(await anna.repository.db.backups.where('docId').equals(meetingId).count()).toBe(0);
      expect(await anna.repository.db.peerStates.where('docId').equals(meetingId).count()).toBe(0);
      const log = await anna.repository.db.syncLog.toArray();
      expect(log.flatMap((row) => row.docs.map((d) => d.id))).not.toContain(meetingId);
    });

    const opened = await openOn(ben, await exportCircle(anna, circleId));
    await importOn(ben, await exportCircle(anna, circleId));
    expect(opened.preview.docs.find((d) => d.id === meetingId)).toBeUndefined(); // A no longer sends it
    expect(await docNames(ben)).not.toContain(`tandem-doc-meeting-${meetingId}`);
    await ben.run(async () => {
      expect(await ben.repository.db.meetings.get(meetingId as MeetingId)).toBeUndefined();
      expect((await ben.repository.db.circles.get(circleId as CircleId))?.meetingCount).toBe(0);
    });

    // A re-imports Ben's older package, which still holds the meeting: it stays deleted, and the preview says so.
    const again = await openOn(anna, olderPackageOfBen);
    expect(again.preview.docs.find((d) => d.id === meetingId)).toMatchObject({ deletedForGood: true, inserted: 0 });
    await importOn(anna, olderPackageOfBen);
    expect(await docNames(anna)).not.toContain(`tandem-doc-meeting-${meetingId}`);
    await anna.run(async () => expect(await anna.repository.db.meetings.get(meetingId as MeetingId)).toBeUndefined());
  });

  it('a case A removes while B keeps writing: the preview names it and the text written since, and the Papierkorb restores it on either laptop', async () => {
    const { anna, ben, circleId, meetingId, caseId, phaseId } = await sharedMeeting();
    await editMeeting(anna, meetingId, (doc) => removeCase(doc, caseId as CaseId));
    await editMeeting(ben, meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Neu von Ben.'));

    const opened = await openOn(ben, await exportCircle(anna, circleId));
    const meeting = opened.preview.docs.find((d) => d.id === meetingId)!;
    expect(meeting.removedCases).toEqual([{ title: 'Säugling, Schreiphasen', writtenSince: 'Neu von Ben.'.length, forGood: false }]);
    await importOn(ben, await exportCircle(anna, circleId));
    expect(await readMeeting(ben, meetingId, (doc) => trashSnapshot(doc).cases.map((c) => c.title))).toEqual(['Säugling, Schreiphasen']);

    await editMeeting(ben, meetingId, (doc) => restoreCase(doc, caseId as CaseId));
    await importOn(anna, await exportCircle(ben, circleId));
    expect(await readMeeting(anna, meetingId, (doc) => meetingSnapshot(doc).cases.map((c) => c.title))).toEqual(['Säugling, Schreiphasen']);
    expect(await readMeeting(anna, meetingId, (doc) => phaseNotesText(doc, caseId as CaseId, phaseId))).toBe('Mutter erschöpft.\nNeu von Ben.');
  });

  it('a case deleted for good on A is gone on B after one exchange, with what B wrote into it', async () => {
    const { anna, ben, circleId, meetingId, caseId, phaseId } = await sharedMeeting();
    await editMeeting(anna, meetingId, (doc) => { removeCase(doc, caseId as CaseId); deleteCaseForGood(doc, caseId as CaseId); });
    await editMeeting(ben, meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Yilmaz schreibt weiter.'));
    const opened = await openOn(ben, await exportCircle(anna, circleId));
    expect(opened.preview.docs.find((d) => d.id === meetingId)!.removedCases).toEqual([{ title: 'Säugling, Schreiphasen', writtenSince: 'Yilmaz schreibt weiter.'.length, forGood: true }]);
    await importOn(ben, await exportCircle(anna, circleId));
    expect(await readMeeting(ben, meetingId, (doc) => [meetingSnapshot(doc).cases.length, trashSnapshot(doc).cases.length])).toEqual([0, 0]);
    // B's rows hold nothing of it any more.
    const rows = await ben.run(async () => {
      const { readStoredState } = await import('../../../renderer/data/syncStorage');
      return readStoredState('meeting', meetingId);
    });
    expect(Buffer.from(rows!).includes(Buffer.from('Yilmaz'))).toBe(false);
  });

  it('a circle deleted here refuses its old packages and leaves no database behind', async () => {
    const { anna, ben, circleId } = await sharedMeeting();
    const olderPackageOfBen = await exportCircle(ben, circleId, { full: true });
    await anna.run(() => deleteCircle(anna.repository, circleId as CircleId));
    expect(await docNames(anna)).toEqual([]);
    await anna.run(async () => {
      expect(await anna.repository.db.circles.count()).toBe(0);
      expect(await anna.repository.db.meetings.count()).toBe(0);
      expect(await anna.repository.db.syncLog.count()).toBe(0);
      expect(await anna.repository.db.backups.count()).toBe(0);
    });
    await expect(openOn(anna, olderPackageOfBen)).rejects.toEqual(new SyncAppError('circle-deleted'));
    expect(await docNames(anna)).toEqual([]);
  });

  it('„Alle Daten löschen“ leaves no database of the app', async () => {
    const { anna } = await sharedMeeting();
    await anna.run(() => deleteAllData(anna.repository, anna.idb));
    expect((await anna.idb.databases()).map((info) => info.name)).toEqual([]);
  });
});

describe('housekeeping', () => {
  it('the sync log keeps ids and counts, no titles or circle names', async () => {
    const { anna } = await sharedMeeting();
    const log = await anna.run(() => anna.repository.db.syncLog.toArray());
    expect(log.length).toBeGreaterThan(0);
    const text = JSON.stringify(log);
    expect(text).not.toContain('Herbstsitzung');
    expect(text).not.toContain('IQZ Frühe Hilfen Südstadt');
  });

  it(`backups older than ${BACKUP_DAYS} days are deleted, younger ones kept`, async () => {
    const { anna, ben, circleId, meetingId } = await sharedMeeting();
    // An import that changes something keeps a backup (one that brings nothing new keeps none).
    await addCaseWithNote(ben, meetingId, 'Kleinkind', 'Neu von Ben.');
    await importOn(anna, await exportCircle(ben, circleId));
    const backups = await anna.run(() => anna.repository.db.backups.toArray());
    expect(backups.length).toBeGreaterThan(0);
    const at = new Date(backups[0]!.at);
    expect(await anna.run(() => pruneOldBackups(anna.repository, new Date(at.getTime() + (BACKUP_DAYS - 1) * 86_400_000)))).toBe(0);
    expect(await anna.run(() => pruneOldBackups(anna.repository, new Date(at.getTime() + (BACKUP_DAYS + 1) * 86_400_000)))).toBe(backups.length);
    expect(await anna.run(() => anna.repository.db.backups.count())).toBe(0);
  });
});
