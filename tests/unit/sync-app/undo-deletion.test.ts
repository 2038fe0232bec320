/**
 * Undoing an import that deleted a meeting for good (found by purge.property.test.ts, seed 2027):
 * the import brought the co-moderator's tombstone and removed the meeting's store here. Restoring
 * the circle doc without the tombstone would leave a circle that lists a meeting whose store is
 * gone, so such an import is not offered for undo; the meeting stays deleted.
 */
import { describe, expect, it } from 'vitest';
import { circleSnapshot, deletedMeetingIds, type CircleId, type MeetingId } from '../../../shared/doc';
import { deleteMeeting } from '../../../renderer/data/deletion';
import { createCircleWithMeeting, exportCircle, importOn } from './helpers';
import { Laptop } from './laptop';

async function circleOf(laptop: Laptop, circleId: string) {
  return laptop.run(async () => {
    const handle = await laptop.repository.openDoc('circle', circleId);
    const result = { meetings: circleSnapshot(handle.doc).meetingIds, deleted: [...deletedMeetingIds(handle.doc)] };
    await laptop.repository.closeDoc(handle);
    return result;
  });
}

async function hasStore(laptop: Laptop, meetingId: string): Promise<boolean> {
  return laptop.run(async () => (await laptop.idb.databases()).some((info) => info.name === `tandem-doc-meeting-${meetingId}`));
}

describe('undoing an import that deleted a meeting', () => {
  it('is not offered: the meeting stays deleted, and the laptop consistent', async () => {
    const anna = await Laptop.create('anna', 'Anna', 'physician');
    const ben = await Laptop.create('ben', 'Ben', 'youthWelfare');
    const { circleId, meetingId } = await createCircleWithMeeting(anna);
    await importOn(ben, await exportCircle(anna, circleId));
    await importOn(anna, await exportCircle(ben, circleId));

    await anna.run(() => deleteMeeting(anna.repository, circleId as CircleId, meetingId as MeetingId));
    const { row } = await importOn(ben, await exportCircle(anna, circleId));
    expect(await hasStore(ben, meetingId)).toBe(false);
    expect(await ben.run(() => ben.service.undoStatus(row.id))).toBe('deleted-meetings');
    await expect(ben.run(() => ben.service.undoImport(row.id))).rejects.toThrow('undo-unavailable');
    expect(await ben.run(() => ben.repository.db.backups.where('importId').equals(row.id).count())).toBe(0);

    const circle = await circleOf(ben, circleId);
    expect(circle.deleted).toContain(meetingId as MeetingId);
    expect(circle.meetings).not.toContain(meetingId as MeetingId);
    expect(await hasStore(ben, meetingId)).toBe(false);
  });
});
