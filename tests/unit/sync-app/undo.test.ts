/**
 * "Import rückgängig machen": the docs go back to their backups (stored state replaced, index
 * rebuilt from it), a first-contact import disappears again, undo is refused once the moderator has
 * worked on after the import, and a second window that had the doc open can put nothing back.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { meetingSnapshot, setMeetingFields } from '../../../shared/doc';
import { SyncAppError } from '../../../renderer/data/syncErrors';
import { addCaseWithNote, createCircleWithMeeting, editMeeting, exportCircle, importOn, meetingView, openOn, readMeeting, typeInto } from './helpers';
import { Laptop } from './laptop';

async function setup() {
  const anna = await Laptop.create('anna', 'Dr. Anna Beispiel', 'physician');
  const ben = await Laptop.create('ben', 'Ben Vogel', 'youthWelfare');
  const ids = await createCircleWithMeeting(anna);
  const note = await addCaseWithNote(anna, ids.meetingId, 'Säugling', 'Erste Notiz.');
  return { anna, ben, ...ids, ...note };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

describe('undo of an import', () => {
  it('restores every doc of the import to its backup and marks it in the log', async () => {
    const { anna, ben, circleId, meetingId, caseId, phaseId } = await setup();
    await importOn(ben, await exportCircle(anna, circleId));
    await editMeeting(ben, meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Bens eigene Notiz.'));
    await editMeeting(anna, meetingId, (doc) => {
      typeInto(doc, caseId, phaseId, 'Annas Nachtrag.');
      setMeetingFields(doc, { title: 'Herbstsitzung (verlegt)' });
    });
    await addCaseWithNote(anna, meetingId, 'Kleinkind', 'Zweiter Fall.');
    const beforeView = await readMeeting(ben, meetingId, meetingView);
    const beforeState = await readMeeting(ben, meetingId, (doc) => Y.encodeStateVector(doc));
    const beforeRow = await ben.run(() => ben.repository.db.meetings.get(meetingId as never));

    const { row } = await importOn(ben, await exportCircle(anna, circleId));
    expect((await readMeeting(ben, meetingId, meetingView)).cases).toHaveLength(2);
    expect(await ben.run(() => ben.service.undoStatus(row.id))).toBe('available');

    await ben.run(() => ben.service.undoImport(row.id));
    expect(await readMeeting(ben, meetingId, meetingView)).toEqual(beforeView);
    expect(Y.decodeStateVector(await readMeeting(ben, meetingId, (doc) => Y.encodeStateVector(doc)))).toEqual(Y.decodeStateVector(beforeState));
    await ben.run(async () => {
      const { db } = ben.repository;
      expect(await db.meetings.get(meetingId as never)).toMatchObject({ title: beforeRow!.title, caseCount: 1 });
      expect(await db.syncLog.get(row.id)).toMatchObject({ status: 'undone' });
      expect(await db.backups.where('importId').equals(row.id).count()).toBe(0);
      expect(await ben.service.undoStatus(row.id)).toBe('undone');
    });

    // The same package can be imported again afterwards, and brings Anna's work once more.
    const again = await openOn(ben, await exportCircle(anna, circleId, { full: true }));
    expect(again.preview.docs.find((d) => d.id === meetingId)!.inserted).toBeGreaterThan(0);
  });

  it('undoing a first contact removes the circle and its meetings again', async () => {
    const { anna, ben, circleId, meetingId } = await setup();
    const bytes = await exportCircle(anna, circleId);
    const { row } = await importOn(ben, bytes);
    await ben.run(() => ben.service.undoImport(row.id));
    await ben.run(async () => {
      expect(await ben.repository.db.circles.count()).toBe(0);
      expect(await ben.repository.db.meetings.count()).toBe(0);
    });
    expect(await readMeeting(ben, meetingId, (doc) => meetingSnapshot(doc).title)).toBe('');
    const reopened = await openOn(ben, bytes);
    expect(reopened.preview.circleKnown).toBe(false);
  });

  it('is refused once the moderator has worked on after the import, and then changes nothing', async () => {
    const { anna, ben, circleId, meetingId, caseId, phaseId } = await setup();
    const { row } = await importOn(ben, await exportCircle(anna, circleId));
    await editMeeting(ben, meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Nach dem Import geschrieben.'));
    const view = await readMeeting(ben, meetingId, meetingView);
    expect(await ben.run(() => ben.service.undoStatus(row.id))).toBe('changed');
    await expect(ben.run(() => ben.service.undoImport(row.id))).rejects.toEqual(new SyncAppError('undo-unavailable'));
    expect(await readMeeting(ben, meetingId, meetingView)).toEqual(view);
  });

  it('closes the doc in every window, so a window that had it open cannot put the undone changes back', async () => {
    const { anna, ben, circleId, meetingId, caseId, phaseId } = await setup();
    await importOn(ben, await exportCircle(anna, circleId));
    await editMeeting(anna, meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Wird rückgängig gemacht.'));
    const before = await readMeeting(ben, meetingId, meetingView);

    // A second window of Ben's laptop (e.g. the projector) has the meeting open throughout.
    const projector = await ben.window();
    const open = await ben.run(() => projector.openDoc('meeting', meetingId));
    const { row } = await importOn(ben, await exportCircle(anna, circleId));
    await until(() => meetingView(open.doc).notes[0]![1]!.includes('Wird rückgängig gemacht.'));

    await ben.run(() => ben.service.undoImport(row.id));
    await until(() => open.doc.isDestroyed);
    // A late edit in the stale window goes nowhere: its doc is destroyed, its store connection closed.
    typeInto(open.doc, caseId, phaseId, 'Späte Eingabe im alten Fenster.');
    // The main window opens the doc again and asks the other windows for what it lacks: nobody answers with the undone text.
    const reopened = await ben.run(() => ben.repository.openDoc('meeting', meetingId));
    await new Promise((r) => setTimeout(r, 200));
    expect(meetingView(reopened.doc)).toEqual(before);
    await ben.run(() => ben.repository.closeDoc(reopened));
    expect(await readMeeting(ben, meetingId, meetingView)).toEqual(before);
    await ben.run(() => projector.closeDoc(open)); // a no-op for the stale handle
  });
});
